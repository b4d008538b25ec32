import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditResult } from '@inspraak/contracts';
import { AuditService } from '@inspraak/server-audit';

/** Who did it: a signed-in owner (user and request origin), or null for the schedule. */
export interface PulseAuditActor {
  userId: string;
  ip: string | null;
}

/**
 * Audit events of survey management (docs/pulse.md, "Audit"), written in the change's own
 * transaction where there is one. Details are ids, counts, states and the names of changed
 * fields — never answers, comments, who answered or anything about a respondent. Answering
 * itself is never audited.
 */
@Injectable()
export class PulseAudit {
  constructor(private readonly audit: AuditService) {}

  record(
    actor: PulseAuditActor | null,
    action: AuditAction,
    objectType: 'pulse_survey' | 'pulse_round' | 'pulse_action',
    objectId: string,
    details: Record<string, unknown>,
    m?: EntityManager,
  ): Promise<void> {
    return this.audit.record(
      {
        actorId: actor?.userId ?? null,
        action,
        result: AuditResult.SUCCESS,
        objectType,
        objectId,
        originIp: actor?.ip ?? null,
        details,
      },
      m,
    );
  }
}
