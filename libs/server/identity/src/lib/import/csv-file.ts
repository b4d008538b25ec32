import { parse } from 'csv-parse/sync';
import { ImportProblem } from './user-import.entity';
import { neutraliseCsvCell } from '@inspraak/server-audit';

/** A data row of a CSV file: its cells by column name and the line it ends on (1 = header). */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

export interface CsvColumns {
  required: string[];
  optional: string[];
  /** Other header names (Dutch, common variants) for a column, lower-case. */
  aliases: Record<string, string>;
}

export interface ParsedCsv {
  rows: CsvRow[];
  /** Problems that concern the file as a whole or one line (header, encoding, quoting). */
  problems: ImportProblem[];
  columns: string[];
}

/**
 * A cell a spreadsheet would run as a formula (CSV injection, OWASP): `=`, `+`, `-`, `@`, and a
 * leading tab or carriage return.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a cell for export: a leading `'` makes spreadsheets show it as text. */
/** Export side: the audit log export and the user export neutralise formulas the same way. */
export const neutraliseCell = neutraliseCsvCell;

/**
 * Decodes an uploaded file strictly as UTF-8 (a leading BOM is dropped). Returns the text, or the
 * line of the first byte that is not UTF-8 (a file saved as ANSI/Windows-1252 or UTF-16).
 */
export function decodeUtf8(bytes: Buffer): { text: string } | { problem: ImportProblem } {
  const encodingProblem = (line: number, detail: string): { problem: ImportProblem } => ({
    problem: {
      line,
      column: null,
      code: 'ENCODING',
      message: `The file is not UTF-8 (${detail}). Save it as "CSV UTF-8" and try again.`,
    },
  });
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    bytes.subarray(0, 200).includes(0)
  ) {
    return encodingProblem(1, 'it looks like UTF-16');
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const at = loose.indexOf('\uFFFD');
    const line = at < 0 ? 1 : loose.slice(0, at).split('\n').length;
    return encodingProblem(line, `line ${line} has characters in another encoding`);
  }
}

/** `;` (Dutch Excel), `,` or tab, whichever the header line has most of outside quotes. */
export function detectDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const header = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

/**
 * Parses CSV text with a header line into rows keyed by canonical column names. Structural
 * problems (unknown or missing columns, wrong number of cells, broken quoting, characters that
 * are not UTF-8) are reported by line; rows are validated by the caller.
 */
export function parseCsv(input: string, spec: CsvColumns, maxRows: number): ParsedCsv {
  const problems: ImportProblem[] = [];
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.includes('\u0000')) {
    problems.push({
      line: 1,
      column: null,
      code: 'ENCODING',
      message:
        'The file is not UTF-8 (it looks like UTF-16). Save it as "CSV UTF-8" and try again.',
    });
    return { rows: [], problems, columns: [] };
  }
  let records: { record: string[]; line: number }[];
  try {
    // on_record turns each record into { record, line }; the typings only know arrays.
    const parseWithLines = parse as unknown as (
      input: string,
      options: Record<string, unknown>,
    ) => { record: string[]; line: number }[];
    records = parseWithLines(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      to: maxRows + 2,
      on_record: (record: string[], ctx: { lines: number }) => ({ record, line: ctx.lines }),
    });
  } catch (e) {
    const err = e as { lines?: number; message?: string };
    problems.push({
      line: err.lines ?? 1,
      column: null,
      code: 'CSV_SYNTAX',
      message: `The file is not valid CSV here: ${(err.message ?? 'parse error').replace(/^Invalid \w+:\s*/, '')}`,
    });
    return { rows: [], problems, columns: [] };
  }
  const [header, ...data] = records;
  if (!header) {
    problems.push({ line: 1, column: null, code: 'EMPTY', message: 'The file is empty' });
    return { rows: [], problems, columns: [] };
  }
  if (data.length > maxRows) {
    problems.push({
      line: data[maxRows].line,
      column: null,
      code: 'TOO_MANY_ROWS',
      message: `The file has more than ${maxRows} rows; split it into smaller files`,
    });
    return { rows: [], problems, columns: [] };
  }
  const known = [...spec.required, ...spec.optional];
  const columns = header.record.map((h) => {
    const key = h.trim().toLowerCase();
    return spec.aliases[key] ?? key;
  });
  columns.forEach((c, i) => {
    if (!known.includes(c)) {
      problems.push({
        line: header.line,
        column: header.record[i] || `#${i + 1}`,
        code: 'UNKNOWN_COLUMN',
        message: `Unknown column "${header.record[i]}"; the columns are: ${known.join(', ')}`,
      });
    } else if (columns.indexOf(c) !== i) {
      problems.push({
        line: header.line,
        column: c,
        code: 'DUPLICATE_COLUMN',
        message: `The column "${c}" appears twice`,
      });
    }
  });
  for (const c of spec.required) {
    if (!columns.includes(c)) {
      problems.push({
        line: header.line,
        column: c,
        code: 'MISSING_COLUMN',
        message: `The column "${c}" is missing (required: ${spec.required.join(', ')})`,
      });
    }
  }
  // With the header wrong, every row would repeat it: report the header only.
  if (problems.length) return { rows: [], problems, columns };
  const rows: CsvRow[] = [];
  for (const { record, line } of data) {
    if (record.every((v) => v === '')) continue;
    if (record.length !== columns.length) {
      problems.push({
        line,
        column: null,
        code: 'COLUMN_COUNT',
        message: `This line has ${record.length} cells; the header has ${columns.length}`,
      });
      continue;
    }
    const cells: Record<string, string> = {};
    columns.forEach((c, i) => {
      if (known.includes(c)) cells[c] = record[i];
    });
    for (const [c, v] of Object.entries(cells)) {
      if (v.includes('\uFFFD')) {
        problems.push({
          line,
          column: c,
          code: 'ENCODING',
          message: 'This cell has characters that are not UTF-8; save the file as "CSV UTF-8"',
        });
      } else if (FORMULA_START.test(v)) {
        problems.push({
          line,
          column: c,
          code: 'FORMULA',
          message: `The cell starts with "${v[0] === '\t' ? 'tab' : v[0]}", which spreadsheets run as a formula; remove it`,
        });
      }
    }
    rows.push({ line, cells });
  }
  return { rows, problems, columns };
}
