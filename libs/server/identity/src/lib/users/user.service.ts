import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditResult, GlobalRole, Locale } from '@inspraak/contracts';
import { AuditService } from '@inspraak/server-audit';
import { decodeCursor, encodeCursor, toConnection } from '@inspraak/server-graphql';
import { ConflictError, NotFoundError, ValidationError } from '@inspraak/server-errors';
import { checkPassword, PASSWORD_MESSAGES } from '../auth/password.policy';
import { PasswordHasher } from '../auth/password.hasher';
import { SessionRepository } from '../auth/session.repository';
import { Actor, OrgUnitService } from '../org-units/org-unit.service';
import { UserEntity } from './user.entity';
import { UserRepository } from './user.repository';

export interface UserFields {
  name: string;
  email: string;
  primaryOrgUnitId: string | null;
  locale: Locale;
  role: GlobalRole;
  managedOrgUnitIds: string[];
}

const normaliseEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class UserService {
  constructor(
    private readonly repository: UserRepository,
    private readonly orgUnits: OrgUnitService,
    private readonly sessions: SessionRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  findById(id: string) {
    return this.repository.findById(id);
  }

  managedOrgUnitIds(userIds: readonly string[]) {
    return this.repository.managedOrgUnitIds(userIds);
  }

  async page(
    first: number,
    after: string | undefined,
    search: string | undefined,
    activeOnly = false,
  ) {
    const cursor = decodeCursor(after, 2);
    const rows = await this.repository.page({
      limit: first + 1,
      activeOnly,
      ...(search?.trim() ? { search: search.trim() } : {}),
      after: cursor ? { name: String(cursor[0]), id: String(cursor[1]) } : null,
    });
    return toConnection<UserEntity>(rows, first, (u) => encodeCursor([u.name.toLowerCase(), u.id]));
  }

  async create(actor: Actor, fields: UserFields, password?: string): Promise<UserEntity> {
    const email = normaliseEmail(fields.email);
    if (password !== undefined) this.assertPassword(password, email, 'input.password');
    const passwordHash = password !== undefined ? await this.hasher.hash(password) : null;
    return this.writing(async (m) => {
      await this.assertUnits(fields, m);
      if (await this.repository.findByEmail(email, m)) throw this.emailTaken();
      const user = await this.repository.insert(m, {
        name: fields.name.trim(),
        email,
        primaryOrgUnitId: fields.primaryOrgUnitId,
        locale: fields.locale,
        role: fields.role,
        passwordHash,
      });
      await this.repository.replaceManagerScopes(m, user.id, fields.managedOrgUnitIds);
      await this.record(m, actor, AuditAction.USER_CREATE, user.id, {
        role: user.role,
        managedOrgUnitIds: fields.managedOrgUnitIds,
      });
      return user;
    });
  }

  async update(actor: Actor, id: string, changes: Partial<UserFields>): Promise<UserEntity> {
    const user = await this.writing(async (m) => {
      const before = await this.repository.findById(id, m);
      if (!before) throw new NotFoundError('User');
      if (before.erasedAt) {
        // An erased account is an empty shell; giving it a name or address again would tie the
        // contributions it still holds to someone.
        throw new ValidationError([
          {
            field: 'id',
            code: 'ERASED',
            message: 'This person was erased; the account cannot change',
          },
        ]);
      }
      const roleChanged =
        changes.role !== undefined && changes.role !== (before.role as GlobalRole);
      if (roleChanged && id === actor.principal.userId) {
        throw new ValidationError([
          { field: 'input.role', code: 'OWN_ROLE', message: 'You cannot change your own role' },
        ]);
      }
      await this.assertUnits(changes, m);
      const email = changes.email !== undefined ? normaliseEmail(changes.email) : undefined;
      if (email && email !== before.email && (await this.repository.findByEmail(email, m))) {
        throw this.emailTaken();
      }
      await this.repository.update(m, id, {
        ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
        ...(email !== undefined ? { email } : {}),
        ...(changes.primaryOrgUnitId !== undefined
          ? { primaryOrgUnitId: changes.primaryOrgUnitId }
          : {}),
        ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
        ...(changes.role !== undefined ? { role: changes.role } : {}),
      });
      if (changes.managedOrgUnitIds) {
        await this.repository.replaceManagerScopes(m, id, changes.managedOrgUnitIds);
      }
      const changed = Object.keys(changes).filter((k) => k !== 'role');
      if (changed.length) {
        await this.record(m, actor, AuditAction.USER_UPDATE, id, { fields: changed });
      }
      if (roleChanged) {
        await this.record(m, actor, AuditAction.USER_ROLE_CHANGE, id, {
          from: before.role,
          to: changes.role,
        });
      }
      return (await this.repository.findById(id, m))!;
    });
    return user;
  }

  /** Deactivates the account and ends all its sessions at once. */
  async deactivate(actor: Actor, id: string): Promise<UserEntity> {
    if (id === actor.principal.userId) {
      throw new ValidationError([
        { field: 'id', code: 'OWN_ACCOUNT', message: 'You cannot deactivate your own account' },
      ]);
    }
    const user = await this.writing(async (m) => {
      const before = await this.repository.findById(id, m);
      if (!before) throw new NotFoundError('User');
      if (before.deactivatedAt) return before;
      await this.repository.update(m, id, { deactivatedAt: new Date() });
      await this.record(m, actor, AuditAction.USER_DEACTIVATE, id, {});
      return (await this.repository.findById(id, m))!;
    });
    // After the commit (never wait on a second connection inside a transaction).
    await this.sessions.deleteForUser(id);
    return user;
  }

  assertPassword(password: string, email: string, field: string) {
    const problem = checkPassword(password, email);
    if (problem) {
      throw new ValidationError([{ field, code: problem, message: PASSWORD_MESSAGES[problem] }]);
    }
  }

  private async assertUnits(fields: Partial<UserFields>, m: EntityManager) {
    if (fields.primaryOrgUnitId) {
      await this.orgUnits.assertActiveUnits([fields.primaryOrgUnitId], 'input.primaryOrgUnitId', m);
    }
    if (fields.managedOrgUnitIds?.length) {
      await this.orgUnits.assertActiveUnits(fields.managedOrgUnitIds, 'input.managedOrgUnitIds', m);
    }
  }

  /** A transaction that turns a lost race on the unique e-mail index into a CONFLICT. */
  private async writing<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.repository.transaction(work);
    } catch (e) {
      const err = e as { code?: string; driverError?: { code?: string } };
      if ((err.code ?? err.driverError?.code) === '23505') throw this.emailTaken();
      throw e;
    }
  }

  private emailTaken() {
    return new ConflictError('Another account already uses this e-mail address');
  }

  private record(
    m: EntityManager,
    actor: Actor,
    action: AuditAction,
    id: string,
    details: Record<string, unknown>,
  ) {
    return this.audit.record(
      {
        actorId: actor.principal.userId,
        action,
        result: AuditResult.SUCCESS,
        objectType: 'user',
        objectId: id,
        originIp: actor.origin.ip,
        details,
      },
      m,
    );
  }
}
