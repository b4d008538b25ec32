import { Inject, Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditResult } from '@inspraak/contracts';
import { AuditService } from '@inspraak/server-audit';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { NotFoundError, ValidationError } from '@inspraak/server-errors';
import { JobQueue } from '@inspraak/server-queue';
import { Actor } from '../org-units/org-unit.service';
import { CsvRow, decodeUtf8, neutraliseCell, parseCsv } from './csv-file';
import {
  ImportKind,
  UNIT_COLUMNS,
  USER_COLUMNS,
  validateUnitRows,
  validateUserRows,
} from './import-rules';
import { displayPaths, planUnits, planUsers } from './import-plan';
import { UnitDirectory } from './unit-paths';
import { ImportProblem, ImportSummary, UserImportEntity } from './user-import.entity';
import { UserImportRepository } from './user-import.repository';

export enum ImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  APPLYING = 'APPLYING',
  /** Dry run without problems: importing this file would do what the summary says. */
  VALIDATED = 'VALIDATED',
  /** The file has problems; nothing was written. */
  INVALID = 'INVALID',
  COMPLETED = 'COMPLETED',
  /** An unexpected error after every attempt; nothing was written. */
  FAILED = 'FAILED',
}

const FINAL = new Set<string>([
  ImportStatus.VALIDATED,
  ImportStatus.INVALID,
  ImportStatus.COMPLETED,
  ImportStatus.FAILED,
]);

/** Stored per import; the count says how many there were in all. */
const MAX_REPORTED_PROBLEMS = 1000;
/** Rows validated between two progress updates. */
const PROGRESS_EVERY = 2000;

export interface StartImport {
  kind: ImportKind;
  csv?: string | null;
  csvBase64?: string | null;
  dryRun: boolean;
}

/** Thrown inside the write transaction when the database changed since validation. */
class ChangedMeanwhile extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super('the data changed while the import was being validated');
  }
}

const byLine = (a: ImportProblem, b: ImportProblem) => a.line - b.line;

/**
 * CSV imports of org units and users: a dry run reports every problem by line; an import writes
 * everything in one transaction or nothing, and running the same file twice changes nothing.
 */
