import { randomUUID } from 'node:crypto';

type Sample = () => { query: string; variables?: Record<string, unknown> };

/** One valid call per moderation operation (random ids: allowed callers get typed errors). */
export function moderationSamples(): Record<string, Sample> {
  const decision =
    (op: string): Sample =>
    () => ({
      query: `mutation($input: ModerationDecisionInput!) { ${op}(input: $input) { id } }`,
      variables: { input: { kind: 'idea', contentId: randomUUID() } },
    });
  return {
    'Mutation.reportContent': () => ({
      query: 'mutation($input: ReportContentInput!) { reportContent(input: $input) { kind } }',
      variables: { input: { kind: 'idea', contentId: randomUUID(), reason: 'SPAM' } },
    }),
    'Query.reportedByMe': () => ({
      query: 'query($ids: [ID!]!) { reportedByMe(kind: "idea", contentIds: $ids) }',
      variables: { ids: [randomUUID()] },
    }),
    'Query.moderationQueue': () => ({
      query: '{ moderationQueue(first: 2) { edges { node { id } } } }',
    }),
    'Mutation.hideContent': () => ({
      query: 'mutation($input: HideContentInput!) { hideContent(input: $input) { id } }',
      variables: { input: { kind: 'idea', contentId: randomUUID(), reason: 'Spam' } },
    }),
    'Mutation.restoreContent': decision('restoreContent'),
    'Mutation.dismissReports': decision('dismissReports'),
  };
}
