import Dexie, { type Table } from 'dexie';
import type { Sealed, WrappedKey } from './crypto';

/**
 * IndexedDB through Dexie. Everything about people is sealed (AES-GCM with the data key): residents in a few buckets
 * (a blob per bucket, so an incremental download re-encrypts only the buckets it touched), households, lists and the
 * catalogue in one blob each, and each record the worker makes in its own row. Plain columns are only what the app
 * needs before unlock or to count: the device id, the wrapped key, the sync cursor and times, a record's status.
 */
export interface MetaRow { key: string; value: unknown }
export interface BlobRow extends Sealed { key: string }
export interface RecordRow extends Sealed { id: string; createdAt: number; status: string }

export interface DeviceMeta {
  deviceId: string;
  userName: string;
  key: WrappedKey;
}

export const DB_NAME = 'coso-village';

export class VillageDb extends Dexie {
  meta!: Table<MetaRow, string>;
  blobs!: Table<BlobRow, string>;
  records!: Table<RecordRow, string>;

  constructor() {
    super(DB_NAME);
    this.version(1).stores({ meta: 'key', blobs: 'key', records: 'id, status, createdAt' });
  }
}

export let db = new VillageDb();

export async function getMeta<T>(key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function setMeta(key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}

/** Deletes the whole database (revocation wipe or "erase this phone"), then opens a fresh empty one. */
export async function deleteDatabase(): Promise<void> {
  db.close();
  await Dexie.delete(DB_NAME);
  db = new VillageDb();
}
