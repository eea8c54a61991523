// Core benchmark: how many accounts the scoring engine scores per second on one core, and what each
// analysis costs per account, over 10,000 generated snapshots. Baselines measured in the same run
// put the figures in proportion: validating a snapshot at the boundary (zod) and a JSON round trip.
//
//   npm run bench:core            (builds first; ACCOUNTS=… and ROUNDS=… to change the load)
import { performance } from 'node:perf_hooks';
import {
  AccountSnapshot,
  analyseBuyingCenter,
  analyseEffort,
  analyseHorizons,
  analysePlan,
  analyseProjects,
  analyseSociogram,
  buildOrgChart,
  DEFAULT_MODEL,
  developmentChecklist,
  score,
} from '../dist/core/index.js';
import { generateSnapshots } from '../dist/core/demo/index.js';

const ACCOUNTS = Number(process.env.ACCOUNTS ?? 10_000);
const ROUNDS = Number(process.env.ROUNDS ?? 10);
const NOW = new Date('2026-11-27T09:00:00Z');
const TARGET_PER_SECOND = 50_000;

const t0 = performance.now();
const snapshots = generateSnapshots(ACCOUNTS, { now: NOW });
const generated = performance.now() - t0;
const contacts = snapshots.reduce((n, s) => n + s.contacts.length, 0);
const deals = snapshots.reduce((n, s) => n + s.deals.length, 0);

let sink = 0; // keeps results alive so nothing is optimised away

/**
 * Best of ROUNDS passes over all snapshots (after one warm-up pass): CPU µs per account. CPU time of
 * this process (user + system) rather than wall time, so other load on the machine does not count;
 * it includes the garbage collector's helper threads, which makes it conservative.
 */
function measure(fn) {
  for (const s of snapshots) sink += resultSize(fn(s));
  let best = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const start = process.cpuUsage();
    for (const s of snapshots) sink += resultSize(fn(s));
    const used = process.cpuUsage(start);
    best = Math.min(best, used.user + used.system);
  }
  return best / snapshots.length;
}
function resultSize(r) {
  return typeof r === 'string' ? r.length : r && typeof r === 'object' ? 1 : 0;
}

const rows = [];
const scoreUs = measure((s) => score(s, DEFAULT_MODEL, NOW));
const zodUs = measure((s) => AccountSnapshot.parse(s));
const jsonUs = measure((s) => JSON.parse(JSON.stringify(s)));
rows.push(['score (default model)', scoreUs]);
rows.push(['baseline: zod validation of the snapshot', zodUs]);
rows.push(['baseline: JSON round trip of the snapshot', jsonUs]);

const analyses = [
  ['buying-center coverage', (s) => analyseBuyingCenter(s, NOW)],
  ['sociogram', (s) => analyseSociogram(s)],
  ['org chart', (s) => buildOrgChart(s)],
  ['opportunity horizons', (s) => analyseHorizons(s, NOW)],
  ['action plan', (s) => analysePlan(s, NOW)],
  ['projects', (s) => analyseProjects(s, NOW)],
  ['effort vs. result', (s) => analyseEffort(s, NOW)],
  ['development checklist', (s) => developmentChecklist(s, NOW)],
];
const analysisRows = analyses.map(([name, fn]) => [name, measure(fn)]);

const pad = (s, n) => String(s).padEnd(n);
const fmt = (us) =>
  `${us.toFixed(2).padStart(8)} µs/account  ${Math.round(1e6 / us)
    .toLocaleString('en')
    .padStart(11)} /s`;
console.log(`Node ${process.version}, one thread, CPU time, ${ACCOUNTS.toLocaleString('en')} snapshots`);
console.log(
  `(${(contacts / ACCOUNTS).toFixed(1)} contacts, ${(deals / ACCOUNTS).toFixed(1)} deals per account; generated in ${generated.toFixed(0)} ms), best of ${ROUNDS} rounds\n`,
);
for (const [name, us] of rows) console.log(`${pad(name, 44)}${fmt(us)}`);
console.log('\nAnalyses');
for (const [name, us] of analysisRows) console.log(`  ${pad(name, 42)}${fmt(us)}`);
const analysesTotal = analysisRows.reduce((a, [, us]) => a + us, 0);
console.log(`  ${pad('all analyses together', 42)}${fmt(analysesTotal)}`);

const perSecond = 1e6 / scoreUs;
console.log('\nRatios');
console.log(`  score / zod validation        ${(scoreUs / zodUs).toFixed(2)}×`);
console.log(`  score / JSON round trip       ${(scoreUs / jsonUs).toFixed(2)}×`);
console.log(
  `  accounts scored per second    ${Math.round(perSecond).toLocaleString('en')} (target ${TARGET_PER_SECOND.toLocaleString('en')}: ${perSecond >= TARGET_PER_SECOND ? 'met' : 'NOT met'}, ${(perSecond / TARGET_PER_SECOND).toFixed(2)}× target)`,
);
if (sink === -1) console.log(sink);
