import { randomUUID } from 'node:crypto';
import { mutation, query, Sample } from './challenge-samples';

/**
 * One valid call per feedback-loop operation. Random ids, so callers holding the permission get
 * NOT_FOUND (or null) before any role check of the service: every role reaches the service.
 */
export function feedbackSamples(): Record<string, Sample> {
  const id = () => randomUUID();
  return {
    'Query.feedbackInbox': query(
      'query($t: ID!) { feedbackInbox(filter: { trajectoryId: $t }) { totalCount } }',
      () => ({ t: id() }),
    ),
    'Query.feedbackBoard': query(
      'query($t: ID!) { feedbackBoard(trajectoryId: $t) { edges { node { id } } } }',
      () => ({ t: id() }),
    ),
    'Query.feedbackTemplates': query(
      'query($t: ID!) { feedbackTemplates(trajectoryId: $t) { id } }',
      () => ({ t: id() }),
    ),
    'Query.bulkFeedbackJob': query('query($id: ID!) { bulkFeedbackJob(id: $id) { id } }', () => ({
      id: id(),
    })),
    'Query.feedbackMetrics': query(
      'query($t: ID!) { feedbackMetrics(trajectoryId: $t, groupBy: PHASE) { key } }',
      () => ({ t: id() }),
    ),
    'Query.input': query('query($id: ID!) { input(id: $id) { id } }', () => ({ id: id() })),
    'Mutation.respondToInput': mutation('respondToInput', () => ({
      inputId: id(),
      status: 'UNDER_CONSIDERATION',
      text: 'We kijken ernaar.',
    })),
    'Mutation.mergeInput': mutation('mergeInput', () => ({
      inputId: id(),
      intoId: id(),
      text: 'Zelfde voorstel.',
    })),
    'Mutation.bulkRespond': mutation('bulkRespond', () => ({
      inputIds: [id()],
      status: 'UNDER_CONSIDERATION',
      text: 'We kijken ernaar.',
    })),
    'Mutation.createFeedbackTemplate': () => ({
      query:
        'mutation($input: FeedbackTemplateInput!) { createFeedbackTemplate(input: $input) { id } }',
      variables: {
        input: {
          trajectoryId: id(),
          title: 'Bedankt',
          status: 'UNDER_CONSIDERATION',
          text: 'Bedankt voor {titel}.',
        },
      },
    }),
    'Mutation.updateFeedbackTemplate': () => ({
      query:
        'mutation($id: ID!, $input: FeedbackTemplateInput!) { updateFeedbackTemplate(id: $id, input: $input) { id } }',
      variables: {
        id: id(),
        input: { title: 'Bedankt', status: 'PLANNED', text: 'Ingepland: {titel}.' },
      },
    }),
    'Mutation.deleteFeedbackTemplate': () => ({
      query: 'mutation($id: ID!) { deleteFeedbackTemplate(id: $id) }',
      variables: { id: id() },
    }),
  };
}
