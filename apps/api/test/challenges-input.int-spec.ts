import fc from 'fast-check';
import { startTestApi, TestApi } from './test-api';
import { ChallengeClient } from './challenge-helpers';
import { expectTyped, fuzzAnything, fuzzText } from './fuzz-values';

/** Generated input never gets a 500: every refusal is a typed error. */
describe('challenge and idea mutations under generated input', () => {
  let api: TestApi;
  let owner: ChallengeClient;
  let eva: ChallengeClient;
  let trajectoryId: string;
  let challengeId: string;
  let ideaId: string;
  let commentId: string;

  const text = fuzzText({ min: 140, max: 220 });
  const anything = fuzzAnything(text);
  const id = () => fc.oneof(fc.constantFrom(challengeId, ideaId, commentId), fc.uuid(), anything);

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    owner = await ChallengeClient.as(api.url, 'moderator@voorbeeld.nl');
    eva = await ChallengeClient.as(api.url, 'employee@voorbeeld.nl');
    trajectoryId = (await owner.trajectory()).id;
    challengeId = await owner.challenge(trajectoryId);
    ideaId = (await eva.submitOk(challengeId)).id;
    commentId = (await eva.mutateOk('addComment', { inputId: ideaId, body: 'Eerste reactie' })).id;
  }, 180_000); // start-up with the demo seed on a shared, busy machine
  afterAll(() => api.close());

  const call = expectTyped;

  it('submitIdea, updateIdea and addComment', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            challengeId: id(),
            title: anything,
            description: anything,
            tags: fc.oneof(fc.array(text, { maxLength: 8 }), anything),
            anonymous: anything,
            idempotencyKey: fc.oneof(fc.uuid(), anything),
          },
          { requiredKeys: [] },
        ),
        fc.record(
          { id: id(), title: anything, description: anything, tags: anything },
          {
            requiredKeys: [],
          },
        ),
        fc.record(
          { inputId: id(), parentId: id(), body: anything, anonymous: anything },
          { requiredKeys: [] },
        ),
        async (submit, update, comment) => {
          await call(
            eva,
            'mutation($input: SubmitIdeaInput!) { submitIdea(input: $input) { id } }',
            {
              input: submit,
            },
          );
          await call(
            eva,
            'mutation($input: UpdateIdeaInput!) { updateIdea(input: $input) { id } }',
            {
              input: update,
            },
          );
          await call(
            eva,
            'mutation($input: AddCommentInput!) { addComment(input: $input) { id } }',
            {
              input: comment,
            },
          );
        },
      ),
      { numRuns: 80 },
    );
  }, 240_000);

  it('challenge mutations, responses and list arguments', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            trajectoryId: fc.oneof(fc.constant(trajectoryId), anything),
            title: anything,
            problemStatement: anything,
            prize: anything,
            opensAt: fc.oneof(
              fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString())),
              anything,
            ),
            closesAt: fc.oneof(
              fc.constantFrom('+275760-09-13T00:00:00.000Z', '0001-01-01T00:00:00Z'),
              anything,
            ),
            criteria: fc.oneof(
              fc.array(
                fc.record(
                  { id: id(), nameNl: anything, nameEn: anything, weight: anything },
                  {
                    requiredKeys: [],
                  },
                ),
                { maxLength: 12 },
              ),
              anything,
            ),
          },
          { requiredKeys: [] },
        ),
        fc.record({
          id: id(),
          to: fc.oneof(fc.constantFrom('OPEN', 'REVIEW', 'CLOSED', 'DRAFT'), anything),
        }),
        fc.record(
          {
            inputId: id(),
            status: fc.oneof(
              fc.constantFrom('RECEIVED', 'PLANNED', 'NOT_ADOPTED', 'MERGED', 'DONE'),
              anything,
            ),
            text: anything,
          },
          { requiredKeys: [] },
        ),
        fc.record(
          {
            challengeId: id(),
            sort: fc.oneof(fc.constantFrom('NEWEST', 'RANDOM', 'MOST_SUPPORTED'), anything),
            tag: anything,
            after: fc.oneof(
              fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')),
              anything,
            ),
            text: anything,
          },
          { requiredKeys: [] },
        ),
        async (create, state, response, list) => {
          await call(
            owner,
            'mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }',
            { input: create },
          );
          await call(
            owner,
            'mutation($input: UpdateChallengeInput!) { updateChallenge(input: $input) { id } }',
            { input: { ...create, id: state.id } },
          );
          // Keep the main challenge open for the other properties.
          if (state.id !== challengeId) {
            await call(
              owner,
              'mutation($input: ChangeChallengeStateInput!) { changeChallengeState(input: $input) { id } }',
              { input: state },
            );
          }
          await call(
            owner,
            'mutation($input: RespondToInputInput!) { respondToInput(input: $input) { id } }',
            { input: response },
          );
          await call(
            eva,
            `query($c: ID!, $s: IdeaSort, $t: String, $a: String) {
               ideas(challengeId: $c, sort: $s, tag: $t, after: $a) { edges { cursor } } }`,
            { c: list.challengeId, s: list.sort, t: list.tag, a: list.after },
          );
          await call(
            eva,
            'query($c: ID!, $t: String!) { similarIdeas(challengeId: $c, text: $t) { id } }',
            {
              c: list.challengeId,
              t: list.text,
            },
          );
        },
      ),
      { numRuns: 80 },
    );
  }, 240_000);
});
