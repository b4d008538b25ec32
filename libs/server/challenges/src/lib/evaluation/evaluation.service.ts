import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AuditAction,
  AuditResult,
  ChallengeState,
  InputStatus,
  TrajectoryRole,
} from '@inspraak/contracts';
import { AuditService } from '@inspraak/server-audit';
import { ForbiddenError, NotFoundError, ValidationError } from '@inspraak/server-errors';
import { AnonymousAuthorService } from '@inspraak/server-inputs';
import {
  Actor,
  PreconditionError,
  TrajectoryAccessService,
  Viewer,
} from '@inspraak/server-trajectories';
import { ChallengeAccess, ChallengeAccessService } from '../services/challenge-access.service';
import { DecisionRow, EvaluationRepository, EvaluationRow, IdeaRow } from './evaluation.repository';
import { RankedIdea, rankIdeas, ScoringStatus, scoringStatus } from './ranking';

/** What one caller may do in the evaluation of one challenge. */
export interface EvaluationAccess {
  challenge: ChallengeAccess;
  /** A JURY_MEMBER of the challenge's trajectory. */
  isJuror: boolean;
  /** Trajectory owner, project lead or admin: shortlist, winners, invitations. */
  canDecide: boolean;
}

export interface JurorProgress {
  jurorId: string;
  name: string;
  /** Eligible ideas this juror scored on every criterion. */
  scored: number;
  toScore: number;
}

export interface EvaluationOverview {
  access: EvaluationAccess;
  criteria: { id: string; position: number; nameNl: string; nameEn: string; weight: number }[];
  progress: JurorProgress[];
  ranking: (RankedIdea & {
    title: string;
    decision: DecisionRow | null;
    scoredByMe: ScoringStatus;
  })[];
}

export interface WinnerInvitation {
  ideaId: string;
  ideaTitle: string;
  challengeId: string;
  challengeTitle: string;
  trajectoryId: string;
  trajectoryTitle: string;
  role: TrajectoryRole;
  message: string | null;
  invitedAt: Date;
}

const notInReview = () =>
  new PreconditionError(
    [{ code: 'NOT_IN_REVIEW', message: 'The challenge is not being evaluated (state REVIEW)' }],
    'input.ideaId',
  );

/**
 * The jury's evaluation of a challenge. Jurors are the trajectory's team members with the
 * JURY_MEMBER role; they score ideas while the challenge is in REVIEW. The trajectory's editors
 * (owner, project lead, admin) follow the progress and the ranking, shortlist, pick winners and
 * invite a winner's author into the team. The invitation is addressed to the idea, not to a
 * person: the author finds it themselves (for an anonymous idea through the author hash) and
 * accepts it, and only then becomes known, as a new team member — nothing records which idea
 * they came from.
 */
@Injectable()
export class EvaluationService {
  constructor(
    private readonly repository: EvaluationRepository,
    private readonly challenges: ChallengeAccessService,
    private readonly trajectories: TrajectoryAccessService,
    private readonly authors: AnonymousAuthorService,
    private readonly audit: AuditService,
  ) {}

  /** NOT_FOUND unless the challenge is visible; FORBIDDEN unless juror or editor. */
  async access(viewer: Viewer, challengeId: string): Promise<EvaluationAccess> {
    const challenge = await this.challenges.assertVisible(viewer, challengeId);
    const t = await this.trajectories.of(viewer, challenge.trajectoryId);
    const access = {
      challenge,
      isJuror: t.roles.includes(TrajectoryRole.JURY_MEMBER),
      canDecide: challenge.canEdit,
    };
    if (!access.isJuror && !access.canDecide) {
      throw new ForbiddenError('Only the jury and the trajectory editors see the evaluation');
    }
    return access;
  }

  /** Criteria, progress per juror and the weighted ranking of the eligible ideas. */
  async overview(viewer: Viewer, challengeId: string): Promise<EvaluationOverview> {
    const access = await this.access(viewer, challengeId);
    const [criteria, ideas, jurors, scores, decisions, mine] = await Promise.all([
      this.repository.criteria(challengeId),
      this.repository.eligibleIdeas(challengeId),
      this.repository.jurors(access.challenge.trajectoryId),
      this.repository.scores(challengeId),
      this.repository.decisions(challengeId),
      // The caller's own evaluations, for the status of each idea in their list (one read
      // instead of one per idea).
      access.isJuror
        ? this.repository.scoredBy(challengeId, viewer.principal.userId)
        : Promise.resolve(new Map<string, number>()),
    ]);
    // Only the current jury counts: scores of someone no longer on it are left out.
    const jury = new Set(jurors.map((j) => j.id));
    const eligible = new Set(ideas.map((i) => i.id));
    const counted = scores.filter((s) => jury.has(s.jurorId) && eligible.has(s.ideaId));
    const criterionIds = new Set(criteria.map((c) => c.id));
    const perIdeaJuror = new Map<string, number>();
    for (const s of counted) {
      if (!criterionIds.has(s.criterionId)) continue;
      const key = `${s.jurorId}:${s.ideaId}`;
      perIdeaJuror.set(key, (perIdeaJuror.get(key) ?? 0) + 1);
    }
    const progress = jurors.map((j) => {
      const scored = ideas.filter(
        (i) => criteria.length > 0 && perIdeaJuror.get(`${j.id}:${i.id}`) === criteria.length,
      ).length;
      return { jurorId: j.id, name: j.name, scored, toScore: ideas.length - scored };
    });
    const byId = new Map(ideas.map((i) => [i.id, i]));
    const ranking = rankIdeas(
      ideas,
      criteria.map((c) => ({ id: c.id, weight: Number(c.weight) })),
      counted,
    ).map((r) => ({
      ...r,
      title: byId.get(r.ideaId)!.title,
      decision: decisions.get(r.ideaId) ?? null,
      scoredByMe: scoringStatus(mine.get(r.ideaId), criteria.length),
    }));
    return {
      access,
      criteria: criteria.map((c) => ({
        id: c.id,
        position: Number(c.position),
        nameNl: c.name_nl,
        nameEn: c.name_en,
        weight: Number(c.weight),
      })),
      progress,
      ranking,
    };
  }