@Injectable()
export class UserImportService {
  constructor(
    private readonly repository: UserImportRepository,
    private readonly queue: JobQueue,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get maxBytes() {
    return this.config.importMaxMb * 1024 * 1024;
  }

  /** Checks the size (before any parsing) and encoding, stores the file and queues the job. */
  async start(actor: Actor, input: StartImport): Promise<UserImportEntity> {
    const hasText = typeof input.csv === 'string';
    const hasBytes = typeof input.csvBase64 === 'string';
    if (hasText === hasBytes) {
      throw new ValidationError([
        { field: 'input.csv', code: 'REQUIRED', message: 'Give the file as csv or csvBase64' },
      ]);
    }
    const size = hasText
      ? Buffer.byteLength(input.csv!, 'utf8')
      : Math.floor((input.csvBase64!.length * 3) / 4);
    if (size > this.maxBytes) {
      const mb = (size / 1024 / 1024).toFixed(1);
      throw new ValidationError(
        [
          {
            field: hasText ? 'input.csv' : 'input.csvBase64',
            code: 'TOO_LARGE',
            message: `The file is ${mb} MB; at most ${this.config.importMaxMb} MB can be imported at once. Split it into smaller files.`,
          },
        ],
        'The file is too large',
      );
    }
    let csv: string;
    if (hasBytes) {
      const decoded = decodeUtf8(Buffer.from(input.csvBase64!, 'base64'));
      if ('problem' in decoded) {
        const id = await this.repository.create({
          kind: input.kind,
          dryRun: input.dryRun,
          createdById: actor.principal.userId,
          csv: null,
          status: ImportStatus.INVALID,
          problems: [decoded.problem],
        });
        await this.repository.update(id, { finishedAt: new Date() });
        return (await this.repository.findById(id))!;
      }
      csv = decoded.text;
    } else csv = input.csv!;
    const id = await this.repository.create({
      kind: input.kind,
      dryRun: input.dryRun,
      createdById: actor.principal.userId,
      csv,
      status: ImportStatus.QUEUED,
      problems: [],
    });
    await this.queue.add('identity.user-import', { importId: id }, { jobId: `user-import.${id}` });
    return (await this.repository.findById(id))!;
  }

  async get(id: string): Promise<UserImportEntity> {
    const found = await this.repository.findById(id);
    if (!found) throw new NotFoundError('Import');
    return found;
  }

  /** The job: validate with progress, then (no problems, not a dry run) write all at once. */
  async run(importId: string): Promise<void> {
    const record = await this.repository.findById(importId);
    if (!record || FINAL.has(record.status) || record.csv === null) return;
    const kind = record.kind as ImportKind;
    const spec = kind === ImportKind.USERS ? USER_COLUMNS : UNIT_COLUMNS;
    const parsed = parseCsv(record.csv, spec, this.config.importMaxRows);
    const total = parsed.rows.length;
    await this.repository.update(importId, {
      status: ImportStatus.RUNNING,
      totalRows: total,
      processedRows: 0,
    });
    const problems = [...parsed.problems];
    let summary: ImportSummary;
    if (kind === ImportKind.USERS) {
      const plan = await this.validateUsers(importId, record, parsed.rows, problems);
      summary = plan.summary;
    } else {
      const plan = await this.validateUnits(importId, parsed.rows, problems);
      summary = plan.summary;
    }
    if (problems.length) {
      await this.report(record, ImportStatus.INVALID, problems, null, total);
      return;
    }
    if (record.dryRun) {
      await this.report(record, ImportStatus.VALIDATED, [], summary, total);
      return;
    }
    await this.repository.update(importId, { status: ImportStatus.APPLYING, processedRows: total });
    try {
      summary = await this.repository.writing((m) =>
        kind === ImportKind.USERS
          ? this.applyUsers(m, record, parsed.rows)
          : this.applyUnits(m, record, parsed.rows),
      );
    } catch (e) {
      if (!(e instanceof ChangedMeanwhile)) throw e;
      await this.report(record, ImportStatus.INVALID, e.problems, null, total);
      return;
    }
    await this.repository.finish(importId, ImportStatus.COMPLETED, [], summary, total);
  }

  /** After the last attempt: the transaction rolled back, so nothing was written. */
  async fail(importId: string): Promise<void> {
    const record = await this.repository.findById(importId);
    if (!record || FINAL.has(record.status)) return;
    await this.report(
      record,
      ImportStatus.FAILED,
      [
        {
          line: 0,
          column: null,
          code: 'INTERNAL',
          message: 'The import failed unexpectedly; nothing was written. Try again later.',
        },
      ],
      null,
    );
  }

  /** Users as CSV in the import's format; cells a spreadsheet would run are neutralised. */
  async exportUsers(actor: Actor): Promise<string> {
    const [users, units] = await Promise.all([
      this.repository.exportUsers(),
      this.repository.units(),
    ]);
    const paths = displayPaths(units);
    const rows = users.map((u) =>
      [
        u.email,
        u.name,
        u.primary_org_unit_id ? (paths.get(u.primary_org_unit_id) ?? '') : '',
        u.role,
        u.locale,
      ].map(neutraliseCell),
    );
    await this.audit.record({
      actorId: actor.principal.userId,
      action: AuditAction.USER_EXPORT,
      result: AuditResult.SUCCESS,
      objectType: 'user',
      originIp: actor.origin.ip,
      details: { rows: rows.length },
    });
    // The BOM makes spreadsheet programs read the file as UTF-8.
    return `\uFEFF${stringify(rows, { header: true, columns: ['email', 'name', 'unit', 'role', 'locale'] })}`;
  }

  private async validateUsers(
    importId: string,
    record: UserImportEntity,
    rows: CsvRow[],
    problems: ImportProblem[],
  ) {
    const directory = new UnitDirectory(await this.repository.units());
    const valid = [];
    const seen = new Map<string, number>();
    for (let i = 0; i < rows.length; i += PROGRESS_EVERY) {
      const part = validateUserRows(rows.slice(i, i + PROGRESS_EVERY), directory, seen);
      valid.push(...part.valid);
      problems.push(...part.problems);
      await this.repository.update(importId, {
        processedRows: Math.min(rows.length, i + PROGRESS_EVERY),
      });
    }
    const existing = await this.repository.usersByEmail(valid.map((r) => r.email));
    const plan = planUsers(valid, existing, record.createdById);
    problems.push(...plan.problems);
    return plan;
  }

  private async validateUnits(importId: string, rows: CsvRow[], problems: ImportProblem[]) {
    const { valid, problems: rowProblems } = validateUnitRows(rows);
    problems.push(...rowProblems);
    await this.repository.update(importId, { processedRows: rows.length });
    return planUnits(valid, await this.repository.units());
  }

  /** Inside the transaction: re-reads what validation relied on, then writes set-based. */
  private async applyUsers(m: EntityManager, record: UserImportEntity, rows: CsvRow[]) {
    const directory = new UnitDirectory(await this.repository.units(m));
    const { valid, problems } = validateUserRows(rows, directory);
    const existing = await this.repository.usersByEmail(
      valid.map((r) => r.email),
      m,
    );
    const plan = planUsers(valid, existing, record.createdById);
    if (problems.length || plan.problems.length) {
      throw new ChangedMeanwhile([...problems, ...plan.problems]);
    }
    await this.repository.insertUsers(m, plan.inserts);
    await this.repository.updateUsers(m, plan.updates);
    for (const change of plan.roleChanges) {
      await this.audit.record(
        {
          actorId: record.createdById,
          action: AuditAction.USER_ROLE_CHANGE,
          result: AuditResult.SUCCESS,
          objectType: 'user',
          objectId: change.id,
          details: { from: change.from, to: change.to, importId: record.id },
        },
        m,
      );
    }
    await this.recordImport(m, record, AuditResult.SUCCESS, { ...plan.summary });
    return plan.summary;
  }

  private async applyUnits(m: EntityManager, record: UserImportEntity, rows: CsvRow[]) {
    const { valid, problems } = validateUnitRows(rows);
    if (problems.length) throw new ChangedMeanwhile(problems);
    const plan = planUnits(valid, await this.repository.units(m));
    await this.repository.insertUnits(m, plan.creates);
    await this.recordImport(m, record, AuditResult.SUCCESS, { ...plan.summary });
    return plan.summary;
  }

  private async report(
    record: UserImportEntity,
    status: ImportStatus,
    problems: ImportProblem[],
    summary: ImportSummary | null,
    processed?: number,
  ) {
    const sorted = [...problems].sort(byLine);
    const kept = sorted.slice(0, MAX_REPORTED_PROBLEMS);
    if (sorted.length > kept.length) {
      kept.push({
        line: kept[kept.length - 1].line,
        column: null,
        code: 'MORE_PROBLEMS',
        message: `${sorted.length - kept.length} more problems are not shown; fix these first`,
      });
    }
    await this.repository.finish(record.id, status, kept, summary, processed);
    if (!record.dryRun) {
      await this.recordImport(undefined, record, AuditResult.FAILURE, {
        status,
        problems: problems.length,
      });
    }
  }

  private recordImport(
    m: EntityManager | undefined,
    record: UserImportEntity,
    result: AuditResult,
    details: Record<string, unknown>,
  ) {
    return this.audit.record(
      {
        actorId: record.createdById,
        action: AuditAction.USER_IMPORT,
        result,
        objectType: 'user_import',
        objectId: record.id,
        details: { kind: record.kind, ...details },
      },
      m,
    );
  }
}
