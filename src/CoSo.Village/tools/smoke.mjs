// A smoke run of the whole front end against tools/mock-api.mjs (or a CoSo with BASE, USER_NAME, PASS set), in Chromium
// at 360×640, vi-VN: sign-in, PIN, first sync, search, offline reload and unlock, records offline, sync with a rejection
// and a conflict, session end and sign-in again, revocation wipe. Screenshots go to SHOTS (default /tmp/village-shots).
//   node tools/mock-api.mjs &  node tools/smoke.mjs
import { chromium, request } from 'playwright-core';
import { mkdirSync } from 'node:fs';
const BASE = process.env.BASE ?? 'http://localhost:5099';
const USER = process.env.USER_NAME ?? 'yta', PASS = process.env.PASS ?? 'demo';
const log = (...a) => console.log(new Date().toISOString().slice(11, 19), ...a);
const SHOTS = process.env.SHOTS ?? '/tmp/village-shots';
mkdirSync(SHOTS, { recursive: true });
const MOCK = !process.env.BASE;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'vi-VN', deviceScaleFactor: 2, isMobile: true, hasTouch: true });
const page = await context.newPage();
// THROTTLE=4: Chromium's CPU throttling, a mid-range phone profile for the measurements
// SLOW=1: the network, 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency (Chromium's emulation)
const cdp = await context.newCDPSession(page);
if (process.env.SLOW) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
if (process.env.THROTTLE) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.THROTTLE) });
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') log('console', m.type(), m.text()); });
page.on('pageerror', (e) => log('PAGEERROR', e.message));
const expect = (ok, what) => { if (!ok) { console.error('FAILED:', what); process.exitCode = 1; } else log('ok:', what); };
const saved = async () => { await page.locator('form[data-testid$="-form"]').waitFor({ state: 'detached' }); await tid('flash').waitFor(); };
const tid = (id) => page.locator(`[data-testid="${id}"]`);
const shot = (name) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });

