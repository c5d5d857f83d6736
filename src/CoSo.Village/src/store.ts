import { open, seal } from './crypto';
import { db, getMeta, setMeta } from './db';
import { digits, fold } from './fold';
import type { DeviceAuth } from './api';
import { uuidv7 } from './uuid';
import {
  emptyLists, type Coded, type Household, type Lists, type LocalRecord, type RecordKind, type Resident, type Village,
} from './types';

/**
 * The unlocked state: everything decrypted lives here, in memory only, and is dropped on lock. Writes go to memory and
 * to IndexedDB (sealed) at once, so a record the worker saves survives a closed tab or a dead battery.
 */
interface SearchEntry { id: string; name: string; phone: string }

export const BUCKETS = 8;

export const state = {
  key: null as CryptoKey | null,
  device: null as DeviceAuth | null,
  userName: '',
  residents: new Map<string, Resident>(),
  households: new Map<string, Household>(),
  villages: [] as Village[],
  lists: emptyLists() as Lists,
  outcomes: [] as Coded[],
  diseases: [] as Coded[],
  records: new Map<string, LocalRecord>(),
  index: [] as SearchEntry[],
  cursor: null as string | null,
  lastSync: null as number | null,
  lastError: null as string | null,
  syncing: false,
  sessionEnded: false,
  needsRegistration: false,
  /** Measured on this phone, for docs/benchmarks.md (also on <body data-…>). */
  timings: { unlockMs: 0, loadMs: 0, lastSaveMs: 0, lastSearchMs: 0 },
};

type Listener = () => void;
const listeners = new Set<Listener>();
export function onChange(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
export function emit(): void {
  for (const fn of [...listeners]) fn();
}

function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % BUCKETS;
}

function key(): CryptoKey {
  if (!state.key) throw new Error('locked');
  return state.key;
}

/** Reads and decrypts everything after unlock. */
export async function loadAll(): Promise<void> {
  const started = performance.now();
  const k = key();
  const blobs = await db.blobs.toArray();
  const opened = await Promise.all(blobs.map(async (b) => [b.key, await open<unknown>(k, b)] as const));
  state.residents.clear();
  state.households.clear();
  for (const [name, value] of opened) {
    if (name.startsWith('res-')) for (const r of value as Resident[]) state.residents.set(r.id, r);
    else if (name === 'households') for (const h of value as Household[]) state.households.set(h.id, h);
    else if (name === 'catalog') {
      const c = value as { villages: Village[]; lists: Lists; outcomes: Coded[]; diseases: Coded[] };
      state.villages = c.villages; state.lists = c.lists; state.outcomes = c.outcomes; state.diseases = c.diseases;
    } else if (name === 'secrets') {
      state.device = value as DeviceAuth;
    }
  }
  const rows = await db.records.toArray();
  const records = await Promise.all(rows.map((r) => open<LocalRecord>(k, r)));
  state.records.clear();
  for (const r of records) state.records.set(r.id, r);
  state.cursor = (await getMeta<string>('cursor')) ?? null;
  state.lastSync = (await getMeta<number>('lastSync')) ?? null;
  state.lastError = (await getMeta<string>('lastError')) ?? null;
  rebuildIndex();
  state.timings.loadMs = Math.round(performance.now() - started);
  document.body.dataset.loadMs = String(state.timings.loadMs);
}

export function clearMemory(): void {
  state.key = null;
  state.device = null;
  state.residents.clear();
  state.households.clear();
  state.records.clear();
  state.index = [];
  state.villages = []; state.lists = emptyLists(); state.outcomes = []; state.diseases = [];
  // the sync position too: after a wipe a new registration must start from a full download
  state.cursor = null; state.lastSync = null; state.lastError = null;
  state.sessionEnded = false; state.needsRegistration = false; state.userName = '';
}

export function rebuildIndex(): void {
  const collator = new Intl.Collator('vi');
  state.index = [...state.residents.values()]
    .sort((a, b) => collator.compare(a.fullName, b.fullName))
    .map((r) => ({ id: r.id, name: fold(r.fullName), phone: digits(r.phone ?? '') }));
}

/** Every word of the query in the folded name, or a run of digits in the phone; the first `limit` in name order. */
export function search(query: string, limit = 50): { ids: string[]; total: number } {
  const started = performance.now();
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return { ids: [], total: 0 };
  const ids: string[] = [];
  let total = 0;
  for (const e of state.index) {
    if (words.every((w) => e.name.includes(w) || (/^\d+$/.test(w) && e.phone.includes(w)))) {
      if (total++ < limit) ids.push(e.id);
    }
  }
  state.timings.lastSearchMs = Math.round((performance.now() - started) * 100) / 100;
  document.body.dataset.searchMs = String(state.timings.lastSearchMs);
  return { ids, total };
}

export async function saveSecrets(device: DeviceAuth): Promise<void> {
  await db.blobs.put({ key: 'secrets', ...(await seal(key(), device)) });
}

