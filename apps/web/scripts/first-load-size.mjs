// Weighs the JavaScript the first screen needs, gzipped: the entry chunk, the
// chunks it imports statically, and the first screen's own lazy chunk (the unit
// tree at /) with its static imports. Fails the build above the budget.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const BUDGET_KB = 300;
const FIRST_SCREEN = 'src/features/units/components/units-page.tsx';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));

const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
if (entries.length !== 1) throw new Error(`expected one entry in the manifest, found ${entries.length}`);
const roots = [entries[0][0]];
if (manifest[FIRST_SCREEN]) roots.push(FIRST_SCREEN);
else throw new Error(`${FIRST_SCREEN} is not a chunk of its own: is the route still lazy?`);

const js = new Set();
const css = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || js.has(chunk.file)) return;
  js.add(chunk.file);
  for (const file of chunk.css ?? []) css.add(file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
roots.forEach(visit);

const gzipKb = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length / 1024;
const rows = [...js].map((file) => ({ file, kb: gzipKb(file) })).sort((a, b) => b.kb - a.kb);
const total = rows.reduce((sum, r) => sum + r.kb, 0);
const cssKb = [...css].reduce((sum, file) => sum + gzipKb(file), 0);

console.log('\nFirst screen (/), JavaScript gzipped:');
for (const r of rows) console.log(`  ${r.kb.toFixed(1).padStart(7)} KB  ${r.file}`);
console.log(
  `  ${total.toFixed(1).padStart(7)} KB  total JS (budget ${BUDGET_KB} KB); CSS ${cssKb.toFixed(1)} KB gzipped`,
);
if (total > BUDGET_KB) {
  console.error(
    `First-screen JavaScript is ${total.toFixed(1)} KB gzipped, over the ${BUDGET_KB} KB budget.`,
  );
  process.exit(1);
}
