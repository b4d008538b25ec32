import { randomUUID } from 'node:crypto';

export type Sample = () => { query: string; variables?: Record<string, unknown> };

/** A mutation taking `input` of type `<Name>Input`. */
export const mutation =
  (name: string, input: () => Record<string, unknown>, select = '{ id }'): Sample =>
  () => ({
    query: `mutation($input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) ${select} }`,
    variables: { input: input() },
  });
const byId =
  (name: string, select = '{ id }'): Sample =>
  () => ({
    query: `mutation($id: ID!) { ${name}(id: $id) ${select} }`,
    variables: { id: randomUUID() },
  });
export const query =
  (q: string, variables: () => Record<string, unknown> = () => ({})): Sample =>
  () => ({ query: q, variables: variables() });

/** One valid call per challenge and idea operation (random ids: allowed callers get NOT_FOUND). */
export function challengeSamples(): Record<string, Sample> {
  const id = () => randomUUID();
  return {
    'Query.challenges': query(
      'query($t: ID!) { challenges(trajectoryId: $t) { edges { node { id } } } }',
      () => ({ t: id() }),
    ),
    'Query.openChallenges': query('{ openChallenges { edges { node { id } } } }'),
    'Query.challenge': query('query($id: ID!) { challenge(id: $id) { id } }', () => ({ id: id() })),
    'Query.ideas': query(
      'query($c: ID!) { ideas(challengeId: $c) { edges { node { id } } } }',
      () => ({
        c: id(),
      }),
    ),
    'Query.idea': query('query($id: ID!) { idea(id: $id) { id } }', () => ({ id: id() })),
    'Query.similarIdeas': query(
      'query($c: ID!) { similarIdeas(challengeId: $c, text: "handhaving") { id } }',
      () => ({ c: id() }),
    ),
    'Query.ideasAwaitingResponse': query(
      'query($c: ID!) { ideasAwaitingResponse(challengeId: $c) { id } }',
      () => ({ c: id() }),
    ),
    'Query.ideaComments': query(
      'query($i: ID!) { ideaComments(ideaId: $i) { edges { node { id } } } }',
      () => ({ i: id() }),
    ),
    'Mutation.createChallenge': mutation('createChallenge', () => ({
      trajectoryId: id(),
      title: 'Vraag',
      problemStatement: 'Probleem',
    })),
    'Mutation.updateChallenge': mutation('updateChallenge', () => ({ id: id(), title: 'x' })),
    'Mutation.changeChallengeState': mutation('changeChallengeState', () => ({
      id: id(),
      to: 'OPEN',
    })),
    'Mutation.submitIdea': mutation('submitIdea', () => ({
      challengeId: id(),
      title: 'Een goed idee',
      description: 'Uitleg',
      idempotencyKey: id(),
    })),
    'Mutation.updateIdea': mutation('updateIdea', () => ({ id: id(), title: 'Een beter idee' })),
    'Mutation.withdrawIdea': byId('withdrawIdea'),
    'Mutation.supportIdea': byId('supportIdea'),
    'Mutation.withdrawIdeaSupport': byId('withdrawIdeaSupport'),
    'Mutation.followIdea': byId('followIdea'),
    'Mutation.unfollowIdea': byId('unfollowIdea'),
    'Mutation.addComment': mutation('addComment', () => ({ inputId: id(), body: 'Reactie' })),
    'Mutation.updateComment': mutation('updateComment', () => ({ id: id(), body: 'Reactie' })),
    'Mutation.deleteComment': byId('deleteComment', ''),
  };
}
