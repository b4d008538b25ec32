import { Injectable } from '@nestjs/common';
import { AuditAction, AuditResult, FEEDBACK_LIMITS, FeedbackStatus } from '@inspraak/contracts';
import { AuditService } from '@inspraak/server-audit';
import { ForbiddenError, NotFoundError, ValidationError } from '@inspraak/server-errors';
import { JobQueue } from '@inspraak/server-queue';
import { Actor, Viewer } from '@inspraak/server-trajectories';
import { FeedbackBulkItemEntity, FeedbackBulkJobEntity } from '../entities/feedback.entities';
import { FeedbackRepository } from '../repositories/feedback.repository';
import { BulkProcessor, bulkJobId } from './bulk-processor';
import { FeedbackTargets, isUuid } from './feedback-targets.service';
import { FeedbackTemplates } from './feedback-templates.service';

export interface BulkRequest {
  inputIds: string[];
  status: FeedbackStatus;
  text?: string | null;
  templateId?: string | null;
}

const invalid = (field: string, code: string, message: string) =>
  new ValidationError([{ field, code, message }]);

/**
 * Bulk answering: one status and text (or a template's) for many inputs. Access is checked for
 * every input when the job is started (all or nothing: NOT_FOUND if one cannot be seen,
 * FORBIDDEN if one may not be answered); up to 25 inputs are answered at once, more by the
 * `feedback.bulk-respond` job. Each answered input notifies its own people.
 */
@Injectable()
export class FeedbackBulk {
  constructor(
    private readonly repository: FeedbackRepository,
    private readonly targets: FeedbackTargets,
    private readonly templates: FeedbackTemplates,
    private readonly processor: BulkProcessor,
    private readonly queue: JobQueue,
    private readonly audit: AuditService,
  ) {}

  async start(actor: Actor, request: BulkRequest): Promise<FeedbackBulkJobEntity> {
    const viewer: Viewer = { principal: actor.principal, loaders: null };
    const ids = [...new Set(request.inputIds)];
    if (request.status === FeedbackStatus.RECEIVED || request.status === FeedbackStatus.MERGED) {
      throw invalid(
        'input.status',
        'NOT_A_RESPONSE',
        'Answer with a status after RECEIVED (no merges)',
      );
    }
    const text = request.text?.trim() || null;
    if (!text === !request.templateId) {
      throw invalid('input.text', 'TEXT_OR_TEMPLATE', 'Give a text or a template (one of them)');
    }
    const rows = await this.repository.findInputs(ids.filter(isUuid));
    const access = await this.targets.accessOf(viewer, rows);
    if (rows.length !== ids.length || rows.some((r) => !access.get(r.id)?.visible)) {
      throw new NotFoundError('Input');
    }
    if (rows.some((r) => !access.get(r.id)?.canRespond)) {
      throw new ForbiddenError('Only moderators and the trajectory team answer inputs');
    }
    const body = request.templateId
      ? (
          await this.templates.usable(viewer, request.templateId, [
            ...new Set(rows.map((r) => r.trajectoryId)),
          ])
        ).text
      : text!;
    const job = await this.repository.transaction(async (m) => {
      const inserted = await m.insert(FeedbackBulkJobEntity, {
        actorId: actor.principal.userId,
        originIp: actor.origin.ip,
        state: 'QUEUED',
        status: request.status,
        text: body,
        templateId: request.templateId ?? null,
        total: ids.length,
      });
      const jobId = (inserted.identifiers[0] as { id: string }).id;
      await m.insert(
        FeedbackBulkItemEntity,
        ids.map((inputId, position) => ({ jobId, inputId, position })),
      );
      await this.audit.record(
        {
          actorId: actor.principal.userId,
          action: AuditAction.FEEDBACK_BULK_START,
          result: AuditResult.SUCCESS,
          objectType: 'feedback_bulk_job',
          objectId: jobId,
          originIp: actor.origin.ip,
          details: { inputs: ids.length, status: request.status },
        },
        m,
      );
      return jobId;
    });
    if (ids.length <= FEEDBACK_LIMITS.bulkInline) {
      await this.processor.run(job);
    } else {
      await this.queue.add('feedback.bulk-respond', { jobId: job }, { jobId: bulkJobId(job) });
    }
    return (await this.repository.manager.findOneBy(FeedbackBulkJobEntity, { id: job }))!;
  }

  /** The caller's own bulk job (null for any other id). */
  async get(viewer: Viewer, id: string): Promise<FeedbackBulkJobEntity | null> {
    if (!isUuid(id)) return null;
    return this.repository.manager.findOneBy(FeedbackBulkJobEntity, {
      id,
      actorId: viewer.principal.userId,
    });
  }
}
