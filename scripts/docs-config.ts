/**
 * The configuration reference for docs/operations.md: `npm run -s docs:config` prints the table,
 * `npm run docs:config -- --write` replaces it between the config markers in the doc.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configReferenceMarkdown } from '@inspraak/server-config';

const table = configReferenceMarkdown();
if (process.argv.includes('--write')) {
  const file = join(__dirname, '../docs/operations.md');
  const doc = readFileSync(file, 'utf8');
  const updated = doc.replace(
    /<!-- config:start -->\n[\s\S]*?\n<!-- config:end -->/,
    `<!-- config:start -->\n${table}\n<!-- config:end -->`,
  );
  writeFileSync(file, updated);
  process.stdout.write('Updated the configuration reference in docs/operations.md\n');
} else {
  process.stdout.write(`${table}\n`);
}
