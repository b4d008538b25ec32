import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { AuditAction, AuditResult, FeedbackStatus, GlobalRole } from '@inspraak/contracts';
import { AuditService } from '@inspraak/server-audit';
import { ForbiddenError, NotFoundError, ValidationError } from '@inspraak/server-errors';
import { Actor, TrajectoryAccessService, Viewer } from '@inspraak/server-trajectories';
import { FeedbackTemplateEntity } from '../entities/feedback.entities';
import { FeedbackRepository } from '../repositories/feedback.repository';
import { FeedbackTargets, isUuid } from './feedback-targets.service';

export interface TemplateFields {
  trajectoryId: string | null;
  title: string;
  status: FeedbackStatus;
  text: string;
}

/**
 * Response templates: organisation-wide ones (moderators and admins write them) and templates of
 * one trajectory (its owner and project leads, and moderators who see it). Whoever answers
 * inputs reads the organisation's and their trajectories' templates.
 */
@Injectable()
export class FeedbackTemplates {
  constructor(
    private readonly repository: FeedbackRepository,
    private readonly targets: FeedbackTargets,
    private readonly trajectories: TrajectoryAccessService,
    private readonly audit: AuditService,
  ) {}

  async list(viewer: Viewer, trajectoryId: string | null): Promise<FeedbackTemplateEntity[]> {
    await this.assertMayUse(viewer, trajectoryId);
    const m = this.repository.manager;
    return m.find(FeedbackTemplateEntity, {
      where: trajectoryId
        ? [{ trajectoryId: IsNull() }, { trajectoryId }]
        : { trajectoryId: IsNull() },
      order: { title: 'ASC', id: 'ASC' },
    });
  }

  /** A template the viewer may use for inputs of `trajectoryIds` (NOT_FOUND otherwise). */
  async usable(
    viewer: Viewer,
    id: string,
    trajectoryIds: string[],
  ): Promise<FeedbackTemplateEntity> {
    const t = isUuid(id)
      ? await this.repository.manager.findOneBy(FeedbackTemplateEntity, { id })
      : null;
    if (!t) throw new NotFoundError('Template');
    if (t.trajectoryId) {
      await this.assertMayUse(viewer, t.trajectoryId).catch(() => {
        throw new NotFoundError('Template');
      });
      if (trajectoryIds.some((tid) => tid !== t.trajectoryId)) {
        throw new ValidationError([
          {
            field: 'input.templateId',
            code: 'OTHER_TRAJECTORY',
            message: 'This template belongs to another trajectory',
          },
        ]);
      }
    }
    return t;
  }

  async create(actor: Actor, fields: TemplateFields): Promise<FeedbackTemplateEntity> {
    await this.assertMayWrite(actor, fields);
    return this.repository.transaction(async (m) => {
      const result = await m.insert(FeedbackTemplateEntity, {
        trajectoryId: fields.trajectoryId,
        title: fields.title.trim(),
        status: fields.status,
        text: fields.text.trim(),
        createdById: actor.principal.userId,
      });
      const id = (result.identifiers[0] as { id: string }).id;
      await this.record(m, actor, AuditAction.FEEDBACK_TEMPLATE_CREATE, id, fields.trajectoryId);
      return (await m.findOneBy(FeedbackTemplateEntity, { id }))!;
    });
  }

  async update(actor: Actor, id: string, fields: TemplateFields) {
    const before = await this.writable(actor, id);
    await this.assertMayWrite(actor, fields);
    return this.repository.transaction(async (m) => {
      await m.update(
        FeedbackTemplateEntity,
        { id: before.id },
        {
          trajectoryId: fields.trajectoryId,
          title: fields.title.trim(),
          status: fields.status,
          text: fields.text.trim(),
          updatedAt: new Date(),
        },
      );
      await this.record(m, actor, AuditAction.FEEDBACK_TEMPLATE_UPDATE, id, fields.trajectoryId);
      return (await m.findOneBy(FeedbackTemplateEntity, { id }))!;
    });
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    const before = await this.writable(actor, id);
    await this.repository.transaction(async (m) => {
      await m.delete(FeedbackTemplateEntity, { id: before.id });
      await this.record(m, actor, AuditAction.FEEDBACK_TEMPLATE_DELETE, id, before.trajectoryId);
    });
    return true;
  }

  /** The template, if the actor may change it: NOT_FOUND when they cannot see it, else FORBIDDEN. */
  private async writable(actor: Actor, id: string) {
    const viewer = { principal: actor.principal, loaders: null };
    const t = isUuid(id)
      ? await this.repository.manager.findOneBy(FeedbackTemplateEntity, { id })
      : null;
    if (!t) throw new NotFoundError('Template');
    try {
      await this.assertMayUse(viewer, t.trajectoryId);
    } catch {
      throw new NotFoundError('Template');
    }
    await this.assertMayWrite(actor, { trajectoryId: t.trajectoryId });
    return t;
  }

  /** NOT_FOUND for a trajectory the viewer cannot see, FORBIDDEN if they answer nothing there. */
  private async assertMayUse(viewer: Viewer, trajectoryId: string | null) {
    if (trajectoryId) await this.trajectories.assertVisible(viewer, trajectoryId);
    const scope = await this.targets.respondScope(viewer);
    if (trajectoryId && !scope.all && !scope.trajectoryIds.includes(trajectoryId)) {
      throw new ForbiddenError('You do not answer the inputs of this trajectory');
    }
  }

  private async assertMayWrite(
    actor: Actor,
    fields: { trajectoryId: string | null; status?: FeedbackStatus },
  ) {
    const viewer = { principal: actor.principal, loaders: null };
    if (fields.status === FeedbackStatus.RECEIVED || fields.status === FeedbackStatus.MERGED) {
      throw new ValidationError([
        {
          field: 'input.status',
          code: 'NOT_A_RESPONSE',
          message: 'Templates are for responses (not RECEIVED or MERGED)',
        },
      ]);
    }
    const role = actor.principal.role;
    if (!fields.trajectoryId) {
      if (role !== GlobalRole.MODERATOR && role !== GlobalRole.ADMIN) {
        throw new ForbiddenError('Organisation-wide templates are for moderators');
      }
      return;
    }
    await this.assertMayUse(viewer, fields.trajectoryId);
  }

  private record(
    m: EntityManager,
    actor: Actor,
    action: AuditAction,
    id: string,
    trajectoryId: string | null,
  ) {
    return this.audit.record(
      {
        actorId: actor.principal.userId,
        action,
        result: AuditResult.SUCCESS,
        objectType: 'feedback_template',
        objectId: id,
        originIp: actor.origin.ip,
        details: { trajectoryId },
      },
      m,
    );
  }
}
