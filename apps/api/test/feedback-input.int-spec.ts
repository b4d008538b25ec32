import fc from 'fast-check';
import { ChallengeClient } from './challenge-helpers';
import { expectTyped, fuzzAnything, fuzzText } from './fuzz-values';
import { startTestApi, TestApi } from './test-api';

/** Generated input to every feedback operation never gets a 500: refusals are typed errors. */
describe('feedback operations under generated input', () => {
  let api: TestApi;
  let mod: ChallengeClient;
  let eva: ChallengeClient;
  let trajectoryId: string;
  let ideaIds: string[];

  const text = fuzzText({ min: 3990, max: 4100 }, [
    '{titel}{title}{titel}',
    'javascript:alert(1)',
    'https://intranet.voorbeeld.nl/x',
  ]);
  const anything = fuzzAnything(text);
  const status = fc.oneof(
    fc.constantFrom(
      'RECEIVED',
      'UNDER_CONSIDERATION',
      'PLANNED',
      'IN_PROGRESS',
      'DONE',
      'NOT_ADOPTED',
      'MERGED',
    ),
    anything,
  );
  const id = () => fc.oneof(fc.constantFrom(...ideaIds, trajectoryId), fc.uuid(), anything);

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    mod = await ChallengeClient.as(api.url, 'moderator@voorbeeld.nl');
    eva = await ChallengeClient.as(api.url, 'employee@voorbeeld.nl');
    trajectoryId = (await mod.trajectory()).id;
    const challengeId = await mod.challenge(trajectoryId);
    ideaIds = [];
    for (let i = 0; i < 4; i++) ideaIds.push((await eva.submitOk(challengeId)).id);
  }, 180_000); // start-up with the demo seed on a shared, busy machine
  afterAll(() => api.close());

  const call = expectTyped;

  it('respondToInput, mergeInput and bulkRespond', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            inputId: id(),
            status,
            text: anything,
            idempotencyKey: fc.oneof(fc.uuid(), anything),
            links: fc.oneof(
              fc.array(
                fc.record(
                  {
                    kind: fc.oneof(
                      fc.constantFrom('DECISION', 'URL', 'ACTION', 'PROTOTYPE_VERSION'),
                      anything,
                    ),
                    targetId: id(),
                    url: anything,
                  },
                  { requiredKeys: [] },
                ),
                { maxLength: 12 },
              ),
              anything,
            ),
          },
          { requiredKeys: [] },
        ),
        fc.record({ inputId: id(), intoId: id(), text: anything }, { requiredKeys: [] }),
        fc.record(
          {
            inputIds: fc.oneof(fc.array(id(), { maxLength: 30 }), anything),
            status,
            text: anything,
            templateId: id(),
          },
          { requiredKeys: [] },
        ),
        fc.constantFrom(mod, eva),
        async (respond, merge, bulk, who) => {
          await call(
            who,
            'mutation($input: RespondToInputInput!) { respondToInput(input: $input) { id } }',
            { input: respond },
          );
          await call(
            who,
            'mutation($input: MergeInputInput!) { mergeInput(input: $input) { id } }',
            {
              input: merge,
            },
          );
          await call(
            who,
            'mutation($input: BulkRespondInput!) { bulkRespond(input: $input) { id } }',
            { input: bulk },
          );
        },
      ),
      { numRuns: 60 },
    );
  }, 240_000);

  it('templates, inbox, board, metrics and input arguments', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { trajectoryId: id(), title: anything, status, text: anything },
          { requiredKeys: [] },
        ),
        fc.record(
          {
            trajectoryId: id(),
            overdueOnly: anything,
            statuses: fc.oneof(fc.array(status, { maxLength: 9 }), anything),
            kind: fc.oneof(fc.constantFrom('IDEA', 'ROAST'), anything),
            phase: fc.oneof(fc.constantFrom('GENERATE', 'TEST'), anything),
            unansweredOnly: anything,
            search: anything,
          },
          { requiredKeys: [] },
        ),
        fc.record(
          {
            first: fc.oneof(fc.integer({ min: -5, max: 150 }), anything),
            after: fc.oneof(
              fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')),
              anything,
            ),
            groupBy: fc.oneof(fc.constantFrom('TRAJECTORY', 'PHASE', 'ORG_UNIT'), anything),
            id: id(),
          },
          { requiredKeys: [] },
        ),
        fc.constantFrom(mod, eva),
        async (template, filter, args, who) => {
          await call(
            who,
            'mutation($input: FeedbackTemplateInput!) { createFeedbackTemplate(input: $input) { id } }',
            { input: template },
          );
          await call(
            who,
            'mutation($id: ID!, $input: FeedbackTemplateInput!) { updateFeedbackTemplate(id: $id, input: $input) { id } }',
            { id: args.id, input: template },
          );
          await call(who, 'mutation($id: ID!) { deleteFeedbackTemplate(id: $id) }', {
            id: args.id,
          });
          await call(
            who,
            `query($f: FeedbackInboxFilter, $n: Int, $a: String) {
               feedbackInbox(filter: $f, first: $n, after: $a) { totalCount edges { cursor } } }`,
            { f: filter, n: args.first, a: args.after },
          );
          await call(
            who,
            `query($t: ID, $f: FeedbackBoardFilter, $n: Int, $a: String) {
               feedbackBoard(trajectoryId: $t, filter: $f, first: $n, after: $a) { edges { cursor } } }`,
            { t: filter.trajectoryId, f: filter, n: args.first, a: args.after },
          );
          await call(
            who,
            'query($t: ID, $g: FeedbackMetricsGroup!) { feedbackMetrics(trajectoryId: $t, groupBy: $g) { key } }',
            { t: filter.trajectoryId, g: args.groupBy },
          );
          await call(who, 'query($t: ID) { feedbackTemplates(trajectoryId: $t) { id } }', {
            t: template.trajectoryId,
          });
          await call(
            who,
            'query($id: ID!) { input(id: $id) { id } bulkFeedbackJob(id: $id) { id } }',
            {
              id: args.id,
            },
          );
        },
      ),
      { numRuns: 60 },
    );
  }, 240_000);
});
