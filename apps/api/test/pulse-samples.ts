import { randomUUID } from 'node:crypto';

type Sample = () => { query: string; variables?: Record<string, unknown> };

const query =
  (q: string, variables: () => Record<string, unknown> = () => ({})): Sample =>
  () => ({ query: q, variables: variables() });

/** One valid call per pulse operation (random ids: allowed callers get NOT_FOUND or FORBIDDEN). */
export function pulseSamples(): Record<string, Sample> {
  const id = () => randomUUID();
  return {
    'Query.pulseTemplates': query('{ pulseTemplates { key } }'),
    'Query.pulseSurveys': query('{ pulseSurveys { id } }'),
    'Query.pulseSurvey': query('query($id: ID!) { pulseSurvey(id: $id) { id } }', () => ({
      id: id(),
    })),
    'Query.myPulseRounds': query('{ myPulseRounds { id } }'),
    'Query.pulseRound': query('query($id: ID!) { pulseRound(id: $id) { id } }', () => ({
      id: id(),
    })),
    'Query.pulseResults': query(
      'query($r: ID!) { pulseResults(roundId: $r) { released } }',
      () => ({ r: id() }),
    ),
    'Query.pulseResultsCsv': query('query($r: ID!) { pulseResultsCsv(roundId: $r) }', () => ({
      r: id(),
    })),
    'Query.pulseTrend': query('query($s: ID!) { pulseTrend(surveyId: $s) { surveyId } }', () => ({
      s: id(),
    })),
    'Mutation.createPulseSurvey': query(
      'mutation($input: CreatePulseSurveyInput!) { createPulseSurvey(input: $input) { id } }',
      () => ({ input: { title: 'Puls', templates: ['ENPS'], trajectoryId: id() } }),
    ),
    'Mutation.updatePulseSurvey': query(
      'mutation($input: UpdatePulseSurveyInput!) { updatePulseSurvey(input: $input) { id } }',
      () => ({ input: { id: id(), title: 'Puls' } }),
    ),
    'Mutation.schedulePulseRound': query(
      'mutation($input: SchedulePulseRoundInput!) { schedulePulseRound(input: $input) { id } }',
      () => ({ input: { surveyId: id(), closesAt: '2030-01-01T00:00:00Z' } }),
    ),
    'Mutation.closePulseRound': query(
      'mutation($id: ID!) { closePulseRound(id: $id) { id } }',
      () => ({ id: id() }),
    ),
    'Mutation.submitPulseResponse': query(
      'mutation($input: SubmitPulseResponseInput!) { submitPulseResponse(input: $input) { round { id } } }',
      () => ({
        input: {
          roundId: id(),
          idempotencyKey: id(),
          answers: [{ questionKey: 'enps.recommend', value: 8 }],
        },
      }),
    ),
    'Mutation.createPulseAction': query(
      'mutation($input: CreatePulseActionInput!) { createPulseAction(input: $input) { id } }',
      () => ({
        input: { roundId: id(), title: 'Vaste planning', description: 'Wat we gaan doen.' },
      }),
    ),
    'Mutation.updatePulseAction': query(
      'mutation($input: UpdatePulseActionInput!) { updatePulseAction(input: $input) { id } }',
      () => ({ input: { id: id(), title: 'Vaste planning' } }),
    ),
    'Mutation.followPulseAction': query(
      'mutation($id: ID!) { followPulseAction(id: $id, follow: true) { id } }',
      () => ({ id: id() }),
    ),
  };
}
