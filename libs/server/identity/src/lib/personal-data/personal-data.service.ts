import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditResult } from '@inspraak/contracts';
import { AuditService, PersonalDataRegistry } from '@inspraak/server-audit';
import { NotFoundError, ValidationError } from '@inspraak/server-errors';
import { Actor } from '../org-units/org-unit.service';
import { UserEntity } from '../users/user.entity';

/** The export's format name; a new version when a section changes shape incompatibly. */
export const PERSONAL_DATA_FORMAT = 'inspraak.personal-data/v1';

export interface PersonalDataDocument {
  format: string;
  generatedAt: string;
  requestedBy: 'self' | 'administrator';
  userId: string;
  sections: Record<string, unknown>;
  notIncluded: string[];
}

export interface ErasureResult {
  user: UserEntity;
  /** What was removed or unlinked, by section and kind. */
  counts: { section: string; kind: string; count: number }[];
}

const NOT_INCLUDED_ALWAYS = [
  'Pulse survey answers: they are stored without any link to a person and cannot be found.',
  'Mail texts: they are deleted once a mail is sent; only the subject and status are kept for 30 days.',
];
const NOT_INCLUDED_FOR_ADMIN = [
  'Anonymous ideas and comments: only the person can find them, signed in, through their own key.',
  'Pulse participation: who took part in a round is shown to nobody but the person.',
];

const invalid = (field: string, code: string, message: string) =>
  new ValidationError([{ field, code, message }]);

/**
 * Personal data export and erasure (C11) across every module that registered a source. Erasure
 * keeps contributions but removes the link to the person: the account row stays as an empty
 * shell (no name, address or sign-in), so support counts, jury scores and the audit log stay
 * consistent without naming anyone.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The person's data; `actor` is the person (self) or an administrator. Audited. */
  async export(actor: Actor, userId: string): Promise<PersonalDataDocument> {
    const self = actor.principal.userId === userId;
    const user = await this.dataSource.manager.findOneBy(UserEntity, { id: userId });
    if (!user) throw new NotFoundError('User');
    const subject = { userId, email: user.email };
    const sections: Record<string, unknown> = {};
    for (const source of this.registry.all()) {
      sections[source.section] = await source.export(subject, { self });
    }
    await this.audit.record({
      actorId: actor.principal.userId,
      action: AuditAction.PERSONAL_DATA_EXPORT,
      result: AuditResult.SUCCESS,
      objectType: 'user',
      objectId: userId,
      originIp: actor.origin.ip,
      details: { self },
    });
    return {
      format: PERSONAL_DATA_FORMAT,
      generatedAt: new Date().toISOString(),
      requestedBy: self ? 'self' : 'administrator',
      userId,
      sections,
      notIncluded: self ? NOT_INCLUDED_ALWAYS : [...NOT_INCLUDED_ALWAYS, ...NOT_INCLUDED_FOR_ADMIN],
    };
  }

  /**
   * Erases a person in one transaction: every source removes its records or the link to the
   * person, then the account becomes an empty shell. `confirmEmail` must be the account's
   * address (an irreversible action is confirmed by naming it); what the person owned goes to
   * `newOwnerId`. Audited with counts only.
   */
  async erase(
    actor: Actor,
    userId: string,
    opts: { confirmEmail: string; newOwnerId: string | null },
  ): Promise<ErasureResult> {
    if (userId === actor.principal.userId) {
      throw invalid('input.userId', 'OWN_ACCOUNT', 'You cannot erase your own account');
    }
    if (opts.newOwnerId === userId) {
      throw invalid('input.newOwnerId', 'SAME_USER', 'The new owner must be someone else');
    }
    const counts = await this.dataSource.transaction(async (m) => {
      const user = await m.findOne(UserEntity, {
        where: { id: userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw new NotFoundError('User');
      if (user.erasedAt) {
        throw invalid('input.userId', 'ALREADY_ERASED', 'This person was already erased');
      }
      if (opts.confirmEmail.trim().toLowerCase() !== user.email) {
        throw invalid(
          'input.confirmEmail',
          'CONFIRMATION_MISMATCH',
          'Type the e-mail address of the person to confirm the erasure',
        );
      }
      if (opts.newOwnerId) {
        const owner = await m.findOneBy(UserEntity, { id: opts.newOwnerId });
        if (!owner || owner.deactivatedAt || owner.erasedAt) {
          throw invalid(
            'input.newOwnerId',
            'UNKNOWN_USER',
            'The new owner does not exist or is deactivated',
          );
        }
      }
      const subject = { userId, email: user.email };
      const found: ErasureResult['counts'] = [];
      for (const source of this.registry.forErasure()) {
        const done = await source.erase({
          manager: m,
          subject,
          actor: actor.principal,
          newOwnerId: opts.newOwnerId,
          origin: actor.origin,
        });
        for (const [kind, count] of Object.entries(done)) {
          found.push({ section: source.section, kind, count });
        }
      }
      await this.audit.record(
        {
          actorId: actor.principal.userId,
          action: AuditAction.USER_ERASE,
          result: AuditResult.SUCCESS,
          objectType: 'user',
          objectId: userId,
          originIp: actor.origin.ip,
          details: {
            newOwnerId: opts.newOwnerId,
            counts: Object.fromEntries(found.map((c) => [`${c.section}.${c.kind}`, c.count])),
          },
        },
        m,
      );
      return found;
    });
    const user = (await this.dataSource.manager.findOneBy(UserEntity, { id: userId }))!;
    return { user, counts };
  }
}
