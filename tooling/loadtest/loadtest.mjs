// Mixed-traffic load test against a running `pnpm start`.
//
//   pnpm loadtest [URL]
//
// Setup (untimed): signs in as admin, imports a few provinces from the 2024
// unit file, creates officers for each province and some of its districts,
// gives each province a plan with targets and tasks, issues it and cascades it
// down two levels (only an issued plan is passed down: a district confirms and
// issues before cascading). The writes go to plans still being drafted: the
// derived plans of other districts of each province. Then one autocannon run of mixed traffic (80 % reads, 15 % writes,
// 5 % cascades), then the compliance check of every province plan. Exits
// non-zero on any 5xx, connection error or timeout, or a compliance finding.
//
// Environment: CCHC_URL (default http://localhost:3000), CCHC_ADMIN_PASSWORD
// (default: .data/admin-password), LOADTEST_SECONDS (60), LOADTEST_RATE
// (requests per second offered, 200; 0 = as fast as the server answers),
// LOADTEST_CONNECTIONS (10), LOADTEST_PROVINCES (94,02,04,06),
// LOADTEST_DISTRICTS (district officers per province, 3), LOADTEST_YEAR (2026).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const env = process.env;
const config = {
  url: new URL(process.argv[2] ?? env.CCHC_URL ?? 'http://localhost:3000'),
  seconds: Number(env.LOADTEST_SECONDS ?? 60),
  rate: Number(env.LOADTEST_RATE ?? 200),
  connections: Number(env.LOADTEST_CONNECTIONS ?? 10),
  provinces: (env.LOADTEST_PROVINCES ?? '94,02,04,06').split(',').map((c) => c.trim()),
  districtsPerProvince: Number(env.LOADTEST_DISTRICTS ?? 3),
  year: Number(env.LOADTEST_YEAR ?? 2026),
};
// The app listens on 127.0.0.1; "localhost" may resolve to ::1 first, which
// autocannon's plain net.connect does not retry.
if (config.url.hostname === 'localhost') config.url.hostname = '127.0.0.1';
const BASE = config.url.origin;
const OFFICER_PASSWORD = 'loadtest-officer-2026';

const AIM = { rps: 200, p99: 200 };

const log = (...args) => process.stdout.write(`${args.join(' ')}\n`);

// ---- HTTP for the setup and the compliance check -----------------------------

async function api(method, route, { token, body, csv, ok = [] } = {}) {
  const headers = {};
  if (token) headers.authorization = `Bearer ${token}`;
  let payload;
  if (csv !== undefined) {
    headers['content-type'] = 'text/csv';
    payload = csv;
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const res = await fetch(`${BASE}/api${route}`, { method, headers, body: payload });
  const text = await res.text();
  const data = text ? JSON.parse(text) : null;
  if (!res.ok && !ok.includes(res.status)) {
    throw new Error(`${method} ${route} answered ${res.status}: ${data?.code ?? ''} ${data?.detail ?? text}`);
  }
  return { status: res.status, data };
}

async function login(username, password) {
  const { data } = await api('POST', '/auth/login', { body: { username, password } });
  return data.accessToken;
}

function adminPassword() {
  if (env.CCHC_ADMIN_PASSWORD) return env.CCHC_ADMIN_PASSWORD;
  const file = path.join(env.CCHC_DATA_DIR ?? path.join(REPO_ROOT, '.data'), 'admin-password');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    throw new Error(`No admin password: set CCHC_ADMIN_PASSWORD or start the app once (${file})`);
  }
}

// ---- setup -------------------------------------------------------------------

