import fc from 'fast-check';
import { DEMO_PULSE_TITLE } from '@inspraak/server-pulse';
import { startTestApi, TestApi } from './test-api';
import { errorCode, PulseClient } from './pulse-helpers';

/** Generated input never gets a 500: every refusal of a pulse operation is a typed error. */
describe('pulse operations under generated input', () => {
  let api: TestApi;
  let moderator: PulseClient;
  let employee: PulseClient;
  let surveyId: string;
  let openRoundId: string;
  let closedRoundId: string;

  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', minLength: 480, maxLength: 1200 }),
    fc.constantFrom(
      '',
      ' ',
      '\u0000',
      '\ud800',
      "'; DROP TABLE pulse_response; --",
      '%_\\',
      '<b>x</b>',
    ),
  );
  const anything = fc.oneof(
    text,
    fc.integer(),
    fc.integer({ min: -2, max: 12 }),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.oneof(fc.uuid(), text), { maxLength: 5 }),
  );
  const id = () =>
    fc.oneof(fc.constantFrom(surveyId, openRoundId, closedRoundId), fc.uuid(), anything);
  const questionKey = fc.oneof(
    fc.constantFrom('qow.autonomy', 'qow.comment', 'enps.recommend', 'custom.1'),
    anything,
  );
  const answer = fc.record(
    { questionKey, value: anything, choice: anything, text: anything },
    { requiredKeys: [] },
  );
  const allowed = ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED', 'CONFLICT'];

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true', PULSE_MOVE_DELAY_SECONDS: '600' });
    moderator = await PulseClient.as(api.url, 'moderator@voorbeeld.nl');
    employee = await PulseClient.as(api.url, 'employee@voorbeeld.nl');
    const { pulseSurveys } = await moderator.ok<{
      pulseSurveys: { id: string; title: string; rounds: { id: string; state: string }[] }[];
    }>('{ pulseSurveys { id title rounds { id state } } }');
    const demo = pulseSurveys.find((s) => s.title === DEMO_PULSE_TITLE)!;
    surveyId = demo.id;
    openRoundId = demo.rounds.find((r) => r.state === 'OPEN')!.id;
    closedRoundId = demo.rounds.find((r) => r.state === 'CLOSED')!.id;
  }, 180_000);
  afterAll(() => api.close());

  const call = async (client: PulseClient, query: string, variables: Record<string, unknown>) => {
    const { status, body } = await client.session.gql(query, variables);
    expect(status).toBeLessThan(500);
    if (body.errors) expect(allowed).toContain(errorCode(body));
    return body;
  };

  it('submitPulseResponse', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            roundId: id(),
            answers: fc.oneof(fc.array(answer, { maxLength: 12 }), anything),
            idempotencyKey: fc.oneof(fc.uuid(), anything),
          },
          { requiredKeys: [] },
        ),
        async (input) => {
          const body = await call(
            employee,
            'mutation($input: SubmitPulseResponseInput!) { submitPulseResponse(input: $input) { round { id } } }',
            { input },
          );
          // Only a complete, valid answer gets in; this generator almost never builds one.
          if (!body.errors) expect(input.roundId).toBe(openRoundId);
        },
      ),
      { numRuns: 120 },
    );
  }, 240_000);

  it('survey and round mutations and the result queries', async () => {
    const option = fc.record(
      { label: fc.record({ nl: anything, en: anything }), favourable: anything },
      { requiredKeys: [] },
    );
    const custom = fc.record(
      {
        key: anything,
        type: fc.oneof(
          fc.constantFrom('SCALE_5', 'SCALE_11', 'SINGLE_CHOICE', 'OPEN_TEXT'),
          anything,
        ),
        text: fc.oneof(fc.record({ nl: anything, en: anything }), anything),
        dimension: fc.oneof(fc.record({ nl: anything, en: anything }), anything),
        options: fc.oneof(fc.array(option, { maxLength: 12 }), anything),
      },
      { requiredKeys: [] },
    );
    const settings = {
      title: anything,
      phase: fc.oneof(fc.constantFrom('PREPARE', 'TEST'), anything),
      orgUnitIds: fc.oneof(fc.array(fc.oneof(fc.uuid(), anything), { maxLength: 4 }), anything),
      k: anything,
      kComments: anything,
      recurrenceWeeks: anything,
      roundDays: anything,
      reminders: anything,
      templates: fc.oneof(
        fc.array(fc.constantFrom('QUALITY_OF_WORK', 'ENPS', 'READINESS_FOR_CHANGE', 'X'), {
          maxLength: 5,
        }),
        anything,
      ),
      customQuestions: fc.oneof(fc.array(custom, { maxLength: 6 }), anything),
    };
    const date = fc.oneof(
      fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString())),
      fc.constantFrom('+275760-09-13T00:00:00.000Z', '0001-01-01T00:00:00Z'),
      anything,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({ ...settings, trajectoryId: id(), firstRoundAt: date }, { requiredKeys: [] }),
        fc.record(
          { ...settings, id: id(), archived: anything, nextRoundAt: date },
          { requiredKeys: [] },
        ),
        fc.record({ surveyId: id(), opensAt: date, closesAt: date }, { requiredKeys: [] }),
        fc.record({ r: id(), u: fc.oneof(fc.constant(null), id()) }),
        async (create, update, schedule, results) => {
          await call(
            moderator,
            'mutation($input: CreatePulseSurveyInput!) { createPulseSurvey(input: $input) { id } }',
            { input: create },
          );
          // Never the demo survey itself: its rounds must stay as seeded for the other runs.
          if (update.id !== surveyId) {
            await call(
              moderator,
              'mutation($input: UpdatePulseSurveyInput!) { updatePulseSurvey(input: $input) { id } }',
              { input: update },
            );
          }
          await call(
            employee,
            'mutation($input: SchedulePulseRoundInput!) { schedulePulseRound(input: $input) { id } }',
            { input: schedule },
          );
          for (const client of [moderator, employee]) {
            await call(
              client,
              'query($r: ID!, $u: ID) { pulseResults(roundId: $r, orgUnitId: $u) { released nodes { orgUnitId } } pulseResultsCsv(roundId: $r, orgUnitId: $u) }',
              results,
            );
            await call(
              client,
              'query($s: ID!, $u: ID) { pulseTrend(surveyId: $s, orgUnitId: $u) { surveyId } }',
              {
                s: results.r,
                u: results.u,
              },
            );
            await call(
              client,
              'query($id: ID!) { pulseRound(id: $id) { id } pulseSurvey(id: $id) { id } }',
              {
                id: results.r,
              },
            );
          }
          await call(employee, 'mutation($id: ID!) { closePulseRound(id: $id) { id } }', {
            id: results.r,
          });
        },
      ),
      { numRuns: 60 },
    );
  }, 300_000);
  it('action mutations and the actions of results', async () => {
    const actionIds: string[] = [];
    const actionId = () =>
      fc.oneof(fc.constantFrom(...actionIds, closedRoundId), fc.uuid(), anything);
    // One real action, so updates and follows also reach an existing row.
    const { createPulseAction } = await moderator.ok<{ createPulseAction: { id: string } }>(
      'mutation($input: CreatePulseActionInput!) { createPulseAction(input: $input) { id } }',
      {
        input: {
          roundId: closedRoundId,
          title: 'Een echte actie',
          description: 'Wat we gaan doen.',
        },
      },
    );
    actionIds.push(createPulseAction.id);
    const subject = {
      dimension: fc.oneof(fc.constantFrom('quality-of-work', 'enps'), anything),
      questionKey: fc.oneof(fc.constantFrom('qow.workload', 'enps.recommend'), anything),
    };
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            roundId: id(),
            title: anything,
            description: anything,
            status: fc.oneof(fc.constantFrom('PLANNED', 'DONE', 'MERGED', 'RECEIVED'), anything),
            idempotencyKey: fc.oneof(fc.uuid(), anything),
            ...subject,
          },
          { requiredKeys: [] },
        ),
        fc.record(
          { id: actionId(), title: anything, description: anything, ...subject },
          { requiredKeys: [] },
        ),
        fc.record({ id: actionId(), follow: anything }, { requiredKeys: [] }),
        async (create, update, follow) => {
          for (const client of [moderator, employee]) {
            const created = await call(
              client,
              'mutation($input: CreatePulseActionInput!) { createPulseAction(input: $input) { id } }',
              { input: create },
            );
            const made = (created.data as { createPulseAction?: { id: string } } | null)
              ?.createPulseAction;
            if (made) {
              expect(client).toBe(moderator);
              expect(create.roundId).toBe(closedRoundId);
            }
            await call(
              client,
              'mutation($input: UpdatePulseActionInput!) { updatePulseAction(input: $input) { id } }',
              { input: update },
            );
            await call(
              client,
              'mutation($id: ID!, $follow: Boolean!) { followPulseAction(id: $id, follow: $follow) { id } }',
              follow,
            );
            await call(
              client,
              'query($r: ID!) { pulseResults(roundId: $r) { actions { id feedback { status } } } }',
              { r: follow.id },
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 300_000);
});