await page.goto(`${BASE}${process.env.START ?? "/thon/"}`);
await tid('login-user').fill(USER);
await tid('login-password').fill(PASS);
await shot('01-login');
await tid('login-submit').click();
await tid('pin-input').fill('2468');
await tid('pin-confirm').fill('2468');
await tid('pin-submit').click();
await page.waitForFunction(() => document.querySelector('[data-testid="sync-last"]')?.dataset.value);
log('first sync done in', await page.evaluate(() => document.body.dataset.syncMs), 'ms; waiting', await tid('sync-waiting').textContent(), 'last', await tid('sync-last').textContent());
log('save ms', await page.evaluate(() => document.body.dataset.saveMs));
await shot('02-home');
const fold = (x) => x.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
const someone = await page.locator('[data-testid$="-row"] strong').first().textContent();
log('searching for', fold(someone));
await tid('search-input').fill(MOCK ? 'nguyen thi' : fold(someone).toUpperCase());
const n = await tid('resident-row').count();
expect(n > 0, 'diacritic-free search finds residents');
log('search rows', n, 'ms', await page.evaluate(() => document.body.dataset.searchMs), 'total', await tid('search-results').getAttribute('data-total'));
await shot('03-search');
await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 }).catch(() => log('no SW controller'));
// offline reload
if (process.env.SLOW) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
await context.setOffline(true);
await page.reload();
await tid('pin-input').fill('2468');
await tid('pin-submit').click();
await tid('search-input').waitFor();
log('offline unlock ms', await page.evaluate(() => document.body.dataset.unlockMs), 'load ms', await page.evaluate(() => document.body.dataset.loadMs));
await tid('search-input').fill(MOCK ? '0912' : fold(someone).split(' ').pop());
expect(await tid('resident-row').count() > 0, 'offline: app opens and searches');
await tid('search-input').fill('');
// chronic patient → visit
await (MOCK || await tid('chronic-row').count() ? tid('chronic-row') : tid('child-row')).first().click();
await shot('04-resident');
await tid('action-visit').click();
await tid('visit-systolic').fill('145');
await tid('visit-diastolic').fill('92');
await tid('visit-glucose').fill('6,5');
await tid('visit-weight').fill('58,2');
await tid('visit-medicine').check();
await tid('visit-notes').fill('Ổn định');
await shot('05-visit');
await tid('visit-save').click();
await saved();
log('after visit waiting', await tid('sync-waiting').textContent());
// a rejected one: notes trigger the mock rejection
await tid('action-visit').click();
await tid('visit-notes').fill('từ chối');
await tid('visit-save').click();
await saved();
// outcome
let expected = 4;
if (await tid('action-outcome').count()) {
  expected++;
  await tid('action-outcome').click();
  await tid('outcome-code').selectOption({ index: 1 });
  await tid('outcome-save').click();
  await saved();
}
// phone edit → conflict (station changes meanwhile)
const pid = await page.evaluate(() => location.hash.split('/')[2]);
await tid('action-phone').click();
await tid('phone-input').fill('0987654321');
await tid('phone-save').click();
await saved();
// pregnancy notification
await tid('action-notify').click();
if (await tid('notify-type').locator('option[value="pregnancy"]').count()) {
  await tid('notify-type').selectOption('pregnancy');
  await tid('notify-lmp').fill('01/10/2026');
} else {
  await tid('notify-type').selectOption('move'); // a man or a child: no pregnancy on the list
}
await tid('notify-save').click();
await saved();
expect(await tid('sync-waiting').textContent() === String(expected), `${expected} records waiting offline`);
await shot('06-resident-queued');
if (MOCK) await page.request.post(`${BASE}/mock/station-phone`, { data: { id: pid, phone: '091' + String(Date.now()).slice(-7) } });
await context.setOffline(false);
if (process.env.SLOW) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
await tid('sync-button').click();
await page.waitForFunction(() => document.querySelector('[data-testid="sync-waiting"]')?.textContent === '0' && !document.querySelector('[data-testid="sync-button"]')?.disabled, null, { timeout: 20000 });
log('incremental sync with upload in', await page.evaluate(() => document.body.dataset.syncMs), 'ms');
log('after sync waiting', await tid('sync-waiting').textContent(), 'failed', await tid('sync-failed').textContent(), 'conflicts', await tid('sync-conflicts').textContent());
await tid('nav-records').click();
await tid('records-list').waitFor();
const statuses = await tid('record-status').evaluateAll((els) => els.map((e) => e.dataset.status));
log('statuses', statuses.join(','));
expect(statuses.length === expected, `${expected} records listed`);
if (MOCK) {
  expect(statuses.filter((x) => x === 'rejected').length === 1 && statuses.filter((x) => x === 'conflict').length === 1, 'one rejected, one conflict');
  log('conflict', await tid('conflict').first().textContent());
  log('errors', await tid('record-errors').first().textContent());
  await shot('07-records');
  // fix the rejected visit: the form opens filled in, saving makes a new record in its place
  await tid('record-fix').click();
  expect(await tid('visit-notes').inputValue() === 'từ chối', 'the rejected record opens filled in');
  await tid('visit-notes').fill('Đã sửa');
  await tid('visit-save').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="sync-failed"]')?.textContent === '0'
    && document.querySelector('[data-testid="sync-waiting"]')?.textContent === '0');
  const fixed = await tid('record-status').evaluateAll((els) => els.map((e) => e.dataset.status));
  expect(fixed.length === 5 && !fixed.includes('rejected'), `fixed and sent again (${fixed.join()})`);
  statuses.splice(0, statuses.length, ...fixed);
}
if (!MOCK) {
  await shot('07-records');
  // STATION_USER (e.g. bacsi, same PASS): the station revokes the newest phone of the worker, whose next sync wipes it
  if (process.env.STATION_USER) {
    const station = await request.newContext({ baseURL: BASE });
    await station.post('/api/v1/auth/login', { data: { userName: process.env.STATION_USER, password: PASS } });
    const devices = await (await station.get('/api/v1/village/devices')).json();
    const mine = devices.filter((d) => d.userName === USER && !d.revokedAt).sort((a, b) => (a.registeredAt < b.registeredAt ? 1 : -1))[0];
    log('station sees', JSON.stringify({ lastSyncAt: mine.lastSyncAt, pending: mine.pendingOnDevice, failed: mine.failedOnDevice }));
    expect((await station.post(`/api/v1/village/devices/${mine.id}/revoke`)).ok(), 'station revokes the phone');
    await tid('sync-button').click();
    await tid('wipe-message').waitFor();
    const left = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(left.length === 0, 'revoked phone wiped at its next sync');
    await shot('10-wiped');
  }
  await browser.close();
  process.exit();
}
// session ended → reauth
await page.request.post(`${BASE}/mock/end-session`);
await tid('sync-button').click();
await tid('session-message').waitFor();
await shot('08-reauth');
await tid('login-password').fill(PASS);
await tid('login-submit').click();
await page.waitForFunction(() => !document.querySelector('[data-testid="session-message"]'));
log('reauth ok');
// an upload whose answer is lost: the record stays queued, goes again, is stored once
await page.request.post(`${BASE}/mock/drop-next-upload`);
await tid('nav-home').click();
await tid('home-notify').click();
await tid('notify-type').selectOption('newResident');
await tid('notify-name').fill('Lò Văn Mới');
await tid('notify-sex').selectOption('Male');
await tid('notify-save').click();
await saved(); // online: the save starts a sync, whose upload answer is cut
await page.waitForFunction(() => document.querySelector('[data-testid="sync-error"]')?.textContent && !document.querySelector('[data-testid="sync-button"]')?.disabled);
expect(await tid('sync-waiting').textContent() === '1', 'answer lost: the record is still waiting');
for (let i = 0; i < 3 && await tid('sync-waiting').textContent() !== '0'; i++) {
  await tid('sync-button').click();
  await page.waitForFunction(() => !document.querySelector('[data-testid="sync-button"]')?.disabled);
}
expect(await tid('sync-waiting').textContent() === '0', 'sent again');
const mockState = await (await page.request.get(`${BASE}/mock/state`)).json();
await tid('nav-records').click();
await tid('record-row').first().waitFor();
const newest = await tid('record-row').first().getAttribute('data-record-id');
expect(mockState.received[newest] >= 2 && await tid('record-row').count() === statuses.length + 1
  && await tid('record-status').first().getAttribute('data-status') === 'sent',
  `the same id sent ${mockState.received[newest]} times, one record on the phone, sent`);
