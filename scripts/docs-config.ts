/** Prints the configuration reference table for docs/operations.md (`npm run -s docs:config`). */
import { configReferenceMarkdown } from '@inspraak/server-config';

process.stdout.write(`${configReferenceMarkdown()}\n`);
