import { randomUUID } from 'node:crypto';
import { ChallengeClient, errorCode, fieldCodes } from './challenge-helpers';
import { board, ids, inbox, inputOf, userIdOf } from './feedback-helpers';
import { MailTestApi, startMailTestApi } from './test-mail-api';

/**
 * The moderator inbox (scope, order, filters, counts), the "you said, we did" board (visibility
 * per role), metrics on a known dataset, templates, and bulk answering inline and as a job.
 */
describe('feedback: inbox, board, metrics, templates and bulk answering', () => {
  let harness: MailTestApi;
  let mod: ChallengeClient; // moderator@: owns T1 and T3
  let pl: ChallengeClient; // projectleider@: a moderator outside T1's team, owns T2
  let lead: ChallengeClient; // servicepunt@: employee, project lead of T1
  let eva: ChallengeClient; // employee@ (Team Parkeerhandhaving)
  let groen: ChallengeClient; // or-lid@ (Team Groen)
  let manager: ChallengeClient;
  let admin: ChallengeClient;
  let t1: string;
  let t2: string;
  let t3: string;
  let open: string; // T1's challenge for everyone
  let greenOnly: string; // T1's challenge for Team Groen
  let t2Challenge: string;
  let t3Challenge: string;
  let answeredInInbox: string; // T1's idea the inbox tests answered (it is on the board too)
  const q = <T = unknown>(sql: string, p: unknown[] = []) =>
    harness.api.db.dataSource.query<T>(sql, p);

  beforeAll(async () => {
    harness = await startMailTestApi({ smtp: false });
    const url = harness.api.url;
    mod = await ChallengeClient.as(url, 'moderator@voorbeeld.nl');
    pl = await ChallengeClient.as(url, 'projectleider@voorbeeld.nl');
    lead = await ChallengeClient.as(url, 'servicepunt@voorbeeld.nl');
    eva = await ChallengeClient.as(url, 'employee@voorbeeld.nl');
    groen = await ChallengeClient.as(url, 'or-lid@voorbeeld.nl');
    manager = await ChallengeClient.as(url, 'manager@voorbeeld.nl');
    admin = await ChallengeClient.as(url, 'admin@voorbeeld.nl');
    const { orgUnits } = await mod.ok<{ orgUnits: { id: string; name: string }[] }>(
      '{ orgUnits { id name } }',
    );
    const unit = (name: string) => orgUnits.find((u) => u.name === name)!.id;
    t1 = (await mod.trajectory({ title: 'Traject Een' })).id;
    await mod.mutateOk('addTeamMember', {
      trajectoryId: t1,
      userId: await userIdOf(harness.api, 'servicepunt@voorbeeld.nl'),
      role: 'PROJECT_LEAD',
    });
    t2 = (await pl.trajectory({ title: 'Traject Twee' })).id;
    t3 = (
      await mod.trajectory({
        title: 'Traject Drie',
        visibility: 'ORG_UNITS',
        orgUnitIds: [unit('Team Groen')],
      })
    ).id;
    open = await mod.challenge(t1);
    greenOnly = await mod.challenge(t1, {
      title: 'Alleen Groen',
      orgUnitIds: [unit('Team Groen')],
    });
    t2Challenge = await pl.challenge(t2);
    t3Challenge = await mod.challenge(t3);
  }, 180_000); // start-up with the demo seed on a shared, busy machine
  afterAll(() => harness.close());

  const idea = async (client: ChallengeClient, challengeId: string, title: string, extra = {}) =>
    (await client.submitOk(challengeId, { title, ...extra })).id;

  describe('inbox', () => {
    let a: string;
    let b: string;
    let c: string;
    let green: string;
    let other: string;
    let hidden: string;

    beforeAll(async () => {
      a = await idea(eva, open, 'Inbox idee A');
      b = await idea(eva, open, 'Inbox idee B');
      c = await idea(eva, open, 'Inbox idee C');
      green = await idea(groen, greenOnly, 'Inbox idee Groen');
      other = await idea(eva, t2Challenge, 'Inbox idee in T2');
      hidden = await idea(eva, open, 'Inbox idee verborgen');
      await q(`UPDATE input SET hidden = true WHERE id = $1`, [hidden]);
      // Known due dates: C is overdue, then Green, then A, then B.
      const day = 86_400_000;
      for (const [id, offset] of [
        [c, -2],
        [green, 1],
        [a, 2],
        [b, 3],
      ] as const) {
        await q('UPDATE input SET feedback_due_at = $2 WHERE id = $1', [
          id,
          new Date(Date.now() + offset * day),
        ]);
      }
      await mod.respondOk(b, 'Ingepland', 'PLANNED');
      answeredInInbox = b;
    });

    it('is for people who answer: employees and managers get FORBIDDEN', async () => {
      expect(errorCode(await inbox(eva))).toBe('FORBIDDEN');
      expect(errorCode(await inbox(manager))).toBe('FORBIDDEN');
      expect(errorCode(await inbox(mod, { trajectoryId: randomUUID() }))).toBe('NOT_FOUND');
      // The project lead answers T1 only.
      expect(errorCode(await inbox(lead, { trajectoryId: t2 }))).toBe('FORBIDDEN');
      expect(errorCode(await inbox(pl, { trajectoryId: t3 }))).toBe('NOT_FOUND');
    });

    it('lists by due date, oldest first, with counts; hidden and withdrawn inputs are left out', async () => {
      const page = (await inbox(mod, { trajectoryId: t1 })).data!.feedbackInbox;
      expect(ids(page)).toEqual([c, green, a, b]);
      expect(page).toMatchObject({ totalCount: 4, overdueCount: 1 });
      expect(page.edges[0].node.feedback).toMatchObject({ status: 'RECEIVED', overdue: true });
      expect(page.edges.every((e) => e.node.canRespond)).toBe(true);
      // Across trajectories the order holds too (the demo's inputs included).
      const all = (await inbox(mod, {}, ', first: 100')).data!.feedbackInbox;
      const due = all.edges.map((e) => e.node.feedback.dueAt);
      expect([...due].sort()).toEqual(due);
      expect(ids(all)).toContain(other);
      expect(ids(all)).not.toContain(hidden);
    });

    it('filters by answer state, overdue, status, phase and kind, and pages with a cursor', async () => {
      const filtered = async (filter: Record<string, unknown>) =>
        ids((await inbox(mod, { trajectoryId: t1, ...filter })).data!.feedbackInbox);
      expect(await filtered({ unansweredOnly: true })).toEqual([c, green, a]);
      expect(await filtered({ overdueOnly: true })).toEqual([c]);
      expect(await filtered({ statuses: ['PLANNED'] })).toEqual([b]);
      expect(await filtered({ kind: 'IDEA', phase: 'PREPARE' })).toEqual([c, green, a, b]);
      expect(await filtered({ phase: 'TEST' })).toEqual([]);
      const first = (await inbox(mod, { trajectoryId: t1 }, ', first: 2')).data!.feedbackInbox;
      expect(ids(first)).toEqual([c, green]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const next = (
        await inbox(mod, { trajectoryId: t1 }, `, first: 2, after: "${first.pageInfo.endCursor}"`)
      ).data!.feedbackInbox;
      expect(ids(next)).toEqual([a, b]);
      expect(next.pageInfo.hasNextPage).toBe(false);
      expect(fieldCodes(await inbox(mod, {}, ', after: "bm9wZQ"'))).toEqual([
        'after:INVALID_CURSOR',
      ]);
    });

    it('is scoped: a project lead sees their trajectory, a moderator what they can see', async () => {
      const asLead = ids((await inbox(lead, {}, ', first: 100')).data!.feedbackInbox);
      expect(asLead).toEqual([c, green, a, b]);
      // projectleider@ is a moderator outside T1's team and outside the Groen audience.
      const asPl = ids((await inbox(pl, { trajectoryId: t1 })).data!.feedbackInbox);
      expect(asPl).toEqual([c, a, b]);
      expect(ids((await inbox(pl, {}, ', first: 100')).data!.feedbackInbox)).toContain(other);
      expect(errorCode(await pl.respond(green, 'x'))).toBe('NOT_FOUND');
      expect(ids((await inbox(admin, { trajectoryId: t1 })).data!.feedbackInbox)).toEqual([
        c,
        green,
        a,
        b,
      ]);
    });
  });

  describe('board', () => {
    let first: string;
    let second: string;
    let green: string;
    let anon: string;
    let inT3: string;

    beforeAll(async () => {
      first = await idea(eva, open, 'Bord: bankjes bij de kantine');
      second = await idea(eva, open, 'Bord: koffie voor de buitendienst');
      green = await idea(groen, greenOnly, 'Bord: groene daken');
      anon = await idea(eva, open, 'Bord: anoniem voorstel', { anonymous: true });
      inT3 = await idea(groen, t3Challenge, 'Bord: alleen voor Groen');
      await idea(eva, open, 'Bord: nog zonder reactie');
      for (const [id, status, text] of [
        [first, 'DONE', 'De bankjes staan er.'],
        [green, 'PLANNED', 'Volgend voorjaar.'],
        [inT3, 'NOT_ADOPTED', 'Te duur.'],
        [anon, 'UNDER_CONSIDERATION', 'We overleggen met Facilitair.'],
        [second, 'NOT_ADOPTED', 'Valt buiten het budget van dit jaar.'],
      ]) {
        await mod.respondOk(id, text, status);
      }
    });

    it('shows public responses only, newest response first, authors masked when anonymous', async () => {
      const page = (await board(eva, t1)).data!.feedbackBoard;
      expect(ids(page)).toEqual([second, anon, first, answeredInInbox]);
      expect(page.edges[1].node.author).toEqual({ id: null, name: 'Anoniem', anonymous: true });
      expect(page.edges[0].node.feedback).toMatchObject({
        status: 'NOT_ADOPTED',
        response: 'Valt buiten het budget van dit jaar.',
      });
      const paged = (await board(eva, t1, {}, ', first: 2')).data!.feedbackBoard;
      expect(ids(paged)).toEqual([second, anon]);
      const rest = (await board(eva, t1, {}, `, after: "${paged.pageInfo.endCursor}"`)).data!
        .feedbackBoard;
      expect(ids(rest)).toEqual([first, answeredInInbox]);
    });

    it('follows trajectory and challenge visibility per role', async () => {
      expect(ids((await board(groen, t1)).data!.feedbackBoard)).toEqual([
        second,
        anon,
        green,
        first,
        answeredInInbox,
      ]);
      expect(errorCode(await board(eva, t3))).toBe('NOT_FOUND');
      expect(ids((await board(groen, t3)).data!.feedbackBoard)).toEqual([inT3]);
      const orgEva = ids((await board(eva, null, {}, ', first: 100')).data!.feedbackBoard);
      expect(orgEva).toEqual(expect.arrayContaining([second, anon, first]));
      expect(orgEva).not.toContain(green);
      expect(orgEva).not.toContain(inT3);
      const orgGroen = ids((await board(groen, null, {}, ', first: 100')).data!.feedbackBoard);
      expect(orgGroen).toEqual(expect.arrayContaining([second, anon, first, green, inT3]));
      const orgAdmin = ids((await board(admin, null, {}, ', first: 100')).data!.feedbackBoard);
      expect(orgAdmin).toEqual(expect.arrayContaining([green, inT3]));
      // Hidden content leaves the board.
      await q('UPDATE input SET hidden = true WHERE id = $1', [first]);
      expect(ids((await board(eva, t1)).data!.feedbackBoard)).toEqual([
        second,
        anon,
        answeredInInbox,
      ]);
      await q('UPDATE input SET hidden = false WHERE id = $1', [first]);
    });

    it('filters by status, phase and search words', async () => {
      expect(
        ids((await board(eva, t1, { statuses: ['NOT_ADOPTED', 'DONE'] })).data!.feedbackBoard),
      ).toEqual([second, first]);
      expect(ids((await board(eva, t1, { search: 'bankjes' })).data!.feedbackBoard)).toEqual([
        first,
      ]);
      expect(ids((await board(eva, t1, { search: 'budget' })).data!.feedbackBoard)).toEqual([
        second,
      ]);
      expect(ids((await board(eva, t1, { search: '%_\\' })).data!.feedbackBoard)).toEqual([]);
      expect(
        ids((await board(eva, t1, { phase: 'TEST', kind: 'IDEA' })).data!.feedbackBoard),
      ).toEqual([]);
    });
  });

  describe('metrics', () => {
    let t4: string;
    const metrics = (client: ChallengeClient, trajectoryId: string | null, groupBy: string) =>
      client.gql<{ feedbackMetrics: Record<string, unknown>[] }>(
        `query($t: ID, $g: FeedbackMetricsGroup!) { feedbackMetrics(trajectoryId: $t, groupBy: $g) {
           key label total answered answeredShare medianFirstResponseHours overdue } }`,
        { t: trajectoryId, g: groupBy },
      );

    beforeAll(async () => {
      t4 = (await mod.trajectory({ title: 'Traject Metingen' })).id;
      await mod.mutateOk('addTeamMember', {
        trajectoryId: t4,
        userId: await userIdOf(harness.api, 'analist@voorbeeld.nl'),
        role: 'TEAM_MEMBER',
      });
      const challenge = await mod.challenge(t4);
      const handhaver = await ChallengeClient.as(harness.api.url, 'handhaver@voorbeeld.nl');
      const i1 = await idea(eva, challenge, 'Meting een');
      const i2 = await idea(eva, challenge, 'Meting twee');
      const i3 = await idea(eva, challenge, 'Meting drie');
      const i4 = await idea(handhaver, challenge, 'Meting vier');
      await idea(eva, challenge, 'Meting vijf', { anonymous: true });
      const withdrawn = await idea(eva, challenge, 'Meting ingetrokken');
      await eva.byId('withdrawIdea', withdrawn);
      await mod.respondOk(i1, 'Ja', 'PLANNED');
      await mod.respondOk(i2, 'Nee', 'NOT_ADOPTED');
      // Known times: answered after 10 and 30 hours; i3 overdue, i4 not yet due.
      const t0 = new Date('2026-06-01T08:00:00Z');
      const h = (n: number) => new Date(t0.getTime() + n * 3_600_000);
      await q(`UPDATE input SET created_at = $2, first_responded_at = $3 WHERE id = $1`, [
        i1,
        t0,
        h(10),
      ]);
      await q(`UPDATE input SET created_at = $2, first_responded_at = $3 WHERE id = $1`, [
        i2,
        t0,
        h(30),
      ]);
      await q(`UPDATE input SET feedback_due_at = now() - interval '1 day' WHERE id = $1`, [i3]);
      await q(`UPDATE input SET feedback_due_at = now() + interval '1 day' WHERE id = $1`, [i4]);
    });

    it('computes share answered, median hours to the first response and overdue', async () => {
      const byTrajectory = (await metrics(manager, t4, 'TRAJECTORY')).data!.feedbackMetrics;
      expect(byTrajectory).toEqual([
        {
          key: t4,
          label: 'Traject Metingen',
          total: 5,
          answered: 2,
          answeredShare: 0.4,
          medianFirstResponseHours: 20,
          overdue: 1,
        },
      ]);
      const byPhase = (await metrics(mod, t4, 'PHASE')).data!.feedbackMetrics;
      expect(byPhase).toEqual([expect.objectContaining({ key: 'PREPARE', total: 5, answered: 2 })]);
      const byUnit = (await metrics(admin, t4, 'ORG_UNIT')).data!.feedbackMetrics;
      expect(byUnit).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            label: 'Team Parkeerhandhaving',
            total: 3,
            answered: 2,
            medianFirstResponseHours: 20,
            overdue: 1,
          }),
          expect.objectContaining({
            label: 'Team Toezicht Openbare Ruimte',
            total: 1,
            answered: 0,
          }),
          // The anonymous idea has no unit, by design.
          expect.objectContaining({
            key: 'none',
            label: 'Anoniem of zonder eenheid',
            total: 1,
            answered: 0,
          }),
        ]),
      );
      expect(byUnit).toHaveLength(3);
    });

    it('is for managers, moderators, admins and the trajectory’s team', async () => {
      // An employee on no team at all, and one who is not on this trajectory's team.
      const [{ email }] = await q<{ email: string }[]>(
        `UPDATE app_user SET password_hash =
           (SELECT password_hash FROM app_user WHERE email = 'employee@voorbeeld.nl')
         WHERE id = (SELECT u.id FROM app_user u WHERE u.role = 'EMPLOYEE'
           AND NOT EXISTS (SELECT 1 FROM trajectory_member m WHERE m.user_id = u.id)
           AND NOT EXISTS (SELECT 1 FROM trajectory t WHERE t.owner_id = u.id)
           ORDER BY u.email LIMIT 1)
         RETURNING email`,
      ).then((r) => (r as unknown as [{ email: string }[], number])[0] ?? r);
      const outsider = await ChallengeClient.as(harness.api.url, email);
      expect(errorCode(await metrics(outsider, null, 'TRAJECTORY'))).toBe('FORBIDDEN');
      expect(errorCode(await metrics(eva, t4, 'TRAJECTORY'))).toBe('FORBIDDEN');
      const analist = await ChallengeClient.as(harness.api.url, 'analist@voorbeeld.nl');
      expect((await metrics(analist, t4, 'PHASE')).data!.feedbackMetrics[0]).toMatchObject({
        total: 5,
      });
      expect(errorCode(await metrics(analist, t1, 'PHASE'))).toBe('FORBIDDEN');
      const own = (await metrics(analist, null, 'TRAJECTORY')).data!.feedbackMetrics;
      expect(own.map((r) => r['key'])).toContain(t4);
      expect(own.map((r) => r['key'])).not.toContain(t1);
      expect(errorCode(await metrics(eva, t3, 'PHASE'))).toBe('NOT_FOUND');
      // Organisation-wide for a manager: every trajectory they can see, T3 not among them.
      const all = (await metrics(manager, null, 'TRAJECTORY')).data!.feedbackMetrics;
      expect(all.map((r) => r['key'])).toEqual(expect.arrayContaining([t1, t4]));
      expect(all.map((r) => r['key'])).not.toContain(t3);
    });
  });

  describe('notifications', () => {
    const centre = async (client: ChallengeClient, title: string) => {
      for (let i = 0; i < 200; i++) {
        const { notifications } = await client.ok<{
          notifications: { edges: { node: { title: string; body: string; path: string } }[] };
        }>('{ notifications(first: 50) { edges { node { title body path } } } }');
        const found = notifications.edges.find((e) => e.node.title.includes(title));
        if (found) return found.node;
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    };

    it('tells the author, named or anonymous, in the notification centre', async () => {
      const named = await idea(eva, open, 'Melding: fietsstraat');
      const hidden = await idea(eva, open, 'Melding: anoniem voorstel', { anonymous: true });
      await groen.byId('followIdea', named);
      await mod.respondOk(named, 'Past niet in het budget van dit jaar.', 'NOT_ADOPTED');
      await mod.respondOk(hidden, 'We nemen het mee.', 'PLANNED');
      // The author is addressed personally; a follower reads about "the idea".
      expect(await centre(eva, 'Melding: fietsstraat')).toEqual({
        title: 'Je idee ‘Melding: fietsstraat’ is niet overgenomen',
        body: 'Past niet in het budget van dit jaar.',
        path: `/ideeen/${named}`,
      });
      expect((await centre(groen, 'Melding: fietsstraat'))?.title).toBe(
        'Het idee ‘Melding: fietsstraat’ is niet overgenomen',
      );
      // The anonymous author, found through the hash at read time.
      expect(await centre(eva, 'Melding: anoniem voorstel')).toEqual({
        title: 'Je idee ‘Melding: anoniem voorstel’ is ingepland',
        body: 'We nemen het mee.',
        path: `/ideeen/${hidden}`,
      });
      // The responder hears nothing about their own answer.
      const { notifications } = await mod.ok<{
        notifications: { edges: { node: { title: string } }[] };
      }>('{ notifications(first: 50) { edges { node { title } } } }');
      expect(JSON.stringify(notifications)).not.toContain('Melding:');
    });
  });

  describe('templates and bulk answering', () => {
    let orgTemplate: string;
    let t1Template: string;
    const template = (client: ChallengeClient, input: Record<string, unknown>) =>
      client.gql<{ createFeedbackTemplate: { id: string; trajectory: { id: string } | null } }>(
        `mutation($input: FeedbackTemplateInput!) {
           createFeedbackTemplate(input: $input) { id title status text trajectory { id title } } }`,
        { input },
      );
    const templateOk = async (client: ChallengeClient, input: Record<string, unknown>) => {
      const body = await template(client, input);
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data!.createFeedbackTemplate;
    };
    const templates = (client: ChallengeClient, trajectoryId: string | null) =>
      client.gql<{ feedbackTemplates: { id: string; title: string }[] }>(
        'query($t: ID) { feedbackTemplates(trajectoryId: $t) { id title trajectory { id } } }',
        { t: trajectoryId },
      );
    const bulk = (client: ChallengeClient, input: Record<string, unknown>) =>
      client.mutate('bulkRespond', input, 'id state total done failed errors');
    const job = (client: ChallengeClient, id: string) =>
      client.gql<{ bulkFeedbackJob: Record<string, unknown> | null }>(
        'query($id: ID!) { bulkFeedbackJob(id: $id) { id state total done failed errors } }',
        { id },
      );

    it('keeps organisation-wide templates for moderators and trajectory templates for the team', async () => {
      const body = {
        title: 'Dank, we kijken ernaar',
        status: 'UNDER_CONSIDERATION',
        text: 'Dank voor ‘{titel}’: we kijken ernaar.',
      };
      expect(errorCode(await template(eva, body))).toBe('FORBIDDEN');
      expect(errorCode(await template(lead, body))).toBe('FORBIDDEN');
      expect(fieldCodes(await template(mod, { ...body, status: 'MERGED' }))).toEqual([
        'input.status:NOT_A_RESPONSE',
      ]);
      const created = await templateOk(mod, body);
      expect(created.trajectory).toBeNull();
      orgTemplate = created.id;
      t1Template = (
        await templateOk(lead, {
          ...body,
          trajectoryId: t1,
          title: 'Ingepland in T1',
          status: 'PLANNED',
          text: 'We plannen {title} in.',
        })
      ).id;
      expect(errorCode(await template(lead, { ...body, trajectoryId: t2 }))).toBe('FORBIDDEN');
      expect((await templates(lead, t1)).data!.feedbackTemplates.map((t) => t.id).sort()).toEqual(
        [orgTemplate, t1Template].sort(),
      );
      expect((await templates(pl, null)).data!.feedbackTemplates.map((t) => t.id)).toContain(
        orgTemplate,
      );
      expect((await templates(pl, null)).data!.feedbackTemplates.map((t) => t.id)).not.toContain(
        t1Template,
      );
      expect(errorCode(await templates(eva, null))).toBe('FORBIDDEN');
      // Changes: the team edits its trajectory's, only moderators the organisation's.
      const update = (client: ChallengeClient, id: string, input: Record<string, unknown>) =>
        client.gql(
          'mutation($id: ID!, $input: FeedbackTemplateInput!) { updateFeedbackTemplate(id: $id, input: $input) { title } }',
          { id, input },
        );
      expect(errorCode(await update(lead, orgTemplate, body))).toBe('FORBIDDEN');
      expect(errorCode(await update(eva, t1Template, body))).toBe('NOT_FOUND');
      expect(
        (await update(lead, t1Template, { ...body, trajectoryId: t1, title: 'Hernoemd' })).data,
      ).toEqual({ updateFeedbackTemplate: { title: 'Hernoemd' } });
      const spare = (await templateOk(mod, { ...body, title: 'Weg' })).id;
      expect(errorCode(await lead.byId('deleteFeedbackTemplate', spare, ''))).toBe('FORBIDDEN');
      expect((await mod.byId('deleteFeedbackTemplate', spare, '')).data).toEqual({
        deleteFeedbackTemplate: true,
      });
      expect(errorCode(await mod.byId('deleteFeedbackTemplate', spare, ''))).toBe('NOT_FOUND');
    });

    it('answers up to 25 inputs at once, with the template filled in per input', async () => {
      const three = [
        await idea(eva, open, 'Bulk: fietsenstalling'),
        await idea(eva, open, 'Bulk: douches'),
        await idea(groen, greenOnly, 'Bulk: plantenbakken'),
      ];
      expect(
        errorCode(await bulk(eva, { inputIds: three.slice(0, 2), status: 'PLANNED', text: 'x' })),
      ).toBe('FORBIDDEN');
      expect(errorCode(await bulk(eva, { inputIds: three, status: 'PLANNED', text: 'x' }))).toBe(
        'NOT_FOUND',
      );
      expect(
        fieldCodes(
          await bulk(mod, {
            inputIds: three,
            status: 'PLANNED',
            text: 'x',
            templateId: orgTemplate,
          }),
        ),
      ).toEqual(['input.text:TEXT_OR_TEMPLATE']);
      expect(fieldCodes(await bulk(mod, { inputIds: three, status: 'PLANNED' }))).toEqual([
        'input.text:TEXT_OR_TEMPLATE',
      ]);
      expect(fieldCodes(await bulk(mod, { inputIds: three, status: 'MERGED', text: 'x' }))).toEqual(
        ['input.status:NOT_A_RESPONSE'],
      );
      expect(errorCode(await bulk(pl, { inputIds: three, status: 'PLANNED', text: 'x' }))).toBe(
        'NOT_FOUND',
      ); // the Groen idea is outside projectleider@'s audience
      const inT2 = await idea(eva, t2Challenge, 'Bulk: in T2');
      expect(
        fieldCodes(
          await bulk(mod, {
            inputIds: [three[0], inT2],
            status: 'PLANNED',
            templateId: t1Template,
          }),
        ),
      ).toEqual(['input.templateId:OTHER_TRAJECTORY']);
      const done = await mod.mutateOk<Record<string, unknown>>(
        'bulkRespond',
        { inputIds: [...three, three[0]], status: 'UNDER_CONSIDERATION', templateId: orgTemplate },
        'id state total done failed errors',
      );
      expect(done).toMatchObject({ state: 'DONE', total: 3, done: 3, failed: 0, errors: [] });
      const answered = await inputOf(groen, three[2]);
      expect(answered.feedback).toMatchObject({
        status: 'UNDER_CONSIDERATION',
        response: 'Dank voor ‘Bulk: plantenbakken’: we kijken ernaar.',
        responder: { name: 'Mo Moderator' },
      });
      expect((await job(mod, done['id'] as string)).data!.bulkFeedbackJob).toMatchObject({
        state: 'DONE',
      });
      // Only its starter reads a job.
      expect((await job(lead, done['id'] as string)).data!.bulkFeedbackJob).toBeNull();
    });

    it('runs larger selections as a job with progress; refusals are counted, not fatal', async () => {
      const many: string[] = [];
      for (let i = 0; i < 30; i++) many.push(await idea(eva, open, `Bulk-job idee ${i + 1}`));
      await eva.byId('withdrawIdea', many[7]);
      await mod.respondOk(many[3], 'Al klaar', 'DONE');
      const started = await mod.mutateOk<{ id: string; state: string; total: number }>(
        'bulkRespond',
        { inputIds: many, status: 'PLANNED', text: 'Ingepland voor het voorjaar.' },
        'id state total done',
      );
      expect(started).toMatchObject({ total: 30 });
      expect(['QUEUED', 'RUNNING', 'DONE']).toContain(started.state);
      let progress: Record<string, unknown> | null = null;
      for (let i = 0; i < 300; i++) {
        progress = (await job(mod, started.id)).data!.bulkFeedbackJob;
        if (progress?.['state'] === 'DONE') break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(progress).toMatchObject({ state: 'DONE', total: 30, done: 28, failed: 2 });
      expect((progress!['errors'] as string[]).sort()).toEqual(
        [`${many[3]}: INVALID_TRANSITION`, `${many[7]}: INPUT_WITHDRAWN`].sort(),
      );
      const [{ n }] = await q<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM input_feedback WHERE idempotency_key = $1`,
        [`bulk:${started.id}`],
      );
      expect(n).toBe(28);
      expect((await inputOf(eva, many[29])).feedback).toMatchObject({
        status: 'PLANNED',
        response: 'Ingepland voor het voorjaar.',
      });
    });
  });
});