statuses.unshift('sent');
// the server forgets the phone (restored from a backup): sign in, register again, confirm the PIN; nothing is lost
await page.request.post(`${BASE}/mock/forget`);
await tid('sync-button').click();
await tid('reregister-message').waitFor();
await tid('login-password').fill(PASS);
await tid('login-submit').click();
await tid('pin-input').fill('1111');
await tid('pin-submit').click();
await tid('pin-error').filter({ hasText: /./ }).waitFor();
await tid('pin-input').fill('2468');
await tid('pin-submit').click();
await tid('pin-input').waitFor({ state: 'detached' });
await page.waitForFunction(() => document.querySelector('[data-testid="sync-waiting"]')?.textContent === '0' && !document.querySelector('[data-testid="sync-button"]')?.disabled);
await tid('nav-records').click();
await tid('record-row').first().waitFor();
const again = (await tid('record-status').evaluateAll((els) => els.map((e) => e.dataset.status))).join();
expect(again === statuses.join(), `registered again: records kept, re-sent, same verdicts (${again})`);
// english
await tid('lang-switch').click();
await tid('nav-home').click();
await shot('09-home-en');
await tid('lang-switch').click();
// revoke → wipe
await page.request.post(`${BASE}/mock/revoke`);
await tid('sync-button').click();
await tid('wipe-message').waitFor();
log('wipe message', await tid('wipe-message').textContent());
const dbs = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
expect(dbs.length === 0, 'IndexedDB deleted by the wipe');
// the same phone signs in again after the wipe: a new device, a full first sync (no cursor left over)
await tid('login-user').fill(USER);
await tid('login-password').fill(PASS);
await tid('login-submit').click();
await tid('pin-input').fill('1357');
await tid('pin-confirm').fill('1357');
await tid('pin-submit').click();
await page.waitForFunction(() => document.querySelector('[data-testid="sync-last"]')?.dataset.value);
await tid('search-input').fill('nguyen thi');
expect(Number(await tid('search-results').getAttribute('data-total')) > 0 && await tid('sync-waiting').textContent() === '0', 'signed in again after the wipe: full village, empty queue');
await shot('10-wiped');
await browser.close();
