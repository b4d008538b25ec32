import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ChallengeState, Permission, TrajectoryRole } from '@inspraak/contracts';
import { Authorize, CurrentUser, Origin, Principal, RequestOrigin } from '@inspraak/server-auth';
import { GraphqlContext } from '@inspraak/server-graphql';
import { viewerOf } from '../graphql/request-context';
import { DecisionRow, EvaluationRow } from './evaluation.repository';
import { EvaluationService } from './evaluation.service';
import {
  ChallengeIdArgs,
  IdeaIdArgs,
  InviteWinnerInput,
  ScoreIdeaInput,
  SetIdeaShortlistedInput,
  SetIdeaWinnerInput,
} from './evaluation.inputs';
import {
  ChallengeEvaluationObject,
  ChallengeWinnerObject,
  IdeaEvaluationObject,
  IdeaJuryDecisionObject,
  WinnerInvitationObject,
} from './evaluation.objects';

const toDecision = (d: DecisionRow): IdeaJuryDecisionObject => ({
  ideaId: d.ideaId,
  shortlisted: d.shortlisted,
  winner: d.winner,
  invitedRole: d.invitedRole as TrajectoryRole | null,
  invitedAt: d.invitedAt,
});

const toEvaluation = (e: EvaluationRow): IdeaEvaluationObject => ({ ...e });

/** The jury's evaluation of challenges (C2): scores, progress, ranking, winners, invitations. */
@Resolver()
export class EvaluationResolver {
  constructor(private readonly service: EvaluationService) {}

  @Query(() => ChallengeEvaluationObject, {
    description:
      'Criteria, progress per jury member and the weighted ranking. Jury members (trajectory ' +
      'role JURY_MEMBER) and trajectory editors; FORBIDDEN for others who see the challenge.',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  async challengeEvaluation(
    @Args() { challengeId }: ChallengeIdArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<ChallengeEvaluationObject> {
    const o = await this.service.overview(viewerOf(principal, ctx), challengeId);
    return {
      challengeId,
      canScore: o.access.isJuror && o.access.challenge.state === ChallengeState.REVIEW,
      canDecide: o.access.canDecide,
      criteria: o.criteria,
      progress: o.progress,
      ranking: o.ranking.map((r) => ({
        ideaId: r.ideaId,
        title: r.title,
        rank: r.rank,
        score: r.score,
        jurorCount: r.jurorCount,
        criterionAverages: r.criterionAverages,
        shortlisted: r.decision?.shortlisted ?? false,
        winner: r.decision?.winner ?? false,
        invitedRole: (r.decision?.invitedRole as TrajectoryRole | null) ?? null,
        scoredByMe: r.scoredByMe,
      })),
    };
  }

  @Query(() => [IdeaEvaluationObject], {
    description: "Editors see every jury member's evaluation of the idea; a jury member their own.",
  })
  @Authorize(Permission.TRAJECTORY_READ)
  async ideaEvaluations(
    @Args() { ideaId }: IdeaIdArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<IdeaEvaluationObject[]> {
    return (await this.service.evaluationsOf(viewerOf(principal, ctx), ideaId)).map(toEvaluation);
  }

  @Query(() => [WinnerInvitationObject], {
    description: 'Invitations to join a trajectory team for ideas you wrote (anonymous ones too).',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  myWinnerInvitations(
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<WinnerInvitationObject[]> {
    return this.service.myInvitations(viewerOf(principal, ctx));
  }

  @Query(() => [ChallengeWinnerObject], {
    description: 'Winning ideas of a closed challenge (jury and editors: also during review).',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  challengeWinners(
    @Args() { challengeId }: ChallengeIdArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<ChallengeWinnerObject[]> {
    return this.service.winners(viewerOf(principal, ctx), challengeId);
  }

  @Mutation(() => IdeaEvaluationObject, {
    description:
      "Sets the caller's scores (1..5 per criterion) and comment on an idea; jury members of the " +
      'trajectory only, while the challenge is in REVIEW (PRECONDITION_FAILED otherwise).',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async scoreIdea(
    @Args('input') input: ScoreIdeaInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<IdeaEvaluationObject> {
    return toEvaluation(
      await this.service.score(
        { principal, origin },
        input.ideaId,
        input.scores.map((s) => ({ criterionId: s.criterionId, score: s.score })),
        input.comment == null ? null : input.comment.trim(),
      ),
    );
  }

  @Mutation(() => IdeaJuryDecisionObject, {
    description: 'Puts an idea on or off the shortlist (trajectory editors, in REVIEW).',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async setIdeaShortlisted(
    @Args('input') input: SetIdeaShortlistedInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<IdeaJuryDecisionObject> {
    return toDecision(
      await this.service.setShortlisted({ principal, origin }, input.ideaId, input.shortlisted),
    );
  }

  @Mutation(() => IdeaJuryDecisionObject, {
    description:
      'Marks an idea as a winner or not (trajectory editors, in REVIEW); unmarking withdraws ' +
      'an invitation.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async setIdeaWinner(
    @Args('input') input: SetIdeaWinnerInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<IdeaJuryDecisionObject> {
    return toDecision(
      await this.service.setWinner({ principal, origin }, input.ideaId, input.winner),
    );
  }

  @Mutation(() => IdeaJuryDecisionObject, {
    description:
      "Invites a winning idea's author into the trajectory team (editors, in REVIEW or CLOSED). " +
      'The invitation goes to the idea: its author (also an anonymous one) sees it in ' +
      'myWinnerInvitations and accepts it; nobody learns who it is unless they accept.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async inviteWinner(
    @Args('input') input: InviteWinnerInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<IdeaJuryDecisionObject> {
    return toDecision(
      await this.service.inviteWinner(
        { principal, origin },
        input.ideaId,
        input.role,
        input.message?.trim() || null,
      ),
    );
  }

  @Mutation(() => ID, {
    description:
      'The author accepts the invitation of their winning idea and joins the team; returns the ' +
      'trajectory id. NOT_FOUND for anyone else.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  acceptWinnerInvitation(
    @Args() { ideaId }: IdeaIdArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<string> {
    return this.service.acceptInvitation({ principal, origin }, ideaId);
  }
}
