import { Injectable } from '@nestjs/common';
import { randomInt, randomUUID } from 'node:crypto';
import {
  AuditAction,
  ChallengeState,
  FeedbackStatus,
  IdeaListState,
  IdeaSort,
  INPUT_LIMITS,
  InputKind,
  InputStatus,
  normaliseTag,
} from '@inspraak/contracts';
import { decodeCursor, encodeCursor, toConnection } from '@inspraak/server-graphql';
import { ForbiddenError, NotFoundError, ValidationError } from '@inspraak/server-errors';
import { FeedbackDeadlines } from '@inspraak/server-feedback';
import { AnonymousAuthorService, InputRepository } from '@inspraak/server-inputs';
import { AttachmentService } from '@inspraak/server-storage';
import { Actor, PreconditionError, Viewer } from '@inspraak/server-trajectories';
import { ChallengeRepository } from '../repositories/challenge.repository';
import {
  IdeaKeyset,
  IdeaListRecord,
  IdeaRecord,
  IdeaRepository,
} from '../repositories/idea.repository';
import { ChallengeAccess, ChallengeAccessService, isUuid } from './challenge-access.service';
import { ChallengeAudit } from './challenge-audit';

/** What one caller may do with one idea. */
export interface IdeaAccess {
  visible: boolean;
  isAuthor: boolean;
  challenge: ChallengeAccess;
}

export interface IdeaFields {
  title: string;
  description: string;
  tags: string[];
  /** Uploaded images; on an edit the full list to keep. */
  attachmentIds: string[];
  /** Text alternatives of attached images (those not named keep theirs). */
  imageDescriptions: { attachmentId: string; description: string }[];
}

/** The attachment owner kind of ideas. */
export const IDEA_ATTACHMENTS = 'idea';

export interface IdeaListArgs {
  first: number;
  after?: string;
  sort: IdeaSort;
  state: IdeaListState;
  tag?: string | null;
  mine: boolean;
}

const invalid = (field: string, code: string, message: string) =>
  new ValidationError([{ field, code, message }]);

const TAG = /^[\p{L}\p{N}][\p{L}\p{N} \-_]*$/u;

/** Challenge.tags lists at most this many tags. */
export const TAG_COUNT_LIMIT = 50;

/** The time in a NEWEST cursor: ISO 8601 in UTC, up to microseconds. */
const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/** Tags normalised (lower case, trimmed, no '#'), unique, checked for length and characters. */
export function normaliseTags(tags: string[], field = 'input.tags'): string[] {
  const out = [...new Set(tags.map(normaliseTag))].filter((t) => t.length > 0);
  if (out.length > INPUT_LIMITS.tags) {
    throw invalid(field, 'TOO_MANY_TAGS', `At most ${INPUT_LIMITS.tags} tags`);
  }
  for (const t of out) {
    if ([...t].length < INPUT_LIMITS.tagMin || [...t].length > INPUT_LIMITS.tag) {
      throw invalid(
        field,
        'TAG_LENGTH',
        `A tag has ${INPUT_LIMITS.tagMin} to ${INPUT_LIMITS.tag} characters`,
      );
    }
    if (!TAG.test(t)) {
      throw invalid(field, 'TAG_CHARACTERS', 'Tags consist of letters, digits, spaces and dashes');
    }
  }
  return out;
}

/** Words of a search text as a Dutch tsquery: any word may match, the last one as a prefix. */
export function toTsquery(text: string): string | null {
  const words = [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [])].slice(0, 12);
  if (!words.length) return null;
  const last = text.trimEnd().toLowerCase().endsWith(words.at(-1)!);
  return words.map((w, i) => (i === words.length - 1 && last ? `${w}:*` : w)).join(' | ');
}

const isUniqueViolation = (e: unknown) =>
  (e as { code?: string; driverError?: { code?: string } }).code === '23505' ||
  (e as { driverError?: { code?: string } }).driverError?.code === '23505';

/**
 * Ideas: submit (idempotent, optionally anonymous), edit while the challenge is open,
 * withdraw, support, follow, lists and similar ideas (responses are the feedback loop's). The author of
 * an anonymous idea is recognised only by recomputing its hash for the caller.
 */
@Injectable()
export class IdeaService {
  constructor(
    private readonly ideas: IdeaRepository,
    private readonly inputs: InputRepository,
    private readonly challenges: ChallengeRepository,
    private readonly access: ChallengeAccessService,
    private readonly anonymous: AnonymousAuthorService,
    private readonly audit: ChallengeAudit,
    private readonly attachments: AttachmentService,
    private readonly deadlines: FeedbackDeadlines,
  ) {}

