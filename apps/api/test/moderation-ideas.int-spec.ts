import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ModerationClient } from './moderation-helpers';
import { startTestApi, TestApi } from './test-api';
import { errorCode } from './test-session';
import { TrajectoryClient, userId } from './trajectory-helpers';

/** Moderation end to end with the real 'idea' provider of the challenges module. */
describe('moderation of ideas', () => {
  let api: TestApi;
  let ds: DataSource;
  let owner: TrajectoryClient;
  let author: TrajectoryClient;
  let challengeId: string;
  let ideaId: string;

  const listed = async (client: TrajectoryClient) => {
    const { body } = await client.session.gql<{
      ideas: { edges: { node: { id: string } }[] };
    }>('query($c: ID!) { ideas(challengeId: $c, first: 50) { edges { node { id } } } }', {
      c: challengeId,
    });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.ideas.edges.map((e) => e.node.id);
  };
  const asAuthor = async (id: string) => {
    const { body } = await author.session.gql<{
      idea: { hidden: boolean; hiddenReason: string | null };
    }>('query($id: ID!) { idea(id: $id) { hidden hiddenReason } }', { id });
    return body.data!.idea;
  };

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true', MODERATION_AUTO_HIDE_REPORTS: '3' });
    ds = api.app.get(DataSource);
    owner = await TrajectoryClient.as(api.url, 'moderator@voorbeeld.nl');
    author = await TrajectoryClient.as(api.url, 'employee@voorbeeld.nl');
    const trajectoryId = (
      await owner.ok('createTrajectory', { title: 'Moderatie', problemStatement: 'Ideeën' })
    ).id;
    challengeId = (
      await owner.ok('createChallenge', {
        trajectoryId,
        title: 'Wat kan beter?',
        problemStatement: 'Vertel het ons',
      })
    ).id;
    await owner.ok('changeChallengeState', { id: challengeId, to: 'OPEN' });
    ideaId = (
      await author.ok('submitIdea', {
        challengeId,
        title: 'Koop mijn product',
        description: 'Reclame',
        idempotencyKey: randomUUID(),
      })
    ).id;
  });
  afterAll(() => api.close());

  it('hides an idea after three reports, lets a moderator hide it with a reason and restore it', async () => {
    const reporters: ModerationClient[] = [];
    for (const e of ['or-lid@voorbeeld.nl', 'handhaver@voorbeeld.nl', 'analist@voorbeeld.nl']) {
      reporters.push(await ModerationClient.as(api.url, e));
    }
    const viewer = new TrajectoryClient(reporters[0].session);
    expect(await listed(viewer)).toContain(ideaId);
    for (const r of reporters)
      expect((await r.report('idea', ideaId, 'SPAM')).errors).toBeUndefined();

    // Hidden for everyone else; the author still sees it, marked hidden (pending review).
    expect(await listed(viewer)).not.toContain(ideaId);
    expect(await asAuthor(ideaId)).toEqual({ hidden: true, hiddenReason: null });
    const moderator = await ModerationClient.as(api.url, 'moderator@voorbeeld.nl');
    const [item] = (await moderator.queueItems({ kind: 'idea' })).filter(
      (i) => i.contentId === ideaId,
    );
    expect(item).toMatchObject({
      kind: 'idea',
      hidden: true,
      autoHidden: true,
      openReportCount: 3,
      reasonCounts: [{ reason: 'SPAM', count: 3 }],
    });

    const hidden = await moderator.act('hideContent', {
      kind: 'idea',
      contentId: ideaId,
      reason: 'Reclame hoort hier niet',
    });
    expect(hidden.errors).toBeUndefined();
    expect(await asAuthor(ideaId)).toEqual({
      hidden: true,
      hiddenReason: 'Reclame hoort hier niet',
    });

    const restored = await moderator.act('restoreContent', { kind: 'idea', contentId: ideaId });
    expect(restored.errors).toBeUndefined();
    expect(await listed(viewer)).toContain(ideaId);
    expect(await asAuthor(ideaId)).toEqual({ hidden: false, hiddenReason: null });
  });

  it('reports an anonymous idea without anything naming its author', async () => {
    const anonymous = await TrajectoryClient.as(api.url, 'servicepunt@voorbeeld.nl');
    const anonymousId = (
      await anonymous.ok('submitIdea', {
        challengeId,
        title: 'Anoniem idee',
        description: 'Iets gevoeligs',
        anonymous: true,
        idempotencyKey: randomUUID(),
      })
    ).id;
    const reporter = await ModerationClient.as(api.url, 'manager@voorbeeld.nl');
    expect((await reporter.report('idea', anonymousId, 'OFFENSIVE')).errors).toBeUndefined();
    const admin = await ModerationClient.as(api.url, 'admin@voorbeeld.nl');
    await admin.act('hideContent', { kind: 'idea', contentId: anonymousId, reason: 'Toon' });
    const authorId = await userId(api.url, 'servicepunt@voorbeeld.nl');
    const stored = JSON.stringify([
      (await admin.queue({ status: 'HIDDEN', kind: 'idea' })).data,
      await ds.query('SELECT * FROM audit_event WHERE object_id = $1', [anonymousId]),
      await ds.query('SELECT * FROM moderated_content WHERE content_id = $1', [anonymousId]),
    ]);
    expect(stored).toContain(anonymousId);
    expect(stored).not.toContain(authorId);
    expect(stored).not.toContain('Sanne');
    // Reporting an idea that does not exist is the same NOT_FOUND as one you may not see.
    expect(errorCode(await reporter.report('idea', randomUUID()))).toBe('NOT_FOUND');
  });
});
