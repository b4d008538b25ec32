import { randomUUID } from 'node:crypto';

type Sample = () => { query: string; variables?: Record<string, unknown> };

/** One valid call per jury-evaluation operation (random ids: typed errors for allowed callers). */
export function evaluationSamples(): Record<string, Sample> {
  const input =
    (op: string, fields: () => Record<string, unknown>, select: string): Sample =>
    () => ({
      query: `mutation($input: ${op.charAt(0).toUpperCase()}${op.slice(1)}Input!) { ${op}(input: $input) ${select} }`,
      variables: { input: fields() },
    });
  return {
    'Query.challengeEvaluation': () => ({
      query: 'query($id: ID!) { challengeEvaluation(challengeId: $id) { challengeId } }',
      variables: { id: randomUUID() },
    }),
    'Query.ideaEvaluations': () => ({
      query: 'query($id: ID!) { ideaEvaluations(ideaId: $id) { id } }',
      variables: { id: randomUUID() },
    }),
    'Query.myWinnerInvitations': () => ({ query: '{ myWinnerInvitations { ideaId } }' }),
    'Query.challengeWinners': () => ({
      query: 'query($id: ID!) { challengeWinners(challengeId: $id) { ideaId } }',
      variables: { id: randomUUID() },
    }),
    'Mutation.scoreIdea': input(
      'scoreIdea',
      () => ({ ideaId: randomUUID(), scores: [{ criterionId: randomUUID(), score: 3 }] }),
      '{ id }',
    ),
    'Mutation.setIdeaShortlisted': input(
      'setIdeaShortlisted',
      () => ({ ideaId: randomUUID(), shortlisted: true }),
      '{ ideaId }',
    ),
    'Mutation.setIdeaWinner': input(
      'setIdeaWinner',
      () => ({ ideaId: randomUUID(), winner: true }),
      '{ ideaId }',
    ),
    'Mutation.inviteWinner': input('inviteWinner', () => ({ ideaId: randomUUID() }), '{ ideaId }'),
    'Mutation.acceptWinnerInvitation': () => ({
      query: 'mutation($id: ID!) { acceptWinnerInvitation(ideaId: $id) }',
      variables: { id: randomUUID() },
    }),
  };
}
