/**
 * UUIDv7 (RFC 9562 §5.7): 48-bit Unix time in milliseconds, version 7, a 12-bit counter in rand_a (method 1 of §6.2,
 * seeded at random each millisecond so ids made in one millisecond still sort in creation order), variant 10 and
 * 62 random bits.
 */
let lastMs = -1;
let counter = 0;

export function uuidv7(now: number = Date.now()): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  if (now > lastMs) {
    lastMs = now;
    counter = ((bytes[6] & 0x07) << 8) | bytes[7]; // 11 random bits: room to count up within the millisecond
  } else if (++counter > 0xfff) {
    lastMs++; // counter exhausted (or the clock went back): borrow the next millisecond, stay monotonic
    counter = 0;
  }
  let ms = lastMs;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
