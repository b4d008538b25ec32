import { startTestApi, TestApi } from './test-api';
import { ChallengeClient } from './challenge-helpers';
import { directoryPeople } from './feedback-helpers';

const PEOPLE = 30;

/**
 * Counts stay exact when many people support, comment and follow at the same moment: the
 * support row's primary key refuses a double, and the counter moves by one atomic UPDATE in the
 * same transaction, only when the row really changed.
 */
describe('idea counters under concurrency (real database)', () => {
  let api: TestApi;
  let eva: ChallengeClient;
  let people: ChallengeClient[];
  let ideaId: string;

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    const owner = await ChallengeClient.as(api.url, 'moderator@voorbeeld.nl');
    eva = await ChallengeClient.as(api.url, 'employee@voorbeeld.nl');
    // Demo directory people have no password: give some the demo password to sign in.
    people = await directoryPeople(api, PEOPLE);
    const trajectoryId = (await owner.trajectory()).id;
    const challengeId = await owner.challenge(trajectoryId);
    ideaId = (await eva.submitOk(challengeId, { title: 'Idee dat iedereen wil steunen' })).id;
  }, 180_000); // start-up with the demo seed on a shared, busy machine
  afterAll(() => api.close());

  const counts = async () =>
    (
      await api.db.dataSource.query<
        { support_count: number; comment_count: number; follower_count: number; rows: number }[]
      >(
        `SELECT support_count, comment_count, follower_count,
           (SELECT count(*)::int FROM input_support s WHERE s.input_id = i.id) AS rows
         FROM input i WHERE id = $1`,
        [ideaId],
      )
    )[0];

  it('counts every support exactly once, also a double click of one person', async () => {
    expect(people).toHaveLength(PEOPLE);
    const results = await Promise.all([
      ...people.map((p) => p.byId('supportIdea', ideaId, 'supportCount')),
      eva.byId('supportIdea', ideaId, 'supportCount'),
      eva.byId('supportIdea', ideaId, 'supportCount'),
      eva.byId('supportIdea', ideaId, 'supportCount'),
    ]);
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(await counts()).toMatchObject({ support_count: PEOPLE + 1, rows: PEOPLE + 1 });
    const { idea } = await eva.ok<{ idea: { supportCount: number } }>(
      'query($id: ID!) { idea(id: $id) { supportCount } }',
      { id: ideaId },
    );
    expect(idea.supportCount).toBe(PEOPLE + 1);
  });

  it('stays exact when half withdraw (twice) while others follow and comment at once', async () => {
    const half = people.slice(0, PEOPLE / 2);
    const results = await Promise.all([
      ...half.map((p) => p.byId('withdrawIdeaSupport', ideaId, 'supportCount')),
      ...half.map((p) => p.byId('withdrawIdeaSupport', ideaId, 'supportCount')),
      ...people.map((p) => p.byId('followIdea', ideaId, 'followerCount')),
      ...people.map((p, i) =>
        p.mutate('addComment', { inputId: ideaId, body: `Reactie ${i}`, anonymous: i % 3 === 0 }),
      ),
    ]);
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(await counts()).toEqual({
      support_count: PEOPLE / 2 + 1,
      rows: PEOPLE / 2 + 1,
      follower_count: PEOPLE,
      comment_count: PEOPLE,
    });
  });
});
