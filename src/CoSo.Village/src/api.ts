import { getLang } from './i18n';
import type { Payload, Verdict, WireRecord } from './types';

/** The CoSo API calls of docs/village-app.md. Same-origin, the sign-in cookie rides along. */

export class SessionEndedError extends Error {
  constructor() { super('session ended'); }
}
export class NetworkError extends Error {
  constructor(cause: unknown) { super('network', { cause }); }
}
export class HttpError extends Error {
  constructor(public status: number, public title: string, public code: string | null) { super(`${status} ${title}`); }
}

export interface DeviceAuth { deviceId: string; deviceToken: string }

async function call<T>(method: string, path: string, opts: { body?: unknown; device?: DeviceAuth; anonymous?: boolean; headers?: Record<string, string>; timeoutMs?: number } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': getLang() === 'vi' ? 'vi, en;q=0.5' : 'en, vi;q=0.5' };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  Object.assign(headers, opts.headers);
  if (opts.device) {
    headers['X-CoSo-Device'] = opts.device.deviceId;
    headers['X-CoSo-Device-Token'] = opts.device.deviceToken;
  }
  let res: Response;
  try {
    res = await fetch(path, {
      method, headers, credentials: 'same-origin', cache: 'no-store',
      // a connection that hangs (one bar of signal) ends as "offline" instead of holding the sync for minutes
      signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
  } catch (e) {
    throw new NetworkError(e);
  }
  if (res.status === 401 && !opts.anonymous) throw new SessionEndedError();
  if (!res.ok) {
    let title = res.statusText;
    let code: string | null = null;
    try {
      const problem = await res.json();
      title = problem.title ?? title;
      code = problem.code ?? null;
    } catch { /* not a problem document */ }
    throw new HttpError(res.status, title, code);
  }
  if (res.status === 204) return undefined as T;
  try {
    return (await res.json()) as T; // the body also runs under the timeout's signal
  } catch (e) {
    throw new NetworkError(e); // a cut-off body: as if the answer never came
  }
}

export const api = {
  login: (userName: string, password: string, totpCode?: string) =>
    call<void>('POST', '/api/v1/auth/login', { body: { userName, password, totpCode: totpCode || undefined }, anonymous: true }),
  logout: () => call<void>('POST', '/api/v1/auth/logout', { anonymous: true }),
  registerDevice: (name: string) =>
    call<{ deviceId: string; deviceToken: string; dataKey: string }>('POST', '/api/v1/village/devices', { body: { name } }),
  status: (device: DeviceAuth) =>
    call<{ active: boolean; wipe?: boolean }>('GET', '/api/v1/village/devices/status',
      { device: { deviceId: device.deviceId, deviceToken: device.deviceToken }, anonymous: true }),
  upload: (device: DeviceAuth, records: WireRecord[]) =>
    call<{ results: Verdict[] }>('POST', '/api/v1/village/sync/upload', { body: { records }, device, timeoutMs: 90_000 }),
  /** `pending`/`failed`: this phone's counts after the upload, shown to the station with the device's last sync. */
  download: (device: DeviceAuth, since: string | null, pending: number, failed: number) =>
    call<Payload>('GET', `/api/v1/village/sync?since=${encodeURIComponent(since ?? '')}`,
      { device, headers: { 'X-CoSo-Pending': String(pending), 'X-CoSo-Failed': String(failed) }, timeoutMs: 180_000 }),
};

/** A readable device name for the station's device list ("Chrome Android"). */
export function deviceName(): string {
  const ua = navigator.userAgent;
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrome\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : 'Browser';
  const os = /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /Windows/.test(ua) ? 'Windows' : /Mac OS/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : '';
  return `${browser} ${os}`.trim();
}
