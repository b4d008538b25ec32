// `npm run reset`: wipes the embedded data (PGlite database, dev mailbox, uploads, secret).
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, process.env.DATA_DIR ?? '.data');
rmSync(dir, { recursive: true, force: true });
process.stdout.write(
  `Removed ${dir}. The next \`npm start\` creates and seeds a fresh database.\n`,
);
