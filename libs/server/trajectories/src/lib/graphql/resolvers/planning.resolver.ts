import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@inspraak/contracts';
import { Authorize, CurrentUser, Origin, Principal, RequestOrigin } from '@inspraak/server-auth';
import { GraphqlContext } from '@inspraak/server-graphql';
import { PlanningService, RuleFields } from '../../services/planning.service';
import { TeamService } from '../../services/team.service';
import { IdArgs } from '../inputs/trajectory.inputs';
import {
  AddTeamMemberInput,
  CreateDecisionRuleInput,
  RecordDecisionInput,
  SetMandateInput,
  TrajectoryCandidatesArgs,
  UpdateDecisionInput,
  UpdateDecisionRuleInput,
} from '../inputs/planning.inputs';
import { toDecision, toMandate, toRule, toTeamMember } from '../mappers';
import {
  CandidateObject,
  DecisionObject,
  DecisionRuleObject,
  MandateObject,
  TeamMemberObject,
} from '../objects';
import { viewerOf } from '../request-context';

/** Mandate, team, decision rules and decisions: owner, project lead or admin. */
@Resolver()
export class PlanningResolver {
  constructor(
    private readonly planning: PlanningService,
    private readonly team: TeamService,
  ) {}

  @Mutation(() => MandateObject, { description: 'Records or changes the mandate.' })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async setMandate(
    @Args('input') i: SetMandateInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    const m = await this.planning.setMandate({ principal, origin }, i.trajectoryId, {
      budget: i.budget == null ? null : i.budget.toFixed(2),
      deadline: i.deadline ?? null,
      decisionSpace: i.decisionSpace,
      constraints: i.constraints,
    });
    return toMandate(m);
  }

  @Query(() => [CandidateObject], {
    description:
      'People to add to the team or invite as raters, by name or e-mail address (at most 20). ' +
      'Editors of the trajectory only.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  trajectoryCandidates(
    @Args() a: TrajectoryCandidatesArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<CandidateObject[]> {
    return this.team.candidates(viewerOf(principal, ctx), a.trajectoryId, a.search, a.first);
  }

  @Mutation(() => TeamMemberObject)
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async addTeamMember(
    @Args('input') i: AddTeamMemberInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    return toTeamMember(
      await this.team.add({ principal, origin }, i.trajectoryId, i.userId, i.role),
    );
  }

  @Mutation(() => ID, { description: 'Removes a team role (not the owner: change the owner).' })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async removeTeamMember(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    return (await this.team.remove({ principal, origin }, id)).id;
  }

  @Mutation(() => DecisionRuleObject)
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async createDecisionRule(
    @Args('input') i: CreateDecisionRuleInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    const rule = await this.planning.createRule({ principal, origin }, i.trajectoryId, {
      topic: i.topic,
      phase: i.phase,
      decidedBy: i.decidedBy,
      participationLevel: i.participationLevel,
      employeeInvolvement: i.employeeInvolvement,
    });
    return toRule(rule);
  }

  @Mutation(() => DecisionRuleObject, {
    description: 'Changing who decides or the participation level counts as a new agreement.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async updateDecisionRule(
    @Args('input') i: UpdateDecisionRuleInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    const changes: Partial<RuleFields> = {};
    if (i.topic != null) changes.topic = i.topic;
    if (i.phase != null) changes.phase = i.phase;
    if (i.decidedBy != null) changes.decidedBy = i.decidedBy;
    if (i.participationLevel != null) changes.participationLevel = i.participationLevel;
    if (i.employeeInvolvement != null) changes.employeeInvolvement = i.employeeInvolvement;
    return toRule(await this.planning.updateRule({ principal, origin }, i.id, changes));
  }

  @Mutation(() => ID, { description: 'Only rules no decision was taken by.' })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async deleteDecisionRule(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    return (await this.planning.deleteRule({ principal, origin }, id)).id;
  }

  @Mutation(() => DecisionObject, { description: 'Records a decision taken by a rule.' })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async recordDecision(
    @Args('input') i: RecordDecisionInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    const d = await this.planning.recordDecision({ principal, origin }, i.ruleId, {
      outcome: i.outcome,
      rationale: i.rationale,
      inputResponse: i.inputResponse,
      decidedOn: i.decidedOn,
      informingInputIds: i.informingInputIds,
    });
    return toDecision(d);
  }

  @Mutation(() => DecisionObject, {
    description: 'Corrects a recorded decision (audited with the fields that changed).',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async updateDecision(
    @Args('input') i: UpdateDecisionInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    const d = await this.planning.updateDecision({ principal, origin }, i.id, {
      ...(i.outcome != null ? { outcome: i.outcome } : {}),
      ...(i.rationale != null ? { rationale: i.rationale } : {}),
      ...(i.inputResponse != null ? { inputResponse: i.inputResponse } : {}),
      ...(i.decidedOn != null ? { decidedOn: i.decidedOn } : {}),
    });
    return toDecision(d);
  }

  @Mutation(() => ID, {
    description: 'Removes a decision recorded by mistake; the audit log keeps what it said.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async deleteDecision(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    return (await this.planning.deleteDecision({ principal, origin }, id)).id;
  }
}