/** The rows of the chosen provinces and every unit below them, parents first. */
function unitFile(provinces) {
  const lines = readFileSync(path.join(REPO_ROOT, 'data/units/units-2024.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const [header, ...rest] = lines;
  const rows = rest.map((line) => {
    const [code, name, type, level, parentCode] = line.split(',');
    return { line, code, name, type, level, parentCode };
  });
  const keep = new Set(provinces);
  for (const level of ['district', 'commune']) {
    for (const r of rows) if (r.level === level && keep.has(r.parentCode)) keep.add(r.code);
  }
  const chosen = rows.filter((r) => keep.has(r.code));
  const districtsOf = (p) => chosen.filter((r) => r.parentCode === p && r.level === 'district');
  return { csv: `${[header, ...chosen.map((r) => r.line)].join('\n')}\n`, rows: chosen, districtsOf };
}

async function ensureOfficer(adminToken, unitCode) {
  const username = `loadtest.${unitCode}`;
  const { status } = await api('POST', '/users', {
    token: adminToken,
    body: { username, password: OFFICER_PASSWORD, role: 'officer', unitCode },
    ok: [409],
  });
  return { username, unitCode, created: status === 201, token: await login(username, OFFICER_PASSWORD) };
}

// Targets of every province plan. The writes only raise LT-02 and LT-04
// (at_least, unbounded measures), so every plan keeps meeting its floors.
const TARGETS = [
  {
    code: 'LT-01',
    name: 'Tỷ lệ hồ sơ thủ tục hành chính được số hóa',
    area: 'administrative_procedures',
    measure: 'percent',
    direction: 'at_least',
    value: 80,
    levelFloors: { district: 70, commune: 60 },
  },
  {
    code: 'LT-02',
    name: 'Số thủ tục hành chính được rà soát, đơn giản hóa',
    area: 'administrative_procedures',
    measure: 'count',
    direction: 'at_least',
    value: 20,
    levelFloors: { district: 10, commune: 5 },
  },
  {
    code: 'LT-03',
    name: 'Thời gian giải quyết hồ sơ đất đai (ngày)',
    area: 'digital_government',
    measure: 'days',
    direction: 'at_most',
    value: 10,
    levelFloors: { district: 15, commune: 20 },
  },
  {
    code: 'LT-04',
    name: 'Kinh phí bố trí cho cải cách hành chính',
    area: 'public_finance',
    measure: 'million_vnd',
    direction: 'at_least',
    value: 500,
    levelFloors: { district: 100, commune: 20 },
  },
  {
    code: 'LT-05',
    name: 'Ban hành kế hoạch cải cách hành chính của cấp dưới',
    area: 'direction',
    measure: 'date',
    direction: 'at_most',
    value: `${config.year}-01-31`,
    levelFloors: { district: `${config.year}-02-15`, commune: `${config.year}-02-28` },
  },
];
const RAISED = ['LT-02', 'LT-04'];

const task = (n, area) => ({
  title: `Nhiệm vụ tải thử ${n}`,
  area,
  product: 'Báo cáo kết quả',
  leadAgency: 'Sở Nội vụ',
  coordinatingAgencies: ['Các sở, ban, ngành'],
  budgetMillionVnd: 50,
  due: `${config.year}-Q${(n % 4) + 1}`,
});

async function findPlan(token, unitCode) {
  const { data } = await api('GET', `/plans?unit=${unitCode}&year=${config.year}`, { token });
  return data.find((p) => p.kind === 'annual') ?? null;
}

async function ensureProvincePlan(officer, provinceName) {
  let plan = await findPlan(officer.token, officer.unitCode);
  if (!plan) {
    ({ data: plan } = await api('POST', '/plans', {
      token: officer.token,
      body: {
        unitCode: officer.unitCode,
        year: config.year,
        title: `Kế hoạch cải cách hành chính năm ${config.year} (tải thử) — ${provinceName}`,
        documentNumber: `LT-${officer.unitCode}/KH-UBND`,
      },
    }));
  }
  if (plan.status === 'draft') {
    for (const t of TARGETS) {
      await api('POST', `/plans/${plan.id}/targets`, { token: officer.token, body: t, ok: [409] });
    }
    const { data: full } = await api('GET', `/plans/${plan.id}`, { token: officer.token });
    const taskCount = full.areas.reduce((n, a) => n + a.tasks.length, 0);
    const areas = ['administrative_procedures', 'digital_government', 'civil_service', 'direction'];
    for (let n = taskCount; n < 4; n++) {
      await api('POST', `/plans/${plan.id}/tasks`, { token: officer.token, body: task(n + 1, areas[n]) });
    }
  }
  await issue(officer, plan.id);
  return plan.id;
}

/** Signs the plan (ban hành) unless it is issued already; a derived plan is confirmed first. */
async function issue(officer, planId) {
  const { data: plan } = await api('GET', `/plans/${planId}`, { token: officer.token });
  if (plan.status === 'issued') return;
  if (plan.status === 'derived')
    await api('POST', `/plans/${planId}/confirm`, { token: officer.token, body: {} });
  await api('POST', `/plans/${planId}/issue`, {
    token: officer.token,
    body: {
      documentNumber: `LT-${officer.unitCode}/KH-UBND`,
      issuedOn: `${config.year - 1}-12-20`,
      signer: { name: 'Nguyễn Văn An', title: 'Chủ tịch', capacity: 'TM' },
    },
  });
}

async function cascade(token, planId) {
  const { data } = await api('POST', `/plans/${planId}/cascade`, { token, body: {} });
  return data;
}

/** What the timed phase writes: the current values of the raised targets and the task ids. */
async function writable(token, planId) {
  const { data } = await api('GET', `/plans/${planId}`, { token });
  const targets = data.areas.flatMap((a) => a.targets);
  const values = Object.fromEntries(
    RAISED.map((code) => [code, targets.find((t) => t.code === code)?.value]).filter(
      ([, v]) => v !== undefined,
    ),
  );
  return { planId, token, values, taskIds: data.areas.flatMap((a) => a.tasks.map((t) => t.id)) };
}

async function setup() {
  const adminToken = await login('admin', adminPassword());
  const units = unitFile(config.provinces);
  const { data: imported } = await api('POST', '/units/import', { token: adminToken, csv: units.csv });
  log(
    `units: ${imported.total} of provinces ${config.provinces.join(', ')} (created ${imported.created}, updated ${imported.updated}, unchanged ${imported.unchanged})`,
  );

  const provinces = [];
  for (const code of config.provinces) {
    const unit = units.rows.find((r) => r.code === code);
    if (!unit) throw new Error(`Province ${code} is not in data/units/units-2024.csv`);
    const districts = units.districtsOf(code);
    const officer = await ensureOfficer(adminToken, code);
    const planId = await ensureProvincePlan(officer, `${unit.type} ${unit.name}`);
    const result = await cascade(officer.token, planId);
    const province = {
      code,
      officer,
      planId,
      districtPlanIds: result.plans.map((p) => p.id),
      districts: districts.map((d) => d.code),
      communes: units.rows.filter(
        (r) => r.level === 'commune' && districts.some((d) => d.code === r.parentCode),
      ),
      districtOfficers: [],
      writable: [],
    };
    // The first districts issue their plans and pass them down (the cascades of the mix)…
    for (const d of districts.slice(0, config.districtsPerProvince)) {
      const dOfficer = await ensureOfficer(adminToken, d.code);
      const dPlan = result.plans.find((p) => p.unitCode === d.code);
      await issue(dOfficer, dPlan.id);
      const dResult = await cascade(dOfficer.token, dPlan.id);
      province.districtOfficers.push({
        ...dOfficer,
        planId: dPlan.id,
        communePlanIds: dResult.plans.map((p) => p.id),
        communes: units.rows.filter((r) => r.parentCode === d.code).map((r) => r.code),
      });
    }
    // …the next ones are still filling in their derived plans (the writes of the mix).
    for (const d of districts.slice(config.districtsPerProvince, 2 * config.districtsPerProvince)) {
      const dOfficer = await ensureOfficer(adminToken, d.code);
      const dPlan = result.plans.find((p) => p.unitCode === d.code);
      province.writable.push(await writable(dOfficer.token, dPlan.id));
    }
    if (province.writable.length === 0)
      throw new Error(`Province ${code} has too few districts for the writes`);
    log(
      `province ${code}: plan ${planId}, ${result.plans.length} district plans, officers ${[officer, ...province.districtOfficers].map((o) => o.username).join(' ')}`,
    );
    provinces.push(province);
  }
  return provinces;
}

// ---- the mix -----------------------------------------------------------------

const pick = (list) => list[Math.floor(Math.random() * list.length)];

// 20 requests: 16 reads (80 %), 3 writes (15 %), 1 cascade (5 %), spread so
// that the cascade is not next to the writes. Every connection draws the next
// kind from this one deck, so the mix holds exactly over the whole run.
const DECK = [
  'readPlan',
  'readPlan',
  'listUnits',
  'writeTarget',
  'readPlan',
  'listPlans',
  'getUnit',
  'readPlan',
  'addTask',
  'listUnits',
  'cascade',
  'readPlan',
  'listPlans',
  'readPlan',
  'patchTask',
  'getUnit',
  'readPlan',
  'listUnits',
  'readPlan',
  'listPlans',
];
const CLASS = {
  readPlan: 'read',
  listPlans: 'read',
  listUnits: 'read',
  getUnit: 'read',
  writeTarget: 'write',
  addTask: 'write',
  patchTask: 'write',
  cascade: 'cascade',
};

function makeBuilder(provinces) {
  let next = 0;
  let taskNumber = 0;
  const json = (token) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
  const auth = (token) => ({ authorization: `Bearer ${token}` });

  const builders = {
    readPlan(p) {
      const reader = pick([p.officer, ...p.districtOfficers]);
      const id =
        reader === p.officer
          ? pick([p.planId, ...p.districtPlanIds])
          : pick([reader.planId, p.planId, ...reader.communePlanIds]);
      return { method: 'GET', path: `/api/plans/${id}`, headers: auth(reader.token) };
    },
    listPlans(p) {
      const reader = pick([p.officer, ...p.districtOfficers]);
      const query = Math.random() < 0.5 ? `?year=${config.year}` : `?unit=${reader.unitCode}`;
      return { method: 'GET', path: `/api/plans${query}`, headers: auth(reader.token) };
    },
    listUnits(p) {
      const reader = pick([p.officer, ...p.districtOfficers]);
      const parent = reader === p.officer ? pick([p.code, ...p.districts]) : reader.unitCode;
      return { method: 'GET', path: `/api/units?parent=${parent}`, headers: auth(reader.token) };
    },
    getUnit(p) {
      const reader = pick([p.officer, ...p.districtOfficers]);
      const code = reader === p.officer ? pick(p.communes).code : pick(reader.communes);
      return { method: 'GET', path: `/api/units/${code}`, headers: auth(reader.token) };
    },
    writeTarget(p) {
      const w = pick(p.writable);
      const code = pick(Object.keys(w.values));
      // Only ever up: every inherited value stays at or above its floor.
      w.values[code] += 1;
      return {
        method: 'PATCH',
        path: `/api/plans/${w.planId}/targets/${code}`,
        headers: json(w.token),
        body: JSON.stringify({ value: w.values[code] }),
      };
    },
    addTask(p) {
      const w = pick(p.writable);
      taskNumber += 1;
      return {
        method: 'POST',
        path: `/api/plans/${w.planId}/tasks`,
        headers: json(w.token),
        body: JSON.stringify(task(1000 + taskNumber, 'institutions')),
      };
    },
    patchTask(p) {
      const w = pick(p.writable);
      return {
        method: 'PATCH',
        path: `/api/plans/${w.planId}/tasks/${pick(w.taskIds)}`,
        headers: json(w.token),
        body: JSON.stringify({
          budgetMillionVnd: Math.floor(Math.random() * 1000),
          leadAgency: 'Phòng Nội vụ',
        }),
      };
    },
    cascade(p) {
      // A third of the cascades are the province's (to its districts), the rest a district's.
      const district =
        Math.random() < 2 / 3 && p.districtOfficers.length > 0 ? pick(p.districtOfficers) : null;
      const who = district ?? p.officer;
      return {
        method: 'POST',
        path: `/api/plans/${district ? district.planId : p.planId}/cascade`,
        headers: json(who.token),
        body: '{}',
      };
    },
  };

  return (req, context) => {
    const kind = DECK[next++ % DECK.length];
    context.kind = kind;
    return { ...req, ...builders[kind](pick(provinces)) };
  };
}

// ---- the run -----------------------------------------------------------------

function percentile(sorted, q) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((q / 100) * sorted.length) - 1)];
}

