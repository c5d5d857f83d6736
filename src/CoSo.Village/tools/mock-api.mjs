// A stand-in for CoSo's village sync API (docs/village-app.md), for working on the front end without the server:
//   npm run build && node tools/mock-api.mjs   → http://localhost:5099/thon/  (user yta, password demo)
// It serves the built app under /thon/ and a fake village of N residents (env N, default 2000). Test hooks:
// POST /mock/revoke (next status says wipe), POST /mock/forget (the server forgets the phones, as after a restore), POST /mock/drop-next-upload (stores, then cuts the answer), POST /mock/end-session, POST /mock/station-phone {id, phone}, GET /mock/state.
// Not the server: the real rules are CoSo's (src/CoSo.Data/Village/Sync).
import { createServer } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';

const PORT = Number(process.env.PORT ?? 5099);
const N = Number(process.env.N ?? 2000);
const root = new URL('../../CoSo.Web/village-app/', import.meta.url).pathname;
const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const middles = ['Thị', 'Văn', 'Đức', 'Minh', 'Thu', 'Ngọc', 'Hữu', 'Thanh'];
const givens = ['Ánh', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hà', 'Hạnh', 'Hùng', 'Lan', 'Linh', 'Mai', 'Nam', 'Phương', 'Quân', 'Sơn', 'Thảo', 'Tuấn', 'Yến'];
let seq = 1;
const village = { id: randomUUID(), name: 'Thôn Đông', stationId: randomUUID(), stationName: 'Trạm Y tế xã Minh Tân' };
const households = [], residents = new Map(), changed = new Map(); // id → seq of last change
for (let i = 0; i < N / 4; i++) households.push({ id: randomUUID(), villageId: village.id, code: `HGĐ-${String(i + 1).padStart(4, '0')}`, address: `Xóm ${1 + (i % 9)}, Thôn Đông`, head: '', version: 1 });
for (let i = 0; i < N; i++) {
  const r = { id: randomUUID(), villageId: village.id, householdId: households[i % households.length].id,
    fullName: `${families[i % 12]} ${middles[(i * 7) % 8]} ${givens[(i * 13) % 18]}`, sex: i % 2 ? 'Male' : 'Female',
    birthDate: `${1940 + (i % 84)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    birthYearOnly: i % 17 === 0, phone: i % 3 ? `09${String(10000000 + i * 7919).slice(-8)}` : null,
    bhyt: ['valid', 'expired', 'none'][i % 3], bhytExpires: i % 3 === 2 ? null : '2027-12-31', version: 1 };
  residents.set(r.id, r); changed.set(r.id, seq);
}
const ids = [...residents.keys()];
const lists = {
  childrenDue: ids.slice(0, 6).map((id, i) => ({ personId: id, vaccine: 'DTP-HepB-Hib', dose: 1 + (i % 3), dueOn: '2026-12-01', overdue: i % 2 === 0 })),
  chronicOverdue: ids.slice(10, 15).map((id, i) => ({ personId: id, enrolmentId: randomUUID(), programme: i % 2 ? 'Diabetes' : 'Hypertension', daysOverdue: 5 + i * 3, lastSystolic: 150 + i, lastDiastolic: 95 })),
  pregnancies: ids.slice(20, 23).map((id) => ({ personId: id, pregnancyId: randomUUID(), edd: '2027-03-01', nextAncOn: '2026-12-10' })),
  newbornsDue: ids.slice(30, 32).map((id, i) => ({ personId: id, pregnancyId: randomUUID(), daysSinceBirth: 3 + i, contact: 'Ngày 3 – 7' })),
  recentCases: [{ id: randomUUID(), personId: ids[40], diseaseCode: 'A90', onsetDate: '2026-12-01' }],
};
const outcomes = [
  { code: 'AgreedToCome', vi: 'Đồng ý đến khám', en: 'Agreed to come' },
  { code: 'Unreachable', vi: 'Không liên lạc được', en: 'Not reachable' },
  { code: 'Moved', vi: 'Đã chuyển đi', en: 'Moved away' },
  { code: 'Refused', vi: 'Từ chối', en: 'Refused' },
];
const diseases = [{ code: 'A90', vi: 'Sốt xuất huyết Dengue', en: 'Dengue fever' }, { code: 'B05', vi: 'Sởi', en: 'Measles' }, { code: 'A00', vi: 'Tả', en: 'Cholera' }];
const devices = new Map(), stored = new Map(), received = new Map(); // id → times an upload carried it
let sessions = new Set(), revoked = false, dropUploads = 0;

const send = (res, status, body, headers = {}) => {
  const json = body === undefined ? '' : JSON.stringify(body);
  const gz = json.length > 1024 ? gzipSync(json) : null;
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...(gz ? { 'Content-Encoding': 'gzip' } : {}), ...headers });
  res.end(gz ?? json);
};
const problem = (res, status, title, code) => send(res, status, { status, title, code });
const body = (req) => new Promise((ok) => { let s = ''; req.on('data', (c) => (s += c)); req.on('end', () => ok(s ? JSON.parse(s) : {})); });
const cookie = (req) => /coso\.auth=(\w+)/.exec(req.headers.cookie ?? '')?.[1];
const device = (req) => { const d = devices.get(req.headers['x-coso-device']); return d && d.token === req.headers['x-coso-device-token'] ? d : null; };

function verdict(rec) {
  const errors = [];
  const d = rec.data ?? {};
  if (rec.kind === 'homeVisit' && d.systolic != null && (d.systolic < 50 || d.systolic > 300)) errors.push({ field: 'data.systolic', message: 'Huyết áp tâm thu phải từ 50 đến 300 mmHg.' });
  if (rec.kind === 'homeVisit' && /từ chối/i.test(d.notes ?? '')) errors.push({ field: 'data.notes', message: 'Bản ghi thử bị từ chối (mock).' });
  if (errors.length) return { id: rec.id, status: 'rejected', errors, conflict: null };
  if (rec.kind === 'residentEdit') {
    const r = residents.get(rec.personId);
    if (r && (rec.base?.phone ?? null) !== r.phone) return { id: rec.id, status: 'conflict', errors: [], conflict: { field: 'phone', phoneValue: d.phone, stationValue: r.phone, kept: 'station' } };
    if (r) { r.phone = d.phone; r.version++; changed.set(r.id, ++seq); }
  }
  return { id: rec.id, status: 'accepted', errors: [], conflict: null };
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const p = url.pathname;
  if (process.env.DEBUG) console.log(req.method, p);
  try {
    if (p === '/api/v1/auth/login' && req.method === 'POST') {
      const b = await body(req);
      if (b.userName !== 'yta' || b.password !== 'demo') return problem(res, 401, 'Tên đăng nhập hoặc mật khẩu không đúng.', 'auth.invalid');
      const s = randomBytes(8).toString('hex'); sessions.add(s);
      res.writeHead(204, { 'Set-Cookie': `coso.auth=${s}; Path=/; HttpOnly; SameSite=Strict` }); return res.end();
    }
    if (p === '/api/v1/auth/logout') { res.writeHead(204); return res.end(); }
    if (p === '/api/v1/village/devices' && req.method === 'POST') {
      if (!sessions.has(cookie(req))) return problem(res, 401, 'Chưa đăng nhập.');
      const d = { id: randomUUID(), token: randomBytes(24).toString('base64url'), verdicts: new Map() }; devices.set(d.id, d); revoked = false;
      return send(res, 201, { deviceId: d.id, deviceToken: d.token, dataKey: randomBytes(32).toString('base64') });
    }
    if (p === '/api/v1/village/devices/status') {
      const d = device(req);
      if (!d) return send(res, 200, { active: false, wipe: false }); // unknown (a restored server) or wrong token
      return send(res, 200, revoked ? { active: false, wipe: true } : { active: true, wipe: false });
    }
    if (p.startsWith('/api/v1/village/sync')) {
      if (!sessions.has(cookie(req))) return problem(res, 401, 'Phiên đăng nhập đã kết thúc.');
      const d = device(req); if (!d) return problem(res, 403, 'Thiết bị không hợp lệ.');
      if (p === '/api/v1/village/sync/upload') {
        const b = await body(req);
        const results = b.records.map((rec) => {
          received.set(rec.id, (received.get(rec.id) ?? 0) + 1);
          if (stored.has(rec.id)) return { ...stored.get(rec.id), status: 'duplicate' };
          const v = verdict(rec); stored.set(rec.id, v); d.verdicts.set(rec.id, v); return v;
        });
        if (dropUploads > 0) { dropUploads--; return req.socket.destroy(); } // stored, but the answer is lost
        return send(res, 200, { results });
      }
      const since = Number(url.searchParams.get('since') || 0);
      const rs = [...residents.values()].filter((r) => changed.get(r.id) > since);
      return send(res, 200, { cursor: String(seq), full: since === 0, serverTime: new Date().toISOString(), villages: [village],
        households: since === 0 ? households : [], residents: rs, removed: [], lists, outcomes, diseases, records: [...d.verdicts.values()] });
    }
    if (p === '/mock/revoke') { revoked = true; return send(res, 200, { revoked }); }
    // several: Chromium itself retries a request whose reused connection closed without an answer
    if (p === '/mock/drop-next-upload') { dropUploads = 3; return send(res, 200, {}); }
    if (p === '/mock/forget') { devices.clear(); return send(res, 200, {}); }
    if (p === '/mock/end-session') { sessions = new Set(); return send(res, 200, {}); }
    if (p === '/mock/station-phone') { const b = await body(req); const r = residents.get(b.id); r.phone = b.phone; r.version++; changed.set(r.id, ++seq); return send(res, 200, r); }
    if (p === '/mock/state') return send(res, 200, { stored: [...stored.values()], received: Object.fromEntries(received), sample: ids.slice(0, 50).map((id) => residents.get(id)) });
    if (p.startsWith('/thon')) {
      const file = p === '/thon' || p === '/thon/' ? 'index.html' : p.slice(6);
      let data;
      try { data = await readFile(join(root, file)); } catch { data = await readFile(join(root, 'index.html')); }
      const types = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'text/html', 'Cache-Control': 'no-cache' }); return res.end(data);
    }
    res.writeHead(302, { Location: '/thon/' }); res.end();
  } catch (e) { problem(res, 500, String(e)); }
}).listen(PORT, () => console.log(`mock CoSo village API on http://localhost:${PORT}/thon/ (${N} residents)`));
