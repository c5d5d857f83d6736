/** The wire types of docs/village-app.md (sync API version 1). */

export interface Village { id: string; name: string; stationId: string; stationName: string }
export interface Household { id: string; villageId: string; code: string; address: string; head: string; version: number }
export interface Resident {
  id: string; villageId: string; householdId: string | null; fullName: string; sex: string;
  birthDate: string | null; birthYear?: number; birthYearOnly: boolean; phone: string | null;
  bhyt: 'valid' | 'expired' | 'none'; bhytExpires: string | null; version: number;
}
export interface ChildDue { personId: string; vaccine: string | null; dose: number | null; dueOn: string | null; overdue: boolean }
export interface ChronicOverdue {
  personId: string; enrolmentId: string; programme: string; daysOverdue: number;
  lastSystolic: number | null; lastDiastolic: number | null; lastOutcome?: string | null;
}
export interface PregnancyItem { personId: string; pregnancyId: string | null; edd: string | null; nextAncOn: string | null; ancOverdue?: boolean }
export interface NewbornDue { personId: string; pregnancyId: string; daysSinceBirth: number; contact: string; contactEn?: string }
export interface RecentCase { id: string; personId: string | null; diseaseCode: string; onsetDate: string | null }
export interface Lists {
  childrenDue: ChildDue[]; chronicOverdue: ChronicOverdue[]; pregnancies: PregnancyItem[];
  newbornsDue: NewbornDue[]; recentCases: RecentCase[];
}
export interface Coded { code: string; vi: string; en: string }
export interface FieldError { field: string; message: string; messageEn?: string | null }
export interface Conflict { field: string; phoneValue: string | null; stationValue: string | null; kept: string }
export interface Verdict {
  id: string; status: 'accepted' | 'duplicate' | 'rejected' | 'conflict';
  errors?: FieldError[] | null; conflict?: Conflict | null;
}

export interface Payload {
  cursor: string; full: boolean; serverTime: string;
  villages: Village[]; households: Household[]; residents: Resident[]; removed: string[];
  lists: Lists; outcomes: Coded[]; diseases: Coded[]; records: Verdict[];
}

export type RecordKind = 'homeVisit' | 'followUpOutcome' | 'notification' | 'suspectedCase' | 'residentEdit';
export type RecordStatus = 'queued' | 'sent' | 'rejected' | 'conflict';

/** A record made on the phone, as uploaded. */
export interface WireRecord {
  id: string; kind: RecordKind; personId: string | null;
  data: Record<string, unknown>; base: Record<string, unknown> | null;
}

/** A record as the phone keeps it (decrypted, in memory). */
export interface LocalRecord extends WireRecord {
  createdAt: number;
  status: RecordStatus;
  errors: FieldError[];
  conflict: Conflict | null;
}

export function emptyLists(): Lists {
  return { childrenDue: [], chronicOverdue: [], pregnancies: [], newbornsDue: [], recentCases: [] };
}