function newStats() {
  return { count: 0, s2xx: 0, s4xx: 0, s5xx: 0, other: 0, latencies: [], problems: new Map() };
}

function record(stats, status, ms) {
  stats.count += 1;
  if (status >= 200 && status < 300) stats.s2xx += 1;
  else if (status >= 400 && status < 500) stats.s4xx += 1;
  else if (status >= 500) stats.s5xx += 1;
  else stats.other += 1;
  stats.latencies.push(ms);
}

function summarize(stats) {
  const sorted = Float64Array.from(stats.latencies).sort();
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
  };
}

async function run(provinces) {
  const total = newStats();
  const byKind = new Map(Object.keys(CLASS).map((k) => [k, newStats()]));
  let lastKind = null;

  const instance = autocannon({
    url: BASE,
    duration: config.seconds,
    connections: config.connections,
    // autocannon 9's correction for coordinated omission takes 1/rate (seconds)
    // as the expected interval in milliseconds, which adds a run of near-zero
    // latencies and lowers the percentiles; the figures printed are the
    // measured ones, and the achieved req/s shows whether the rate was kept.
    ...(config.rate > 0 ? { overallRate: config.rate, ignoreCoordinatedOmission: true } : {}),
    timeout: 10,
    requests: [
      {
        setupRequest: makeBuilder(provinces),
        onResponse(status, body, context) {
          lastKind = context.kind;
          if (status >= 400) {
            const stats = byKind.get(context.kind);
            let code = String(status);
            try {
              code = `${status} ${JSON.parse(body).code}`;
            } catch {}
            stats.problems.set(code, (stats.problems.get(code) ?? 0) + 1);
          }
        },
      },
    ],
  });
  // autocannon emits 'response' right after onResponse, synchronously: lastKind is this response's.
  instance.on('response', (_client, status, _bytes, ms) => {
    record(total, status, ms);
    record(byKind.get(lastKind), status, ms);
  });
  const result = await instance;
  return { result, total, byKind };
}