  /** True when the caller wrote the idea (or comment): by user id, or by the anonymous hash. */
  isAuthor(
    userId: string,
    row: { id: string; authorId: string | null; authorHash: string | null },
  ) {
    return row.authorId
      ? row.authorId === userId
      : this.anonymous.isAuthor(userId, row.id, row.authorHash);
  }

  accessOf(
    viewer: Viewer,
    idea: Pick<IdeaRecord, 'id' | 'authorId' | 'authorHash' | 'status' | 'hidden'>,
    challenge: ChallengeAccess,
  ): IdeaAccess {
    const isAuthor = this.isAuthor(viewer.principal.userId, idea);
    const open = idea.status === (InputStatus.ACTIVE as string) && !idea.hidden;
    return {
      visible: challenge.visible && (open || isAuthor || challenge.canModerate),
      isAuthor,
      challenge,
    };
  }

  /** The idea and the caller's access; NOT_FOUND (like a random id) when it may not be seen. */
  async load(viewer: Viewer, id: string): Promise<{ idea: IdeaRecord; access: IdeaAccess }> {
    const idea = isUuid(id) ? await this.ideas.find(id) : null;
    if (!idea) throw new NotFoundError('Idea');
    const access = this.accessOf(viewer, idea, await this.access.of(viewer, idea.challengeId));
    if (!access.visible) throw new NotFoundError('Idea');
    return { idea, access };
  }

  async submit(
    actor: Actor,
    challengeId: string,
    fields: IdeaFields & { anonymous: boolean; idempotencyKey: string },
  ): Promise<IdeaRecord> {
    const viewer = { principal: actor.principal, loaders: null };
    const challenge = await this.access.assertVisible(viewer, challengeId);
    const userId = actor.principal.userId;
    const idempotencyHash = this.anonymous.idempotencyHash(userId, fields.idempotencyKey);
    const again = await this.inputs.findByIdempotencyHash(idempotencyHash);
    if (again) return this.retried(again.id, challengeId);
    const tags = normaliseTags(fields.tags);
    const id = randomUUID();
    try {
      await this.inputs.transaction(async (m) => {
        this.assertOpen(await this.challenges.stateForShare(m, challengeId), 'CHALLENGE_NOT_OPEN');
        const phase = (await this.challenges.findByIds([challengeId], m))[0].phase;
        await this.inputs.insert(m, {
          id,
          kind: InputKind.IDEA,
          trajectoryId: challenge.trajectoryId,
          phase,
          containerId: challengeId,
          title: fields.title.trim(),
          body: fields.description,
          authorId: fields.anonymous ? null : userId,
          authorHash: fields.anonymous ? this.anonymous.hash(userId, id) : null,
          idempotencyHash,
          randomKey: randomInt(0, 2 ** 31 - 1),
          feedbackDueAt: await this.deadlines.dueAtForNewInput(m, challenge.trajectoryId),
        });
        await this.ideas.insert(m, { inputId: id, challengeId, tags });
        await this.attachments.claim(
          m,
          fields.attachmentIds,
          { kind: IDEA_ATTACHMENTS, id },
          userId,
          { anonymous: fields.anonymous },
        );
        await this.attachments.describe(
          m,
          { kind: IDEA_ATTACHMENTS, id },
          fields.imageDescriptions,
        );
        await this.audit.record(
          m,
          fields.anonymous ? null : actor,
          AuditAction.IDEA_SUBMIT,
          'idea',
          id,
          { challengeId, anonymous: fields.anonymous },
        );
      });
    } catch (e) {
      // The same key submitted twice at once: the second insert lost the race; answer the first.
      if (isUniqueViolation(e)) {
        const first = await this.inputs.findByIdempotencyHash(idempotencyHash);
        if (first) return this.retried(first.id, challengeId);
      }
      throw e;
    }
    return (await this.ideas.find(id))!;
  }

  private async retried(id: string, challengeId: string): Promise<IdeaRecord> {
    const idea = await this.ideas.find(id);
    if (!idea || idea.challengeId !== challengeId) {
      throw invalid(
        'input.idempotencyKey',
        'KEY_REUSED',
        'This idempotency key was used for another idea',
      );
    }
    return idea;
  }

