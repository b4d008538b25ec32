import { randomUUID } from 'node:crypto';
import { png } from '@inspraak/server-storage/testing';
import { startTestApi, TestApi } from './test-api';
import { ChallengeClient, errorCode, fieldCodes } from './challenge-helpers';

type Page = Awaited<ReturnType<ChallengeClient['ideas']>>;

describe('ideas: submit, edit, withdraw, comments, support, lists and similar ideas', () => {
  let api: TestApi;
  let owner: ChallengeClient;
  let eva: ChallengeClient;
  let wim: ChallengeClient;
  let trajectoryId: string;
  let challengeId: string;

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    owner = await ChallengeClient.as(api.url, 'moderator@voorbeeld.nl');
    eva = await ChallengeClient.as(api.url, 'employee@voorbeeld.nl');
    wim = await ChallengeClient.as(api.url, 'or-lid@voorbeeld.nl');
    trajectoryId = (await owner.trajectory()).id;
    challengeId = await owner.challenge(trajectoryId);
  }, 180_000); // start-up with the demo seed on a shared, busy machine
  afterAll(() => api.close());

  it('submits an idea once per idempotency key, with normalised tags and the text as written', async () => {
    const key = randomUUID();
    const description = 'Zie <script>alert(1)</script> en **vet**\n\n- punt';
    const first = await eva.submitOk(challengeId, {
      idempotencyKey: key,
      title: '  Slimme route voor handhavers  ',
      description,
      tags: ['#Route', 'route ', 'Data  Gedreven'],
    });
    expect(first).toMatchObject({
      title: 'Slimme route voor handhavers',
      description,
      tags: ['route', 'data gedreven'],
      anonymous: false,
      author: { name: 'Eva Medewerker', anonymous: false },
      viewer: { isAuthor: true, canEdit: true, supported: false },
    });
    const again = await eva.submitOk(challengeId, { idempotencyKey: key, title: 'Iets anders' });
    expect(again.id).toBe(first.id);
    // Someone else's identical key is their own idea.
    const other = await wim.submitOk(challengeId, { idempotencyKey: key });
    expect(other.id).not.toBe(first.id);
    // Two submits racing with one key give one idea.
    const raceKey = randomUUID();
    const [a, b] = await Promise.all([
      eva.submitOk(challengeId, { idempotencyKey: raceKey, title: 'Gelijktijdig ingediend' }),
      eva.submitOk(challengeId, { idempotencyKey: raceKey, title: 'Gelijktijdig ingediend' }),
    ]);
    expect(a.id).toBe(b.id);
    const mine = await eva.ideas(challengeId, ', mine: true, first: 20');
    expect(mine.edges.map((e) => e.node.id).sort()).toEqual([first.id, a.id].sort());
  });

  it('refuses bad ideas with field errors', async () => {
    const codes = async (input: Record<string, unknown>) =>
      fieldCodes(await eva.submit(challengeId, input));
    expect(await codes({ tags: ['a', 'b', 'c', 'd', 'e', 'f'].map((t) => `${t}${t}`) })).toEqual([
      'input.tags:TOO_MANY_TAGS',
    ]);
    expect(await codes({ tags: ['x'] })).toEqual(['input.tags:TAG_LENGTH']);
    expect(await codes({ tags: ['<b>'] })).toEqual(['input.tags:TAG_CHARACTERS']);
    for (const input of [
      { title: 'kort' },
      { title: 'x'.repeat(151) },
      { description: '' },
      { description: 'x'.repeat(10_001) },
      { idempotencyKey: 'short' },
    ]) {
      expect(errorCode(await eva.submit(challengeId, input))).toBe('BAD_USER_INPUT');
    }
  });

  it('lets only the author edit while open, and withdraw; withdrawn ideas leave the lists', async () => {
    const idea = await eva.submitOk(challengeId, { title: 'Idee om aan te passen' });
    expect(errorCode(await wim.mutate('updateIdea', { id: idea.id, title: 'Overgenomen' }))).toBe(
      'FORBIDDEN',
    );
    const edited = await eva.mutateOk<Record<string, unknown>>(
      'updateIdea',
      { id: idea.id, title: 'Aangepast idee', tags: ['nieuw'] },
      'title tags editedAt',
    );
    expect(edited).toMatchObject({ title: 'Aangepast idee', tags: ['nieuw'] });
    expect(edited.editedAt).toEqual(expect.any(String));
    await eva.byId('withdrawIdea', idea.id);
    const q = 'query($id: ID!) { idea(id: $id) { id status } }';
    expect((await eva.ok<{ idea: { status: string } }>(q, { id: idea.id })).idea.status).toBe(
      'WITHDRAWN',
    );
    expect(JSON.stringify(await wim.gql(q, { id: idea.id }))).toBe(
      JSON.stringify(await wim.gql(q, { id: randomUUID() })),
    );
    expect((await wim.ideas(challengeId, ', first: 20')).edges.map((e) => e.node.id)).not.toContain(
      idea.id,
    );
    expect(
      fieldCodes(await eva.mutate('updateIdea', { id: idea.id, title: 'Weer terug' })),
    ).toEqual(['input:IDEA_WITHDRAWN']);
  });

  it('threads comments one level, counts them, and lets authors edit and delete their own', async () => {
    const idea = await eva.submitOk(challengeId, { title: 'Idee met discussie' });
    const top = await wim.mutateOk('addComment', { inputId: idea.id, body: 'Goed plan!' });
    const reply = await eva.mutateOk('addComment', {
      inputId: idea.id,
      parentId: top.id,
      body: 'Dank je.',
    });
    expect(
      fieldCodes(
        await wim.mutate('addComment', { inputId: idea.id, parentId: reply.id, body: 'Diep' }),
      ),
    ).toEqual(['input.parentId:INVALID_PARENT']);
    expect(errorCode(await eva.mutate('updateComment', { id: top.id, body: 'Gekaapt' }))).toBe(
      'FORBIDDEN',
    );
    await wim.mutateOk('updateComment', { id: top.id, body: 'Heel goed plan!' });
    const read = async () =>
      (
        await eva.ok<{
          idea: {
            commentCount: number;
            comments: {
              edges: {
                node: {
                  body: string;
                  author: { name: string };
                  editedAt: string | null;
                  replies: { body: string; viewer: { isAuthor: boolean } }[];
                };
              }[];
            };
          };
        }>(
          `query($id: ID!) { idea(id: $id) { commentCount comments { edges { node {
             body editedAt author { name } replies { body viewer { isAuthor } } } } } } }`,
          { id: idea.id },
        )
      ).idea;
    const before = await read();
    expect(before.commentCount).toBe(2);
    expect(before.comments.edges[0].node).toMatchObject({
      body: 'Heel goed plan!',
      author: { name: 'Wim Werkraad' },
      replies: [{ body: 'Dank je.', viewer: { isAuthor: true } }],
    });
    expect(before.comments.edges[0].node.editedAt).not.toBeNull();
    expect((await eva.byId('deleteComment', reply.id, '')).data).toEqual({ deleteComment: true });
    expect((await eva.byId('deleteComment', reply.id, '')).errors).toBeDefined();
    expect((await read()).commentCount).toBe(1);
  });

  it('counts support and follows once per person, and shows the viewer’s own', async () => {
    const idea = await eva.submitOk(challengeId, { title: 'Idee om te steunen' });
    const sel = 'supportCount followerCount viewer { supported following }';
    await wim.byId('supportIdea', idea.id, sel);
    const twice = await wim.byId<Record<string, unknown>>('supportIdea', idea.id, sel);
    expect(twice.data!.supportIdea).toEqual({
      supportCount: 1,
      followerCount: 0,
      viewer: { supported: true, following: false },
    });
    await owner.byId('supportIdea', idea.id);
    await wim.byId('followIdea', idea.id);
    const back = await wim.byId<Record<string, unknown>>('withdrawIdeaSupport', idea.id, sel);
    expect(back.data!.withdrawIdeaSupport).toEqual({
      supportCount: 1,
      followerCount: 1,
      viewer: { supported: false, following: true },
    });
    const unfollow = await wim.byId<Record<string, unknown>>('unfollowIdea', idea.id, sel);
    expect(unfollow.data!.unfollowIdea).toMatchObject({ followerCount: 0 });
  });

  it('is moderated: hidden ideas and comments leave the lists, the author sees why', async () => {
    const idea = await eva.submitOk(challengeId, { title: 'Idee dat verborgen wordt' });
    const comment = await eva.mutateOk('addComment', { inputId: idea.id, body: 'Kwetsend' });
    await wim.mutateOk(
      'reportContent',
      { kind: 'idea', contentId: idea.id, reason: 'SPAM' },
      '__typename',
    );
    const hide = (kind: string, contentId: string) =>
      owner.mutateOk(
        'hideContent',
        { kind, contentId, reason: 'Past niet bij de vraag' },
        'hidden',
      );
    await hide('idea', idea.id);
    await hide('comment', comment.id);
    const q = 'query($id: ID!) { idea(id: $id) { hidden hiddenReason } }';
    expect((await eva.ok<{ idea: unknown }>(q, { id: idea.id })).idea).toEqual({
      hidden: true,
      hiddenReason: 'Past niet bij de vraag',
    });
    expect(errorCode(await wim.gql(q, { id: idea.id }))).toBe('NOT_FOUND');
    expect((await wim.ideas(challengeId, ', first: 20')).edges.map((e) => e.node.id)).not.toContain(
      idea.id,
    );
    const restored = await owner.gql(
      'mutation($input: ModerationDecisionInput!) { restoreContent(input: $input) { hidden } }',
      { input: { kind: 'idea', contentId: idea.id } },
    );
    expect(restored.errors).toBeUndefined();
    expect((await wim.ok<{ idea: unknown }>(q, { id: idea.id })).idea).toEqual({
      hidden: false,
      hiddenReason: null,
    });
    const { ideaComments } = await wim.ok<{
      ideaComments: { edges: { node: { body: string; hidden: boolean } }[] };
    }>('query($id: ID!) { ideaComments(ideaId: $id) { edges { node { body hidden } } } }', {
      id: idea.id,
    });
    expect(ideaComments.edges.map((e) => e.node)).toEqual([{ body: '', hidden: true }]);
  });

  it('attaches uploaded images, refuses someone else’s upload, and serves them to viewers', async () => {
    const upload = async (client: ChallengeClient) => {
      const res = await fetch(`${api.url}/api/uploads/images`, {
        method: 'POST',
        headers: {
          'content-type': 'image/png',
          cookie: client.session.cookieHeader,
          'apollo-require-preflight': 'true',
        },
        body: new Uint8Array(await png(30, 20)),
      });
      return ((await res.json()) as { id: string }).id;
    };
    const mine = await upload(eva);
    const theirs = await upload(wim);
    expect(fieldCodes(await eva.submit(challengeId, { attachmentIds: [theirs] }, 'id'))).toEqual([
      'input.attachmentIds:UNKNOWN_ATTACHMENT',
    ]);
    // A description for an image that is not attached is refused with the whole submit.
    expect(
      fieldCodes(
        await eva.submit(
          challengeId,
          { imageDescriptions: [{ attachmentId: mine, description: 'Kaart' }] },
          'id',
        ),
      ),
    ).toEqual(['input.imageDescriptions:NOT_ATTACHED']);
    const idea = await eva.submitOk(challengeId, {
      attachmentIds: [mine],
      imageDescriptions: [{ attachmentId: mine, description: 'Kaart van de wijk met de route' }],
    });
    const q =
      'query($id: ID!) { idea(id: $id) { attachments { id url width height description } } }';
    const { idea: read } = await wim.ok<{ idea: { attachments: { id: string; url: string }[] } }>(
      q,
      { id: idea.id },
    );
    expect(read.attachments).toEqual([
      {
        id: mine,
        url: `/api/uploads/${mine}`,
        width: 30,
        height: 20,
        description: 'Kaart van de wijk met de route',
      },
    ]);
    await eva.mutateOk('updateIdea', {
      id: idea.id,
      imageDescriptions: [{ attachmentId: mine, description: '' }],
    });
    expect(
      (
        await wim.ok<{ idea: { attachments: { description: string | null }[] } }>(q, {
          id: idea.id,
        })
      ).idea.attachments[0].description,
    ).toBeNull();
    const download = await fetch(`${api.url}${read.attachments[0].url}`, {
      headers: { cookie: wim.session.cookieHeader },
    });
    expect(download.status).toBe(200);
    await eva.mutateOk('updateIdea', { id: idea.id, attachmentIds: [] });
    expect(
      (await wim.ok<{ idea: { attachments: unknown[] } }>(q, { id: idea.id })).idea.attachments,
    ).toEqual([]);
  });

  describe('lists', () => {
    let listChallenge: string;
    const titles = [
      'Camera bij containers plaatsen',
      'Handhavers krijgen een tablet',
      'Meldingen via de app bundelen',
      'Route plannen op basis van data',
      'Buurtbewoners informeren over afval',
      'Containers vaker legen in de zomer',
      'Boetes publiceren per wijk',
    ];
    let ids: string[] = [];

    beforeAll(async () => {
      listChallenge = await owner.challenge(trajectoryId);
      ids = [];
      for (const [i, title] of titles.entries()) {
        const author = i % 2 ? wim : eva;
        ids.push(
          (await author.submitOk(listChallenge, { title, tags: i < 3 ? ['techniek'] : ['afval'] }))
            .id,
        );
      }
      // Support: idea 4 three times, idea 2 twice; comments: idea 5 twice.
      for (const c of [eva, wim, owner]) await c.byId('supportIdea', ids[4]);
      for (const c of [eva, wim]) await c.byId('supportIdea', ids[2]);
      for (const body of ['Eens', 'Oneens']) {
        await wim.mutateOk('addComment', { inputId: ids[5], body });
      }
      await owner.respondOk(ids[0], 'Wordt onderzocht.');
    });

    const all = async (client: ChallengeClient, args: string) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Page = await client.ideas(
          listChallenge,
          `, first: 3${args}${after ? `, after: "${after}"` : ''}`,
        );
        seen.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) return seen;
        after = page.pageInfo.endCursor;
      }
    };

    it('orders newest, most supported and most discussed, page by page', async () => {
      expect(await all(eva, ', sort: NEWEST')).toEqual([...ids].reverse());
      const supported = await all(eva, ', sort: MOST_SUPPORTED');
      expect(supported.slice(0, 2)).toEqual([ids[4], ids[2]]);
      expect(new Set(supported)).toEqual(new Set(ids));
      const discussed = await all(eva, ', sort: MOST_DISCUSSED');
      expect(discussed[0]).toBe(ids[5]);
      expect(discussed).toHaveLength(ids.length);
    });

    it('shuffles stably per viewer and pages through every idea once', async () => {
      const a1 = await all(eva, ', sort: RANDOM');
      const a2 = await all(eva, ', sort: RANDOM');
      expect(a1).toEqual(a2);
      expect([...a1].sort()).toEqual([...ids].sort());
      const b = await all(wim, ', sort: RANDOM');
      expect([...b].sort()).toEqual([...ids].sort());
    });

    it('filters by tag and by response state, and refuses forged cursors', async () => {
      expect((await all(eva, ', tag: "#Techniek"')).sort()).toEqual(ids.slice(0, 3).sort());
      expect(await all(eva, ', state: RESPONDED')).toEqual([ids[0]]);
      expect(await all(eva, ', state: AWAITING_RESPONSE')).toHaveLength(ids.length - 1);
      for (const [sort, values] of [
        ['NEWEST', ['no date', randomUUID()]],
        ['MOST_SUPPORTED', [-1, randomUUID()]],
        ['RANDOM', [2, 5, randomUUID()]],
        ['NEWEST', [1, 2, 3]],
      ] as const) {
        const after = Buffer.from(JSON.stringify(values)).toString('base64url');
        const body = await eva.gql(
          `query($c: ID!, $a: String) { ideas(challengeId: $c, sort: ${sort}, after: $a) { edges { cursor } } }`,
          { c: listChallenge, a: after },
        );
        expect(fieldCodes(body)).toEqual(['after:INVALID_CURSOR']);
      }
    });

    it('finds similar ideas while typing (Dutch stemming, trigram titles)', async () => {
      const similar = async (text: string) =>
        (
          await eva.ok<{ similarIdeas: { id: string; title: string; score: number }[] }>(
            'query($c: ID!, $t: String!) { similarIdeas(challengeId: $c, text: $t) { id title score } }',
            { c: listChallenge, t: text },
          )
        ).similarIdeas;
      const containers = await similar('container');
      expect(containers.map((s) => s.id)).toEqual(expect.arrayContaining([ids[0], ids[5]]));
      expect((await similar('handhaver met tablets'))[0].id).toBe(ids[1]);
      expect((await similar('Boetes publiseren'))[0].id).toBe(ids[6]);
      expect(await similar('zz')).toEqual([]);
      expect(
        (await similar('a b c d e f g h i j k l m n o p q r s t u v w x y z')).length,
      ).toBeLessThanOrEqual(5);
    });
  });
});
