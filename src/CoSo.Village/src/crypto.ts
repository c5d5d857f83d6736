/**
 * Encryption at rest. The server's data key (32 bytes, AES-256-GCM) encrypts everything the phone keeps about people;
 * it is stored only wrapped (AES-GCM) by a key derived from the worker's local PIN with PBKDF2-SHA-256. After unlock the
 * data key lives in memory as a non-extractable CryptoKey; the revocation wipe deletes the wrapped copy with the data.
 */

export const PBKDF2_ITERATIONS = 310_000; // OWASP 2023 for PBKDF2-HMAC-SHA256 is 600k; 310k keeps unlock ≈1 s on a cheap phone

export interface WrappedKey {
  salt: Uint8Array;
  iv: Uint8Array;
  wrapped: ArrayBuffer;
  iterations: number;
}

export interface Sealed {
  iv: Uint8Array;
  ct: ArrayBuffer;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

export function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function random(n: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(n));
}

async function pinKey(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', enc.encode(pin), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt, iterations, hash: 'SHA-256' },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'unwrapKey'],
  );
}

/** Wraps the server's raw data key under the PIN; returns the stored form and the usable (non-extractable) key. */
export async function wrapDataKey(rawKey: Uint8Array<ArrayBuffer>, pin: string): Promise<{ stored: WrappedKey; key: CryptoKey }> {
  const salt = random(16);
  const iv = random(12);
  const kek = await pinKey(pin, salt, PBKDF2_ITERATIONS);
  const wrapped = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, kek, rawKey);
  const key = await crypto.subtle.importKey('raw', rawKey, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  rawKey.fill(0);
  return { stored: { salt, iv, wrapped, iterations: PBKDF2_ITERATIONS }, key };
}

/** Unwraps the data key with the PIN; a wrong PIN fails the GCM tag and throws. */
export async function unwrapDataKey(stored: WrappedKey, pin: string): Promise<CryptoKey> {
  const kek = await pinKey(pin, stored.salt as Uint8Array<ArrayBuffer>, stored.iterations);
  return crypto.subtle.unwrapKey('raw', stored.wrapped, kek, { name: 'AES-GCM', iv: stored.iv as Uint8Array<ArrayBuffer> },
    { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

export async function seal(key: CryptoKey, value: unknown): Promise<Sealed> {
  const iv = random(12);
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, enc.encode(JSON.stringify(value)));
  return { iv, ct };
}

export async function open<T>(key: CryptoKey, sealed: Sealed): Promise<T> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv as Uint8Array<ArrayBuffer> }, key, sealed.ct);
  return JSON.parse(dec.decode(plain)) as T;
}
