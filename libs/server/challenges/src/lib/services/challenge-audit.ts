import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditResult } from '@inspraak/contracts';
import { AuditService } from '@inspraak/server-audit';
import { Actor } from '@inspraak/server-trajectories';

/**
 * Audit events of challenges and ideas, written in the change's own transaction. `actor` is
 * null for anonymous authoring: then neither the user nor the origin address is stored.
 */
@Injectable()
export class ChallengeAudit {
  constructor(private readonly audit: AuditService) {}

  record(
    m: EntityManager,
    actor: Actor | null,
    action: AuditAction,
    objectType: 'challenge' | 'idea' | 'comment',
    objectId: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      {
        actorId: actor?.principal.userId ?? null,
        action,
        result: AuditResult.SUCCESS,
        objectType,
        objectId,
        originIp: actor?.origin.ip ?? null,
        details,
      },
      m,
    );
  }
}
