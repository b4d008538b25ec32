#!/usr/bin/env node
// Sums the gzip size of the JavaScript a browser loads before the first page renders: the entry
// chunk from index.html plus everything it imports statically (Vite's modulepreloads). Lazy
// page chunks are excluded. Fails above the budget from docs (quality target: 200 KB gzip).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1024;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const distDir = resolve(repoRoot, process.argv[2] ?? 'dist/apps/web');

const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error('No entry chunk in the Vite manifest; was the app built?');

const initial = new Set();
(function collect(key) {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const imported of chunk.imports ?? []) collect(imported);
})(entryKey);

// Cross-check with index.html: every script and modulepreload there must be counted.
const html = readFileSync(join(distDir, 'index.html'), 'utf8');
for (const match of html.matchAll(
  /<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g,
)) {
  initial.add(match[1]);
}

let total = 0;
const rows = [...initial].map((file) => {
  const gzip = gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
  total += gzip;
  return { file, gzip };
});
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
for (const { file, gzip } of rows.sort((a, b) => b.gzip - a.gzip)) {
  console.log(`  ${kb(gzip).padStart(9)}  ${file}`);
}
console.log(`Initial JavaScript: ${kb(total)} gzip (budget ${kb(BUDGET_BYTES)})`);
if (total > BUDGET_BYTES) {
  console.error('Over budget: split more code into lazy chunks.');
  process.exit(1);
}
