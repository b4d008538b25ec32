import { Injectable } from '@nestjs/common';
import {
  AVAILABLE_FEEDBACK_LINK_KINDS,
  FeedbackLinkKind,
  FeedbackStatus,
} from '@inspraak/contracts';
import { ForbiddenError, ValidationError } from '@inspraak/server-errors';
import { FeedbackLinkValue } from '@inspraak/server-inputs';
import { Actor, Viewer } from '@inspraak/server-trajectories';
import { InputSummaryObject } from '../graphql/objects';
import { FeedbackInputRow } from '../repositories/feedback-input.row';
import { FeedbackRepository } from '../repositories/feedback.repository';
import { FeedbackWriter } from './feedback-writer';
import { FeedbackTargets, toSummary } from './feedback-targets.service';

export interface LinkRequest {
  kind: FeedbackLinkKind;
  targetId?: string | null;
  url?: string | null;
}

export interface RespondRequest {
  inputId: string;
  status: FeedbackStatus;
  text?: string | null;
  links?: LinkRequest[] | null;
  idempotencyKey?: string | null;
}

const invalid = (field: string, code: string, message: string) =>
  new ValidationError([{ field, code, message }]);

/** The web path of a decision in its trajectory's workspace. */
export const decisionPath = (trajectoryId: string, decisionId: string) =>
  `/trajecten/${trajectoryId}/besluitregels#item-${decisionId}`;

function safeUrl(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Responding to inputs and merging duplicates, for the people who may answer them. */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly targets: FeedbackTargets,
    private readonly writer: FeedbackWriter,
    private readonly repository: FeedbackRepository,
  ) {}

  async respond(actor: Actor, request: RespondRequest): Promise<InputSummaryObject> {
    const viewer: Viewer = { principal: actor.principal, loaders: null };
    const { row, access } = await this.targets.loadToRespond(viewer, request.inputId);
    if (request.status === FeedbackStatus.RECEIVED) {
      throw invalid('input.status', 'NOT_A_RESPONSE', 'RECEIVED is where every input starts');
    }
    if (request.status === FeedbackStatus.MERGED) {
      throw invalid('input.status', 'USE_MERGE', 'Merge inputs with mergeInput');
    }
    const links = await this.resolveLinks(row, request.links);
    await this.writer.respond(
      { userId: actor.principal.userId, ip: actor.origin.ip },
      {
        inputId: row.id,
        status: request.status,
        text: request.text ?? null,
        links,
        idempotencyKey: request.idempotencyKey ?? null,
      },
    );
    return toSummary((await this.repository.findInput(row.id))!, access);
  }

  /** Merges a duplicate into the surviving input (both answerable by the actor); returns it. */
  async merge(
    actor: Actor,
    inputId: string,
    intoId: string,
    text: string,
  ): Promise<InputSummaryObject> {
    const viewer: Viewer = { principal: actor.principal, loaders: null };
    await this.targets.loadToRespond(viewer, inputId);
    const into = await this.targets.load(viewer, intoId);
    if (!into.access.canRespond) {
      throw new ForbiddenError('Only moderators and the trajectory team merge inputs');
    }
    await this.writer.merge(
      { userId: actor.principal.userId, ip: actor.origin.ip },
      inputId,
      intoId,
      text.trim(),
    );
    return toSummary((await this.repository.findInput(intoId))!, into.access);
  }

  async input(viewer: Viewer, id: string): Promise<InputSummaryObject> {
    const { row, access } = await this.targets.load(viewer, id);
    return toSummary(row, access);
  }

  /**
   * Links as stored: a DECISION must be a decision of the input's trajectory (its outcome is the
   * title), a URL must be http(s). PROTOTYPE_VERSION and ACTION come with later capabilities.
   */
  async resolveLinks(
    row: FeedbackInputRow,
    links: LinkRequest[] | null | undefined,
  ): Promise<FeedbackLinkValue[] | null> {
    if (links == null) return null;
    const decisionIds = links.flatMap((l) =>
      l.kind === FeedbackLinkKind.DECISION && l.targetId ? [l.targetId] : [],
    );
    const decisions = await this.repository.decisions(row.trajectoryId, decisionIds);
    const out: FeedbackLinkValue[] = [];
    const seen = new Set<string>();
    for (const [index, link] of links.entries()) {
      const field = `input.links.${index}`;
      if (!AVAILABLE_FEEDBACK_LINK_KINDS.includes(link.kind)) {
        throw invalid(`${field}.kind`, 'NOT_AVAILABLE', `${link.kind} links are not available yet`);
      }
      let value: FeedbackLinkValue;
      if (link.kind === FeedbackLinkKind.DECISION) {
        const outcome = link.targetId ? decisions.get(link.targetId) : undefined;
        if (!link.targetId) throw invalid(`${field}.targetId`, 'REQUIRED', 'Name the decision');
        if (outcome === undefined) {
          throw invalid(
            `${field}.targetId`,
            'UNKNOWN_DECISION',
            'Not a decision of this input’s trajectory',
          );
        }
        value = {
          kind: link.kind,
          targetId: link.targetId,
          url: null,
          title: outcome,
          path: decisionPath(row.trajectoryId, link.targetId),
        };
      } else {
        const url = link.url ? safeUrl(link.url) : null;
        if (!url) throw invalid(`${field}.url`, 'INVALID_URL', 'Give an http(s) address');
        value = { kind: link.kind, targetId: null, url, title: url, path: null };
      }
      const key = `${value.kind}:${value.targetId ?? value.url}`;
      if (!seen.has(key)) out.push(value);
      seen.add(key);
    }
    return out;
  }
}
