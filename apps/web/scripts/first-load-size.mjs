// Weighs the JavaScript each first screen needs, gzipped: the entry chunk, the
// chunks it imports statically, and the screen's own lazy chunk with its static
// imports. Two screens can come first: / when signed in (the unit tree, or for a
// district's or commune's user the way to its own plan), the sign-in screen when not. Fails the build when either is above the budget.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const BUDGET_KB = 300;
const FIRST_SCREENS = {
  '/ (signed in)': 'src/routes/home.tsx',
  '/sign-in': 'src/routes/sign-in.tsx',
};

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));

const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
if (entries.length !== 1) throw new Error(`expected one entry in the manifest, found ${entries.length}`);
const entry = entries[0][0];
const gzipKb = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length / 1024;

let failed = false;
for (const [name, screen] of Object.entries(FIRST_SCREENS)) {
  if (!manifest[screen]) throw new Error(`${screen} is not a chunk of its own: is the route still lazy?`);
  const js = new Set();
  const css = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  [entry, screen].forEach(visit);
  const rows = [...js].map((file) => ({ file, kb: gzipKb(file) })).sort((a, b) => b.kb - a.kb);
  const total = rows.reduce((sum, r) => sum + r.kb, 0);
  const cssKb = [...css].reduce((sum, file) => sum + gzipKb(file), 0);
  console.log(`\nFirst screen ${name}, JavaScript gzipped:`);
  for (const r of rows) console.log(`  ${r.kb.toFixed(1).padStart(7)} KB  ${r.file}`);
  console.log(
    `  ${total.toFixed(1).padStart(7)} KB  total JS (budget ${BUDGET_KB} KB); CSS ${cssKb.toFixed(1)} KB gzipped`,
  );
  if (total > BUDGET_KB) {
    console.error(`First screen ${name}: ${total.toFixed(1)} KB gzipped, over the ${BUDGET_KB} KB budget.`);
    failed = true;
  }
}
if (failed) process.exit(1);
