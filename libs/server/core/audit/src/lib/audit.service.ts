import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditResult } from '@inspraak/contracts';
import { decodeCursor, encodeCursor, toConnection } from '@inspraak/server-graphql';
import { ValidationError } from '@inspraak/server-errors';
import { AuditEventEntity } from './audit-event.entity';
import { AuditRepository } from './audit.repository';

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  result: AuditResult;
  objectType?: string;
  objectId?: string | null;
  originIp?: string | null;
  /** Never passwords, tokens or survey answers. */
  details?: Record<string, unknown>;
}

const FORBIDDEN_DETAIL_KEYS = /password|token|secret|answer|cookie/i;

/** Rows in one export; older events stay available through paging the `auditEvents` query. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/** A cell a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
// Same characters as the import's refusal list (identity csv-file FORMULA_START).
export function neutraliseCsvCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const details = entry.details ?? {};
    const leaked = Object.keys(details).find((k) => FORBIDDEN_DETAIL_KEYS.test(k));
    // A programming error, not user input: fail loudly in tests rather than store a secret.
    if (leaked) throw new Error(`audit details may not carry "${leaked}"`);
    await this.repository.insert(
      {
        actorId: entry.actorId,
        action: entry.action,
        result: entry.result,
        objectType: entry.objectType ?? null,
        objectId: entry.objectId ?? null,
        originIp: entry.originIp ?? null,
        details,
      },
      manager,
    );
  }

  /** CSV (UTF-8 with BOM, for spreadsheets) of the newest events; the export itself is audited. */
  async exportCsv(actorId: string, originIp: string | null, action?: string): Promise<string> {
    const rows = await this.repository.forExport({
      limit: AUDIT_EXPORT_LIMIT,
      ...(action ? { action } : {}),
    });
    const cells = rows.map((e) =>
      [
        e.createdAt.toISOString(),
        e.actorId ?? '',
        e.action,
        e.result,
        e.objectType ?? '',
        e.objectId ?? '',
        e.originIp ?? '',
        JSON.stringify(e.details ?? {}),
      ].map(neutraliseCsvCell),
    );
    await this.record({
      actorId,
      action: AuditAction.AUDIT_EXPORT,
      result: AuditResult.SUCCESS,
      objectType: 'audit_event',
      originIp,
      details: { rows: rows.length, ...(action ? { filter: action } : {}) },
    });
    return `\uFEFF${stringify(cells, {
      header: true,
      columns: [
        'time',
        'actor_id',
        'action',
        'result',
        'object_type',
        'object_id',
        'origin_ip',
        'details',
      ],
    })}`;
  }

  async page(first: number, after: string | undefined, action: string | undefined) {
    const cursor = decodeCursor(after, 2);
    if (cursor && (typeof cursor[0] !== 'string' || typeof cursor[1] !== 'string')) {
      throw new ValidationError([
        { field: 'after', code: 'INVALID_CURSOR', message: 'The cursor is not valid' },
      ]);
    }
    const rows = await this.repository.page({
      limit: first + 1,
      ...(action ? { action } : {}),
      after: cursor ? { createdAt: cursor[0] as string, id: cursor[1] as string } : null,
    });
    return toConnection<AuditEventEntity>(rows, first, (e) =>
      encodeCursor([e.createdAt.toISOString(), e.id]),
    );
  }
}