/** Applies a download: upserts, removals, whole lists; re-encrypts only the resident buckets touched. */
export async function applyPayload(p: {
  full: boolean; residents: Resident[]; households: Household[]; removed: string[];
  villages?: Village[]; lists?: Lists; outcomes?: Coded[]; diseases?: Coded[]; reseal?: boolean;
}): Promise<void> {
  const started = performance.now();
  const touched = new Set<number>();
  if (p.full) {
    state.residents.clear();
    state.households.clear();
  }
  if (p.full || p.reseal) for (let b = 0; b < BUCKETS; b++) touched.add(b);
  for (const r of p.residents ?? []) { state.residents.set(r.id, r); touched.add(bucketOf(r.id)); }
  for (const id of p.removed ?? []) if (state.residents.delete(id)) touched.add(bucketOf(id));
  for (const h of p.households ?? []) state.households.set(h.id, h);
  if (p.villages) state.villages = p.villages;
  if (p.lists) state.lists = { ...emptyLists(), ...p.lists };
  if (p.outcomes) state.outcomes = p.outcomes;
  if (p.diseases) state.diseases = p.diseases;

  const k = key();
  const byBucket = new Map<number, Resident[]>([...touched].map((b) => [b, []]));
  for (const r of state.residents.values()) byBucket.get(bucketOf(r.id))?.push(r);
  const rows = await Promise.all([...byBucket].map(async ([b, list]) => ({ key: `res-${b}`, ...(await seal(k, list)) })));
  rows.push({ key: 'households', ...(await seal(k, [...state.households.values()])) });
  rows.push({
    key: 'catalog',
    ...(await seal(k, { villages: state.villages, lists: state.lists, outcomes: state.outcomes, diseases: state.diseases })),
  });
  await db.blobs.bulkPut(rows);
  rebuildIndex();
  state.timings.lastSaveMs = Math.round(performance.now() - started);
  document.body.dataset.saveMs = String(state.timings.lastSaveMs);
}

/**
 * A new data key (the phone registered again: the server no longer knew it, e.g. restored from a backup): everything
 * is sealed again under it, the cursor is dropped (a full download follows) and the records already sent are queued
 * again, since the restored server may have lost them (it stores an id once, so the ones it kept come back duplicate).
 */
export async function rekey(newKey: CryptoKey, device: DeviceAuth): Promise<void> {
  state.key = newKey;
  state.device = device;
  await saveSecrets(device);
  for (const r of state.records.values()) if (r.status === 'sent') r.status = 'queued';
  await putRecords([...state.records.values()]);
  await applyPayload({ full: false, residents: [], households: [], removed: [], reseal: true });
  await setSyncMeta({ cursor: null });
}

/** Saves a new record on the phone (sealed, status queued) at once. */
export async function addRecord(kind: RecordKind, personId: string | null, data: Record<string, unknown>,
  base: Record<string, unknown> | null = null): Promise<LocalRecord> {
  const record: LocalRecord = { id: uuidv7(), kind, personId, data, base, createdAt: Date.now(), status: 'queued', errors: [], conflict: null };
  await putRecords([record]);
  emit();
  return record;
}

export async function putRecords(records: LocalRecord[]): Promise<void> {
  const k = key();
  const rows = await Promise.all(records.map(async (r) => ({ id: r.id, createdAt: r.createdAt, status: r.status, ...(await seal(k, r)) })));
  await db.records.bulkPut(rows);
  for (const r of records) state.records.set(r.id, r);
}

export async function deleteRecord(id: string): Promise<void> {
  await db.records.delete(id);
  state.records.delete(id);
  emit();
}

export async function setSyncMeta(values: { cursor?: string | null; lastSync?: number; lastError?: string | null }): Promise<void> {
  if (values.cursor !== undefined) { state.cursor = values.cursor; await setMeta('cursor', values.cursor); }
  if (values.lastSync !== undefined) { state.lastSync = values.lastSync; await setMeta('lastSync', values.lastSync); }
  if (values.lastError !== undefined) { state.lastError = values.lastError; await setMeta('lastError', values.lastError); }
}

export function counts(): { waiting: number; failed: number; conflicts: number } {
  let waiting = 0, failed = 0, conflicts = 0;
  for (const r of state.records.values()) {
    if (r.status === 'queued') waiting++;
    else if (r.status === 'rejected') failed++;
    else if (r.status === 'conflict') conflicts++;
  }
  return { waiting, failed, conflicts };
}

/** The phone value waiting to be sent for a resident, if the worker edited it. */
export function pendingPhone(personId: string): string | null {
  let latest: LocalRecord | null = null;
  for (const r of state.records.values()) {
    if (r.kind === 'residentEdit' && r.personId === personId && r.status === 'queued' && (!latest || r.id > latest.id)) latest = r;
  }
  return latest ? String(latest.data.phone ?? '') : null;
}