  async update(actor: Actor, id: string, changes: Partial<IdeaFields>): Promise<IdeaRecord> {
    const { idea, access } = await this.load({ principal: actor.principal, loaders: null }, id);
    if (!access.isAuthor) throw new ForbiddenError('Only the author may change an idea');
    const tags = changes.tags ? normaliseTags(changes.tags) : null;
    await this.inputs.transaction(async (m) => {
      this.assertOpen(await this.challenges.stateForShare(m, idea.challengeId), 'EDITING_CLOSED');
      const row = (await this.inputs.lock(m, id))!;
      if (row.status !== (InputStatus.ACTIVE as string)) {
        throw new PreconditionError([
          { code: 'IDEA_WITHDRAWN', message: 'The idea was withdrawn' },
        ]);
      }
      await this.inputs.update(m, id, {
        ...(changes.title !== undefined ? { title: changes.title.trim() } : {}),
        ...(changes.description !== undefined ? { body: changes.description } : {}),
        editedAt: new Date(),
      });
      if (tags) await this.ideas.setTags(m, id, tags);
      if (changes.attachmentIds) {
        const owner = { kind: IDEA_ATTACHMENTS, id };
        await this.attachments.claim(m, changes.attachmentIds, owner, actor.principal.userId, {
          anonymous: idea.authorHash !== null,
        });
        await this.attachments.releaseForOwner(m, owner, changes.attachmentIds);
      }
      if (changes.imageDescriptions?.length) {
        await this.attachments.describe(
          m,
          { kind: IDEA_ATTACHMENTS, id },
          changes.imageDescriptions,
        );
      }
    });
    return (await this.ideas.find(id))!;
  }

  /** The author withdraws the idea (while the challenge is open or in review). */
  async withdraw(actor: Actor, id: string): Promise<IdeaRecord> {
    const { idea, access } = await this.load({ principal: actor.principal, loaders: null }, id);
    if (!access.isAuthor) throw new ForbiddenError('Only the author may withdraw an idea');
    await this.inputs.transaction(async (m) => {
      const state = await this.challenges.stateForShare(m, idea.challengeId);
      if (state !== ChallengeState.OPEN && state !== ChallengeState.REVIEW) {
        throw new PreconditionError([
          { code: 'CHALLENGE_CLOSED', message: 'The challenge is closed' },
        ]);
      }
      const row = (await this.inputs.lock(m, id))!;
      if (row.status === (InputStatus.WITHDRAWN as string)) return;
      await this.inputs.update(m, id, {
        status: InputStatus.WITHDRAWN,
        withdrawnAt: new Date(),
      });
      await this.audit.record(
        m,
        idea.authorHash ? null : actor,
        AuditAction.IDEA_WITHDRAW,
        'idea',
        id,
        { challengeId: idea.challengeId },
      );
    });
    return (await this.ideas.find(id))!;
  }

  /** Support or follow (on) or take it back (off); counts stay exact under concurrency. */
  async toggle(
    actor: Actor,
    id: string,
    what: 'support' | 'follow',
    on: boolean,
  ): Promise<IdeaRecord> {
    const { idea, access } = await this.load({ principal: actor.principal, loaders: null }, id);
    if (what === 'support') {
      const state = access.challenge.state;
      if (state !== ChallengeState.OPEN && state !== ChallengeState.REVIEW) {
        throw new PreconditionError([
          { code: 'CHALLENGE_CLOSED', message: 'Support is closed for this challenge' },
        ]);
      }
      if (idea.status !== (InputStatus.ACTIVE as string) || idea.hidden) {
        throw new PreconditionError([
          { code: 'IDEA_NOT_ACTIVE', message: 'The idea was withdrawn or hidden' },
        ]);
      }
    }
    await this.inputs.transaction(async (m) => {
      // Under the row lock a merge takes too: nobody joins an idea that was merged away.
      if (on && (await this.inputs.feedbackStatusForUpdate(m, id)) === FeedbackStatus.MERGED) {
        throw new PreconditionError([
          { code: 'IDEA_MERGED', message: 'The idea was merged into another one' },
        ]);
      }
      return what === 'support'
        ? this.inputs.setSupport(m, id, actor.principal.userId, on)
        : this.inputs.setFollow(m, id, actor.principal.userId, on);
    });
    return (await this.ideas.find(id))!;
  }

  /**
   * A page of the challenge's list for the viewer, with the viewer's access to the challenge
   * (the cards' viewer fields are computed from it, no further read).
   */
  async list(viewer: Viewer, challengeId: string, args: IdeaListArgs) {
    const challenge = await this.access.assertVisible(viewer, challengeId);
    const tag = args.tag ? normaliseTag(args.tag) : null;
    const userId = viewer.principal.userId;
    const seed = this.anonymous.orderSeed(userId, challengeId);
    const rows = await this.ideas.list({
      challengeId,
      viewerId: userId,
      sort: args.sort,
      limit: args.first + 1,
      state: args.state,
      tag: tag || null,
      onlyIds: args.mine ? await this.mine(userId, challengeId) : null,
      seed,
      after: this.keyset(args.sort, args.after),
    });
    return {
      challenge,
      ...toConnection(rows, args.first, (r) => this.cursor(args.sort, r, seed)),
    };
  }

