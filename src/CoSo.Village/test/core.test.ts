import { describe, expect, it } from 'vitest';
import { fromBase64, open, seal, unwrapDataKey, wrapDataKey } from '../src/crypto';
import { digits, fold } from '../src/fold';
import { formatDate, parseDate, parseDecimal, parseInteger } from '../src/parse';
import { uuidv7 } from '../src/uuid';

describe('fold', () => {
  it('strips Vietnamese diacritics, đ and case', () => {
    expect(fold('Đặng Thị Ánh')).toBe('dang thi anh');
    expect(fold('NGUYỄN VĂN ĐỨC')).toBe('nguyen van duc');
    expect(fold('Hồ Ngọc Hà')).toBe('ho ngoc ha');
  });
  it('folds precomposed (NFC) and decomposed (NFD) input alike', () => {
    const nfc = 'Thảo'.normalize('NFC');
    const nfd = 'Thảo'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(fold(nfc)).toBe(fold(nfd));
  });
  it('keeps the digits of a phone', () => {
    expect(digits('0912 345.678-9')).toBe('0912345678' + '9');
  });
});

describe('parse', () => {
  it('reads a decimal comma as a decimal point', () => {
    expect(parseDecimal('6,5')).toBe(6.5);
    expect(parseDecimal('58.2')).toBe(58.2);
    expect(parseDecimal(' ')).toBeNull();
    expect(parseDecimal('6,5,1')).toBeNaN();
    expect(parseDecimal('abc')).toBeNaN();
  });
  it('takes only whole numbers for blood pressure', () => {
    expect(parseInteger('120')).toBe(120);
    expect(parseInteger('120,5')).toBeNaN();
    expect(parseInteger('')).toBeNull();
  });
  it('reads dd/mm/yyyy and refuses impossible dates', () => {
    expect(parseDate('07/12/2026')).toBe('2026-12-07');
    expect(parseDate('7-1-2026')).toBe('2026-01-07');
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDate('29/02/2026')).toBeUndefined();
    expect(parseDate('31/04/2026')).toBeUndefined();
    expect(parseDate('2026-12-07')).toBeUndefined();
    expect(parseDate('')).toBeNull();
    expect(formatDate('2026-12-07')).toBe('07/12/2026');
  });
});

describe('uuidv7', () => {
  const re = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  it('starts as the RFC 9562 example for its time (appendix A.6: 1645557742000 ms → 017F22E2-79B0-7…)', () => {
    // first uuidv7 call of this file: the generator's monotonic state is still empty
    const id = uuidv7(1645557742000);
    expect(id.slice(0, 15)).toBe('017f22e2-79b0-7');
    expect(id).toMatch(re);
  });
  it('has version 7, variant 10 and the time in its first 48 bits', () => {
    const ms = Date.UTC(2026, 11, 7, 8, 0, 0);
    const id = uuidv7(ms + 1e6); // later than any earlier call in this file
    expect(id).toMatch(re);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(ms + 1e6);
  });
  it('sorts in creation order, also within one millisecond', () => {
    const now = Date.now() + 2e6;
    const ids = Array.from({ length: 5000 }, () => uuidv7(now));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(re);
  });
  it('stays monotonic when the clock goes back', () => {
    const a = uuidv7(Date.now() + 3e6);
    const b = uuidv7(Date.now());
    expect(b > a).toBe(true);
  });
});

describe('crypto', () => {
  const raw = () => fromBase64(btoa(String.fromCharCode(...Array.from({ length: 32 }, (_, i) => i))));
  it('the PIN unwraps the data key, which opens what it sealed', async () => {
    const { stored, key } = await wrapDataKey(raw(), '2468');
    expect(stored.iterations).toBeGreaterThanOrEqual(100_000);
    const sealed = await seal(key, { fullName: 'Đặng Thị Ánh' });
    expect(new TextDecoder().decode(sealed.ct)).not.toContain('Ánh');
    const again = await unwrapDataKey(stored, '2468');
    expect(await open(again, sealed)).toEqual({ fullName: 'Đặng Thị Ánh' });
  });
  it('a wrong PIN does not unwrap', async () => {
    const { stored } = await wrapDataKey(raw(), '2468');
    await expect(unwrapDataKey(stored, '2469')).rejects.toThrow();
  });
  it('the unwrapped key cannot be exported', async () => {
    const { stored } = await wrapDataKey(raw(), '2468');
    const key = await unwrapDataKey(stored, '2468');
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });
});