async function compliance(provinces) {
  const verdicts = [];
  for (const p of provinces) {
    const { data } = await api('GET', `/plans/${p.planId}/compliance`, { token: p.officer.token });
    verdicts.push({ code: p.code, planId: p.planId, findings: data });
  }
  return verdicts;
}

function report({ result, total, byKind }, verdicts) {
  const fmt = (n) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  const rps = total.count / result.duration;
  const t = summarize(total);
  log('');
  log(
    `${result.duration.toFixed(1)} s, ${config.connections} connections, offered rate ${config.rate > 0 ? `${config.rate} req/s` : 'unlimited'}`,
  );
  log('');
  log('kind          class     requests    2xx    4xx    5xx   p50 ms   p95 ms   p99 ms   max ms');
  for (const [kind, s] of byKind) {
    if (s.count === 0) continue;
    const l = summarize(s);
    log(
      [
        kind.padEnd(13),
        CLASS[kind].padEnd(8),
        String(s.count).padStart(9),
        String(s.s2xx).padStart(6),
        String(s.s4xx).padStart(6),
        String(s.s5xx).padStart(6),
        fmt(l.p50).padStart(8),
        fmt(l.p95).padStart(8),
        fmt(l.p99).padStart(8),
        fmt(l.max).padStart(8),
      ].join(' '),
    );
    for (const [code, n] of s.problems) log(`${''.padEnd(15)}${n} × ${code}`);
  }
  const classes = { read: 0, write: 0, cascade: 0 };
  for (const [kind, s] of byKind) classes[CLASS[kind]] += s.count;
  log('');
  log(
    `mix: ${Object.entries(classes)
      .map(([c, n]) => `${c} ${((100 * n) / Math.max(1, total.count)).toFixed(1)} %`)
      .join(', ')}`,
  );
  log(`requests: ${total.count} (${rps.toFixed(1)} req/s)`);
  log(`latency: p50 ${fmt(t.p50)} ms, p95 ${fmt(t.p95)} ms, p99 ${fmt(t.p99)} ms, max ${fmt(t.max)} ms`);
  log(`  (autocannon's own histogram, 2xx only: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms)`);
  log(`status: 2xx ${total.s2xx}, 4xx ${total.s4xx}, 5xx ${total.s5xx}, other ${total.other}`);
  log(`errors: ${result.errors} (timeouts ${result.timeouts})`);
  for (const v of verdicts) {
    log(
      `compliance of province ${v.code} (${v.planId}): ${v.findings.length === 0 ? 'clean' : `${v.findings.length} finding(s)`}`,
    );
    for (const f of v.findings.slice(0, 5)) {
      log(`  ${f.unitCode} ${f.targetCode}: ${f.problem} ${f.field} ${f.value} vs floor ${f.floor}`);
    }
  }
  const clean = verdicts.every((v) => v.findings.length === 0);
  const aimMet = rps >= AIM.rps * 0.98 && total.s5xx === 0 && t.p99 < AIM.p99;
  log(
    `aim (${AIM.rps} req/s, zero 5xx, p99 < ${AIM.p99} ms): ${aimMet ? 'met' : 'missed'}; compliance ${clean ? 'clean' : 'NOT clean'}`,
  );
  return total.s5xx === 0 && result.errors === 0 && clean;
}

async function main() {
  log(`cchc load test against ${BASE}: ${config.seconds} s, provinces ${config.provinces.join(', ')}`);
  const provinces = await setup();
  log(`running ${config.seconds} s of mixed traffic…`);
  const outcome = await run(provinces);
  const verdicts = await compliance(provinces);
  const ok = report(outcome, verdicts);
  process.exitCode = ok ? 0 : 1;
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