  /** The caller's own ideas in a challenge: named ones, and anonymous ones by their hash. */
  async mine(userId: string, challengeId: string): Promise<string[]> {
    const named = await this.ideas.namedBy(challengeId, userId);
    const anonymous = (await this.ideas.anonymousIn(challengeId))
      .filter((r) => this.anonymous.isAuthor(userId, r.id, r.authorHash))
      .map((r) => r.id);
    return [...named, ...anonymous];
  }

  async similar(viewer: Viewer, challengeId: string, text: string) {
    await this.access.assertVisible(viewer, challengeId);
    const trimmed = text.trim();
    if (trimmed.length < 3) return [];
    return this.ideas.similar(challengeId, toTsquery(trimmed), trimmed, 5);
  }

  async awaitingResponse(viewer: Viewer, challengeId: string, limit: number) {
    const a = await this.access.assertVisible(viewer, challengeId);
    if (!a.canModerate) throw new ForbiddenError('Only moderators and the trajectory team');
    return this.ideas.awaitingResponse(challengeId, limit);
  }

  findByIds(ids: readonly string[]) {
    return this.ideas.findByIds(ids);
  }

  /** Of `ids`, the ideas the user supports ('support') or follows ('follow'). */
  markedBy(what: 'support' | 'follow', userId: string, ids: readonly string[]) {
    return this.ideas.markedBy(what === 'support' ? 'input_support' : 'input_follow', userId, ids);
  }

  /**
   * The most used tags (at most TAG_COUNT_LIMIT) of the visible ideas of challenges the caller
   * already may see (the parent object was checked).
   */
  tagCounts(challengeIds: readonly string[]) {
    return this.ideas.tagCounts(challengeIds, TAG_COUNT_LIMIT);
  }

  attachmentsOf(ids: readonly string[]) {
    return this.attachments.listForOwners(IDEA_ATTACHMENTS, ids);
  }

  private assertOpen(state: string | null, code: string) {
    if (state !== ChallengeState.OPEN) {
      throw new PreconditionError([
        { code, message: 'The challenge is not open for ideas (or changes to them)' },
      ]);
    }
  }

  /** `seed`: the viewer's offset into the shuffled order of this challenge (RANDOM). */
  private cursor(sort: IdeaSort, r: IdeaListRecord, seed: number): string {
    switch (sort) {
      case IdeaSort.NEWEST:
        // The exact timestamp (microseconds): a JS Date would cut it to milliseconds, and the
        // next page would skip ideas created within the same millisecond.
        return encodeCursor([r.createdKey, r.id]);
      case IdeaSort.MOST_SUPPORTED:
        return encodeCursor([r.supportCount, r.id]);
      case IdeaSort.MOST_DISCUSSED:
        return encodeCursor([r.commentCount, r.id]);
      case IdeaSort.RANDOM:
        return encodeCursor([r.randomKey < seed ? 1 : 0, r.randomKey, r.id]);
    }
  }

  private keyset(sort: IdeaSort, after: string | undefined): IdeaKeyset | null {
    const bad = () => invalid('after', 'INVALID_CURSOR', 'The cursor is not valid');
    if (!after) return null;
    if (sort === IdeaSort.RANDOM) {
      const c = decodeCursor(after, 3);
      if (!c || (c[0] !== 0 && c[0] !== 1) || !Number.isInteger(c[1]) || !isUuid(String(c[2]))) {
        throw bad();
      }
      return { sort, wrapped: c[0] === 1, key: c[1] as number, id: String(c[2]) };
    }
    const c = decodeCursor(after, 2);
    if (!c || !isUuid(String(c[1]))) throw bad();
    if (sort === IdeaSort.NEWEST) {
      // ISO in UTC with up to microseconds, passed to PostgreSQL as written (exact).
      // A day that does not exist (Feb 30) would roll over in JS but fail in PostgreSQL.
      const at = typeof c[0] === 'string' && CURSOR_TIME.test(c[0]) ? c[0] : null;
      if (at === null) throw bad();
      const parsed = new Date(at);
      if (Number.isNaN(parsed.getTime())) throw bad();
      if (parsed.toISOString().slice(0, 19) !== at.slice(0, 19)) throw bad();
      return { sort, createdAt: at, id: String(c[1]) };
    }
    if (!Number.isInteger(c[0]) || (c[0] as number) < 0 || (c[0] as number) > 2 ** 31) throw bad();
    return { sort, count: c[0] as number, id: String(c[1]) };
  }
}