  /** Editors see every juror's evaluation of the idea; a juror sees their own. */
  async evaluationsOf(viewer: Viewer, ideaId: string): Promise<EvaluationRow[]> {
    const idea = await this.ideaOrNotFound(ideaId);
    const access = await this.access(viewer, idea.challengeId);
    return this.repository.evaluations(ideaId, access.canDecide ? null : viewer.principal.userId);
  }

  /**
   * Creates or updates the caller's evaluation: the given criterion scores (others stay as
   * they were) and, when given, the comment. Jurors only, while the challenge is in REVIEW.
   */
  async score(
    actor: Actor,
    ideaId: string,
    scores: { criterionId: string; score: number }[],
    comment: string | null,
  ): Promise<EvaluationRow> {
    const idea = await this.ideaOrNotFound(ideaId);
    const access = await this.access(
      { principal: actor.principal, loaders: null },
      idea.challengeId,
    );
    if (!access.isJuror)
      throw new ForbiddenError('Only jury members of the trajectory score ideas');
    if (idea.status !== (InputStatus.ACTIVE as string) || idea.hidden) {
      throw new PreconditionError(
        [{ code: 'IDEA_NOT_ELIGIBLE', message: 'Withdrawn or hidden ideas are not evaluated' }],
        'input.ideaId',
      );
    }
    const criteria = new Set((await this.repository.criteria(idea.challengeId)).map((c) => c.id));
    const seen = new Set<string>();
    const problems = scores.flatMap((s, i) => {
      const field = `input.scores.${i}.criterionId`;
      if (!criteria.has(s.criterionId)) {
        return [{ field, code: 'UNKNOWN_CRITERION', message: 'Not a criterion of this challenge' }];
      }
      if (seen.has(s.criterionId)) {
        return [{ field, code: 'DUPLICATE_CRITERION', message: 'A criterion is scored once' }];
      }
      seen.add(s.criterionId);
      return [];
    });
    if (problems.length) throw new ValidationError(problems);
    await this.repository.transaction(async (m) => {
      await this.assertInReview(m, idea.challengeId);
      await this.repository.upsertEvaluation(
        m,
        { challengeId: idea.challengeId, ideaId, jurorId: actor.principal.userId, comment },
        scores,
      );
    });
    return (await this.repository.evaluations(ideaId, actor.principal.userId))[0];
  }

  setShortlisted(actor: Actor, ideaId: string, shortlisted: boolean) {
    return this.decide(actor, ideaId, AuditAction.JURY_SHORTLIST, { shortlisted }, [
      ChallengeState.REVIEW,
    ]);
  }

  /** Taking the winner mark away also withdraws an invitation the author has not accepted. */
  setWinner(actor: Actor, ideaId: string, winner: boolean) {
    return this.decide(
      actor,
      ideaId,
      AuditAction.JURY_WINNER,
      winner ? { winner } : { winner, invitedRole: null, invitationMessage: null, invited: false },
      [ChallengeState.REVIEW],
    );
  }

  /** Invites the author of a winning idea into the trajectory team (in REVIEW or CLOSED). */
  inviteWinner(actor: Actor, ideaId: string, role: TrajectoryRole, message: string | null) {
    if (role === TrajectoryRole.OWNER) {
      throw new ValidationError([
        { field: 'input.role', code: 'OWNER_ROLE', message: 'Nobody is invited as owner' },
      ]);
    }
    return this.decide(
      actor,
      ideaId,
      AuditAction.JURY_WINNER_INVITE,
      { invitedRole: role, invitationMessage: message, invited: true },
      [ChallengeState.REVIEW, ChallengeState.CLOSED],
      (d) => {
        if (!d?.winner) {
          throw new PreconditionError(
            [{ code: 'NOT_A_WINNER', message: 'Only the author of a winning idea is invited' }],
            'input.ideaId',
          );
        }
      },
    );
  }

