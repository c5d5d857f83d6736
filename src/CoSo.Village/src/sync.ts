import { api, HttpError, NetworkError, SessionEndedError, type DeviceAuth } from './api';
import { deleteDatabase } from './db';
import { t } from './i18n';
import { applyPayload, clearMemory, counts, emit, putRecords, setSyncMeta, state } from './store';
import type { LocalRecord, Verdict, WireRecord } from './types';

/**
 * One sync: device status first (a revoked device wipes itself), then the queued records in batches, then the
 * download since the cursor. Each step persists what it learned before the next, so a dropped connection leaves the
 * unsent records queued and the cursor where it was; sending a record again is safe (the server stores an id once).
 */
export const UPLOAD_BATCH = 100; // the server takes up to 200

export type SyncResult = 'ok' | 'wiped' | 'session' | 'reregister' | 'offline' | 'error' | 'busy';

let wipeHandler: () => void = () => {};
let sessionHandler: () => void = () => {};
let reregisterHandler: () => void = () => {};
export function onReregister(fn: () => void): void { reregisterHandler = fn; }
export function onWipe(fn: () => void): void { wipeHandler = fn; }
export function onSessionEnded(fn: () => void): void { sessionHandler = fn; }

export async function sync(): Promise<SyncResult> {
  if (state.syncing || !state.device || !state.key) return 'busy';
  // one sync at a time across the app's tabs too (Web Locks; where missing, the flag above is the guard)
  if (!navigator.locks) return run();
  const result = await navigator.locks.request('coso-village-sync', { ifAvailable: true },
    async (lock) => (lock ? run() : ('busy' as const)));
  return result;
}

async function run(): Promise<SyncResult> {
  const device = state.device;
  if (state.syncing || !device) return 'busy';
  state.syncing = true;
  const started = performance.now();
  emit();
  try {
    const status = await api.status(device);
    if (status.wipe) {
      await wipeLocal();
      wipeHandler();
      return 'wiped';
    }
    if (!status.active) {
      // unknown device or wrong token, no wipe: the server no longer knows this phone (restored from a backup);
      // keep everything, register again after sign-in
      state.needsRegistration = true;
      await setSyncMeta({ lastError: t('reregister') });
      reregisterHandler();
      return 'reregister';
    }
    await upload(device);
    const c = counts();
    const payload = await api.download(device, state.cursor, c.waiting, c.failed);
    await applyPayload(payload);
    applyVerdicts(payload.records ?? []);
    await putRecords(changedRecords);
    changedRecords = [];
    await setSyncMeta({ cursor: payload.cursor, lastSync: Date.now(), lastError: null });
    state.sessionEnded = false;
    document.body.dataset.syncMs = String(Math.round(performance.now() - started));
    return 'ok';
  } catch (e) {
    if (changedRecords.length) { await putRecords(changedRecords).catch(() => {}); changedRecords = []; }
    if (e instanceof SessionEndedError) {
      state.sessionEnded = true;
      await setSyncMeta({ lastError: t('sessionEnded') });
      sessionHandler();
      return 'session';
    }
    if (e instanceof NetworkError) {
      await setSyncMeta({ lastError: t('syncOffline') });
      return 'offline';
    }
    await setSyncMeta({ lastError: e instanceof HttpError ? t('syncServerError', `${e.status} ${e.title}`) : t('syncServerError', String(e)) });
    return 'error';
  } finally {
    state.syncing = false;
    emit();
  }
}

let changedRecords: LocalRecord[] = [];

async function upload(device: DeviceAuth): Promise<void> {
  const queued = [...state.records.values()].filter((r) => r.status === 'queued').sort((a, b) => (a.id < b.id ? -1 : 1));
  for (let i = 0; i < queued.length; i += UPLOAD_BATCH) {
    const batch = queued.slice(i, i + UPLOAD_BATCH);
    const answer = await api.upload(device, batch.map(toWire));
    applyVerdicts(answer.results ?? []);
    await putRecords(changedRecords); // this batch's verdicts are safe before the next batch goes
    changedRecords = [];
    emit();
  }
}

function toWire(r: LocalRecord): WireRecord {
  return { id: r.id, kind: r.kind, personId: r.personId, data: r.data, base: r.base };
}

function applyVerdicts(verdicts: Verdict[]): void {
  for (const v of verdicts) {
    const r = state.records.get(v.id);
    if (!r) continue;
    const errors = v.errors ?? [];
    const before = JSON.stringify([r.status, r.errors, r.conflict]);
    if (v.status === 'rejected' || (v.status === 'duplicate' && errors.length > 0)) {
      r.status = 'rejected'; r.errors = errors; r.conflict = null;
    } else if (v.status === 'conflict' || (v.status === 'duplicate' && v.conflict)) {
      r.status = 'conflict'; r.errors = []; r.conflict = v.conflict ?? null;
    } else {
      r.status = 'sent'; r.errors = []; r.conflict = null;
    }
    if (JSON.stringify([r.status, r.errors, r.conflict]) !== before) changedRecords.push(r);
  }
}

/** Revocation: the database (wrapped key, data, queue) and every local key go; the app shell stays. */
export async function wipeLocal(): Promise<void> {
  clearMemory();
  await deleteDatabase();
  for (const k of Object.keys(localStorage)) if (k.startsWith('coso.village.') && k !== 'coso.village.lang') localStorage.removeItem(k);
  sessionStorage.clear();
  await api.logout().catch(() => {});
}
