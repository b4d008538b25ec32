import { randomUUID } from 'node:crypto';

type Sample = () => { query: string; variables?: Record<string, unknown> };

const mutation =
  (name: string, input: () => Record<string, unknown>, select = '{ id }'): Sample =>
  () => ({
    query: `mutation($input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) ${select} }`,
    variables: { input: input() },
  });
const byId =
  (name: string): Sample =>
  () => ({
    query: `mutation($id: ID!) { ${name}(id: $id) }`,
    variables: { id: randomUUID() },
  });

/** One valid call per trajectory operation for the operation × role matrix. */
export function trajectorySamples(): Record<string, Sample> {
  const id = () => randomUUID();
  return {
    'Query.trajectories': () => ({ query: '{ trajectories(first: 2) { edges { node { id } } } }' }),
    'Query.trajectory': () => ({
      query: 'query($id: ID!) { trajectory(id: $id) { id } }',
      variables: { id: id() },
    }),
    'Query.trajectoryCandidates': () => ({
      query:
        'query($id: ID!) { trajectoryCandidates(trajectoryId: $id, search: "ma") { id name } }',
      variables: { id: id() },
    }),
    'Mutation.createTrajectory': mutation('createTrajectory', () => ({
      title: `Traject ${id()}`,
      problemStatement: 'Probleem',
    })),
    'Mutation.updateTrajectory': mutation('updateTrajectory', () => ({ id: id(), title: 'x' })),
    'Mutation.changePhase': mutation('changePhase', () => ({ id: id(), to: 'GENERATE' })),
    'Mutation.setMandate': mutation(
      'setMandate',
      () => ({ trajectoryId: id(), decisionSpace: 'x' }),
      '{ budget }',
    ),
    'Mutation.addTeamMember': mutation('addTeamMember', () => ({
      trajectoryId: id(),
      userId: id(),
      role: 'EXPERT',
    })),
    'Mutation.removeTeamMember': byId('removeTeamMember'),
    'Mutation.createDecisionRule': mutation('createDecisionRule', () => ({
      trajectoryId: id(),
      topic: 'x',
      phase: 'SELECT',
      decidedBy: 'x',
      participationLevel: 'ADVISE',
    })),
    'Mutation.updateDecisionRule': mutation('updateDecisionRule', () => ({ id: id(), topic: 'x' })),
    'Mutation.deleteDecisionRule': byId('deleteDecisionRule'),
    'Mutation.recordDecision': mutation('recordDecision', () => ({
      ruleId: id(),
      outcome: 'x',
      rationale: 'x',
      decidedOn: '2026-01-01',
    })),
    'Mutation.updateDecision': mutation('updateDecision', () => ({ id: id(), outcome: 'x' })),
    'Mutation.deleteDecision': byId('deleteDecision'),
    'Mutation.createStakeholder': mutation('createStakeholder', () => ({
      trajectoryId: id(),
      name: 'x',
      kind: 'GROUP',
      influence: 3,
      stance: 0,
    })),
    'Mutation.updateStakeholder': mutation('updateStakeholder', () => ({ id: id(), name: 'x' })),
    'Mutation.deleteStakeholder': byId('deleteStakeholder'),
    'Mutation.createSuccessCriterion': mutation('createSuccessCriterion', () => ({
      trajectoryId: id(),
      metric: 'x',
      target: 'x',
      dimension: 'PRODUCTIVITY',
    })),
    'Mutation.updateSuccessCriterion': mutation('updateSuccessCriterion', () => ({
      id: id(),
      target: 'x',
    })),
    'Mutation.deleteSuccessCriterion': byId('deleteSuccessCriterion'),
    'Mutation.recordCriterionResult': mutation('recordCriterionResult', () => ({
      criterionId: id(),
      value: 'x',
      verdict: 'MET',
      measuredOn: '2026-01-01',
    })),
    'Mutation.createSolutionOption': mutation('createSolutionOption', () => ({
      trajectoryId: id(),
      title: 'x',
    })),
    'Mutation.updateSolutionOption': mutation('updateSolutionOption', () => ({
      id: id(),
      title: 'x',
    })),
    'Mutation.deleteSolutionOption': byId('deleteSolutionOption'),
    'Mutation.setOptionEffect': mutation('setOptionEffect', () => ({
      optionId: id(),
      aspect: 'TASKS',
      rating: 1,
      explanation: 'x',
    })),
    'Mutation.addBusinessCaseItem': mutation('addBusinessCaseItem', () => ({
      optionId: id(),
      kind: 'QUALITATIVE',
      description: 'x',
      rating: 1,
    })),
    'Mutation.updateBusinessCaseItem': mutation('updateBusinessCaseItem', () => ({
      id: id(),
      kind: 'QUANTITATIVE',
      description: 'x',
      amount: 10,
    })),
    'Mutation.deleteBusinessCaseItem': byId('deleteBusinessCaseItem'),
    'Mutation.inviteValuator': () => ({
      query: 'mutation($input: ValuationInviteInput!) { inviteValuator(input: $input) }',
      variables: { input: { trajectoryId: id(), userId: id(), stakeholderId: id() } },
    }),
    'Mutation.removeValuator': () => ({
      query: 'mutation($input: ValuationInviteInput!) { removeValuator(input: $input) }',
      variables: { input: { trajectoryId: id(), userId: id(), stakeholderId: id() } },
    }),
    'Mutation.rateOption': mutation('rateOption', () => ({
      optionId: id(),
      stakeholderId: id(),
      score: 3,
    })),
  };
}
