import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditResult } from '@inspraak/contracts';
import { AuditService } from '@inspraak/server-audit';
import { Actor } from './access.service';

/** Audit events of trajectories, written in the change's own transaction. */
@Injectable()
export class TrajectoryAudit {
  constructor(private readonly audit: AuditService) {}

  record(
    m: EntityManager,
    actor: Actor | null,
    action: AuditAction,
    trajectoryId: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      {
        actorId: actor?.principal.userId ?? null,
        action,
        result: AuditResult.SUCCESS,
        objectType: 'trajectory',
        objectId: trajectoryId,
        originIp: actor?.origin.ip ?? null,
        details,
      },
      m,
    );
  }
}