  /** Winner invitations addressed to ideas the caller wrote (also anonymous ones). */
  async myInvitations(viewer: Viewer): Promise<WinnerInvitation[]> {
    const me = viewer.principal.userId;
    const rows = (await this.repository.invitations()).filter((r) =>
      r.author_id ? r.author_id === me : this.authors.isAuthor(me, r.idea_id, r.author_hash),
    );
    const held = await this.repository.memberRoles(
      me,
      rows.map((r) => r.trajectory_id),
    );
    return rows
      .filter((r) => !held.has(`${r.trajectory_id}:${r.invited_role}`))
      .map((r) => ({
        ideaId: r.idea_id,
        ideaTitle: r.idea_title,
        challengeId: r.challenge_id,
        challengeTitle: r.challenge_title,
        trajectoryId: r.trajectory_id,
        trajectoryTitle: r.trajectory_title,
        role: r.invited_role as TrajectoryRole,
        message: r.invitation_message,
        invitedAt: new Date(r.invited_at),
      }));
  }

  /**
   * The author accepts: they join the team in the invited role. NOT_FOUND for anyone else.
   * The audit entry is the team addition (the new member and the role), without the idea.
   */
  async acceptInvitation(actor: Actor, ideaId: string): Promise<string> {
    const invitation = (
      await this.myInvitations({ principal: actor.principal, loaders: null })
    ).find((i) => i.ideaId === ideaId);
    if (!invitation) throw new NotFoundError('Invitation');
    await this.repository.transaction(async (m) => {
      const added = await this.repository.addMember(
        m,
        invitation.trajectoryId,
        actor.principal.userId,
        invitation.role,
      );
      if (!added) return;
      await this.audit.record(
        {
          actorId: actor.principal.userId,
          action: AuditAction.TRAJECTORY_TEAM_ADD,
          result: AuditResult.SUCCESS,
          objectType: 'trajectory',
          objectId: invitation.trajectoryId,
          originIp: actor.origin.ip,
          details: { userId: actor.principal.userId, role: invitation.role },
        },
        m,
      );
    });
    return invitation.trajectoryId;
  }

  /** The winners of a closed challenge, for everyone who sees it (jury and editors: earlier). */
  async winners(viewer: Viewer, challengeId: string): Promise<{ ideaId: string; title: string }[]> {
    const challenge = await this.challenges.assertVisible(viewer, challengeId);
    if (challenge.state !== ChallengeState.CLOSED) {
      const t = await this.trajectories.of(viewer, challenge.trajectoryId);
      if (!challenge.canEdit && !t.roles.includes(TrajectoryRole.JURY_MEMBER)) return [];
    }
    const [ideas, decisions] = await Promise.all([
      this.repository.eligibleIdeas(challengeId),
      this.repository.decisions(challengeId),
    ]);
    return ideas
      .filter((i) => decisions.get(i.id)?.winner)
      .map((i) => ({ ideaId: i.id, title: i.title }));
  }

  private async decide(
    actor: Actor,
    ideaId: string,
    action: AuditAction,
    fields: Parameters<EvaluationRepository['setDecision']>[3],
    states: ChallengeState[],
    check?: (current: DecisionRow | null) => void,
  ): Promise<DecisionRow> {
    const idea = await this.ideaOrNotFound(ideaId);
    const access = await this.access(
      { principal: actor.principal, loaders: null },
      idea.challengeId,
    );
    if (!access.canDecide) {
      throw new ForbiddenError('The trajectory owner, project lead or an admin decides');
    }
    return this.repository.transaction(async (m) => {
      const state = await this.repository.lockChallengeState(m, idea.challengeId);
      if (!states.includes(state as ChallengeState)) {
        throw new PreconditionError(
          [
            {
              code: states.includes(ChallengeState.CLOSED) ? 'NOT_EVALUATED' : 'NOT_IN_REVIEW',
              message: `Only while the challenge is ${states.join(' or ')}`,
            },
          ],
          'input.ideaId',
        );
      }
      check?.(await this.repository.decision(ideaId, m));
      const decision = await this.repository.setDecision(m, ideaId, idea.challengeId, fields);
      await this.audit.record(
        {
          actorId: actor.principal.userId,
          action,
          result: AuditResult.SUCCESS,
          objectType: 'idea',
          objectId: ideaId,
          originIp: actor.origin.ip,
          details: {
            challengeId: idea.challengeId,
            ...(fields.shortlisted !== undefined ? { shortlisted: fields.shortlisted } : {}),
            ...(fields.winner !== undefined ? { winner: fields.winner } : {}),
            ...(fields.invitedRole ? { role: fields.invitedRole } : {}),
          },
        },
        m,
      );
      return decision;
    });
  }

  private async assertInReview(m: EntityManager, challengeId: string) {
    const state = await this.repository.lockChallengeState(m, challengeId);
    if (state !== (ChallengeState.REVIEW as string)) throw notInReview();
  }

  private async ideaOrNotFound(id: string): Promise<IdeaRow> {
    const idea = await this.repository.idea(id);
    if (!idea) throw new NotFoundError('Idea');
    return idea;
  }
}
