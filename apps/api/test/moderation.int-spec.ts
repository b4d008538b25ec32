import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from './test-api';
import { errorCode } from './test-session';
import { ModerationClient, registerTestNotes } from './moderation-helpers';
import { fieldCodes, TrajectoryClient, userId } from './trajectory-helpers';

const REPORTERS = [
  'employee@voorbeeld.nl',
  'or-lid@voorbeeld.nl',
  'handhaver@voorbeeld.nl',
  'analist@voorbeeld.nl',
  'servicepunt@voorbeeld.nl',
  'manager@voorbeeld.nl',
];

describe('moderation: reports, auto-hide, queue, hide/restore/dismiss', () => {
  let api: TestApi;
  let ds: DataSource;
  let notes: Awaited<ReturnType<typeof registerTestNotes>>;
  let reporters: ModerationClient[];
  let moderator: ModerationClient;
  let admin: ModerationClient;
  let openTrajectory: string;
  let closedTrajectory: string;
  let authorId: string;
  let moderatorId: string;

  const auditRows = async (contentId: string) =>
    ds.query<
      {
        action: string;
        actor_id: string | null;
        origin_ip: string | null;
        details: Record<string, unknown>;
      }[]
    >(
      `SELECT action, actor_id, origin_ip, details FROM audit_event
       WHERE object_id = $1 ORDER BY created_at, action`,
      [contentId],
    );

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true', MODERATION_AUTO_HIDE_REPORTS: '3' });
    ds = api.app.get(DataSource);
    notes = await registerTestNotes(api);
    reporters = [];
    for (const e of REPORTERS) reporters.push(await ModerationClient.as(api.url, e));
    moderator = await ModerationClient.as(api.url, 'moderator@voorbeeld.nl');
    admin = await ModerationClient.as(api.url, 'admin@voorbeeld.nl');
    authorId = await userId(api.url, 'projectleider@voorbeeld.nl');
    moderatorId = await userId(api.url, 'moderator@voorbeeld.nl');
    const owner = await TrajectoryClient.as(api.url, 'admin@voorbeeld.nl');
    openTrajectory = (
      await owner.ok('createTrajectory', { title: 'Open', problemStatement: 'Voor iedereen' })
    ).id;
    // Only for Team Groen: the moderator (Team Data en Informatie) may not see it.
    const { body } = await owner.session.gql<{ orgUnits: { id: string; name: string }[] }>(
      '{ orgUnits { id name } }',
    );
    const groen = body.data!.orgUnits.find((u) => u.name === 'Team Groen')!.id;
    closedTrajectory = (
      await owner.ok('createTrajectory', {
        title: 'Besloten',
        problemStatement: 'Alleen Team Groen',
        visibility: 'ORG_UNITS',
        orgUnitIds: [groen],
      })
    ).id;
  });
  afterAll(() => api.close());

  it('takes one report per person and answers typed errors for bad reports', async () => {
    const note = await notes.create(openTrajectory, authorId, 'Eerste notitie');
    const ok = await reporters[0].report('test-note', note, 'OTHER', '  Klopt niet  ');
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.reportContent).toMatchObject({
      kind: 'test-note',
      contentId: note,
      reason: 'OTHER',
    });
    expect(errorCode(await reporters[0].report('test-note', note, 'SPAM'))).toBe('CONFLICT');
    const other = await reporters[1].report('test-note', note, 'OTHER', '   ');
    expect(fieldCodes(other)).toEqual(['REQUIRED']);
    expect(fieldCodes(await reporters[1].report('roast-x', note))).toEqual(['UNKNOWN_KIND']);
    expect(errorCode(await reporters[1].report('test-note', randomUUID()))).toBe('NOT_FOUND');
    expect(
      fieldCodes(await reporters[1].report('test-note', note, 'OTHER', 'x'.repeat(1001))),
    ).toEqual(['MAX_LENGTH']);
    expect(errorCode(await reporters[1].report('test-note', note, 'RUDE'))).toBe('BAD_USER_INPUT');
    // Content one may not see answers exactly like content that does not exist.
    const secret = await notes.create(openTrajectory, authorId, 'Geheim', [authorId]);
    expect(errorCode(await reporters[1].report('test-note', secret))).toBe('NOT_FOUND');
    const [row] = await ds.query<{ text: string; status: string }[]>(
      `SELECT r.text, r.status FROM content_report r JOIN moderated_content mc
         ON mc.id = r.moderated_content_id WHERE mc.content_id = $1`,
      [note],
    );
    expect(row).toEqual({ text: 'Klopt niet', status: 'OPEN' });
    // The reporter can tell what they reported; others see nothing of it.
    const reported = (client: ModerationClient) =>
      client.session.gql<{ reportedByMe: string[] }>(
        'query($ids: [ID!]!) { reportedByMe(kind: "test-note", contentIds: $ids) }',
        { ids: [note, secret, randomUUID()] },
      );
    expect((await reported(reporters[0])).body.data!.reportedByMe).toEqual([note]);
    expect((await reported(reporters[1])).body.data!.reportedByMe).toEqual([]);
  });

  it('hides content automatically at the configured number of open reports, once', async () => {
    const note = await notes.create(openTrajectory, authorId, 'Reclame voor mijn bedrijf');
    await reporters[0].report('test-note', note, 'SPAM');
    await reporters[1].report('test-note', note, 'OFFENSIVE');
    expect((await notes.get(note)).hidden).toBe(false);
    const third = await reporters[2].report('test-note', note, 'SPAM');
    expect(third.errors).toBeUndefined();
    expect(await notes.get(note)).toEqual({ hidden: true, hidden_reason: null });
    // Hidden content is no longer visible to reporters: a fourth report finds nothing.
    expect(errorCode(await reporters[3].report('test-note', note, 'SPAM'))).toBe('NOT_FOUND');

    const item = (await moderator.queueItems()).find((i) => i.contentId === note)!;
    expect(item).toMatchObject({
      kind: 'test-note',
      hidden: true,
      autoHidden: true,
      hiddenReason: null,
      openReportCount: 3,
      reasonCounts: [
        { reason: 'SPAM', count: 2 },
        { reason: 'OFFENSIVE', count: 1 },
      ],
    });
    expect(item.reports).toHaveLength(3);

    const audit = await auditRows(note);
    expect(audit.map((a) => a.action).sort()).toEqual([
      'moderation.auto_hide',
      'moderation.report',
      'moderation.report',
      'moderation.report',
    ]);
    // Nobody can read who reported: not from the audit log either.
    expect(audit.every((a) => a.actor_id === null && a.origin_ip === null)).toBe(true);
  });

  it('never shows who reported, in any field of the queue', async () => {
    const note = await notes.create(openTrajectory, authorId, 'Wie meldde dit?');
    await reporters[4].report('test-note', note, 'DOES_NOT_BELONG');
    const reporterIds = await ds.query<{ id: string }[]>(
      `SELECT id FROM app_user WHERE email = ANY($1)`,
      [REPORTERS],
    );
    const { session } = admin;
    const { body } = await session.gql(
      `{ moderationQueue(first: 20) { edges { node { ${'id kind contentId reports { reason text createdAt }'} } } } }`,
    );
    const text = JSON.stringify(body);
    expect(text).toContain(note);
    for (const { id } of reporterIds) expect(text).not.toContain(id);
    // The schema has no field that could carry the reporter.
    const { body: schema } = await session.gql<{
      __type: { fields: { name: string }[] };
    }>('{ __type(name: "ModerationReport") { fields { name } } }');
    expect(schema.data!.__type.fields.map((f) => f.name).sort()).toEqual([
      'createdAt',
      'reason',
      'text',
    ]);
  });

  it('counts concurrent reports exactly and auto-hides once', async () => {
    const note = await notes.create(openTrajectory, authorId, 'Tegelijk gemeld');
    const results = await Promise.all(
      reporters.slice(0, 5).map((r) => r.report('test-note', note, 'SPAM')),
    );
    // Some reports may arrive after the hide and then find nothing; none fails otherwise.
    for (const r of results) if (r.errors) expect(errorCode(r)).toBe('NOT_FOUND');
    const accepted = results.filter((r) => !r.errors).length;
    expect(accepted).toBeGreaterThanOrEqual(3);
    const [state] = await ds.query<{ open_report_count: number }[]>(
      'SELECT open_report_count FROM moderated_content WHERE content_id = $1',
      [note],
    );
    const [{ n }] = await ds.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM content_report r JOIN moderated_content mc
         ON mc.id = r.moderated_content_id WHERE mc.content_id = $1`,
      [note],
    );
    expect(Number(state.open_report_count)).toBe(accepted);
    expect(Number(n)).toBe(accepted);
    const audit = await auditRows(note);
    expect(audit.filter((a) => a.action === 'moderation.auto_hide')).toHaveLength(1);
    expect(audit.filter((a) => a.action === 'moderation.report')).toHaveLength(accepted);
  });

  it('hides with a reason the author sees, restores, and audits both with the moderator', async () => {
    const note = await notes.create(openTrajectory, authorId, 'Scheldwoorden');
    await reporters[0].report('test-note', note, 'OFFENSIVE');
    const hidden = await moderator.act('hideContent', {
      kind: 'test-note',
      contentId: note,
      reason: '  Niet volgens de gedragscode  ',
    });
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data!.hideContent).toMatchObject({
      hidden: true,
      autoHidden: false,
      hiddenReason: 'Niet volgens de gedragscode',
      openReportCount: 0,
    });
    expect(await notes.get(note)).toEqual({
      hidden: true,
      hidden_reason: 'Niet volgens de gedragscode',
    });
    const [report] = await ds.query<{ status: string }[]>(
      `SELECT r.status FROM content_report r JOIN moderated_content mc
         ON mc.id = r.moderated_content_id WHERE mc.content_id = $1`,
      [note],
    );
    expect(report.status).toBe('UPHELD');
    expect((await moderator.queueItems()).map((i) => i.contentId)).not.toContain(note);
    expect((await moderator.queueItems({ status: 'HIDDEN' })).map((i) => i.contentId)).toContain(
      note,
    );

    const restored = await moderator.act('restoreContent', {
      kind: 'test-note',
      contentId: note,
      note: 'Bij nader inzien in orde',
    });
    expect(restored.data!.restoreContent).toMatchObject({ hidden: false, hiddenReason: null });
    expect(await notes.get(note)).toEqual({ hidden: false, hidden_reason: null });
    expect(
      (await moderator.queueItems({ status: 'HIDDEN' })).map((i) => i.contentId),
    ).not.toContain(note);
    const again = await moderator.act('restoreContent', { kind: 'test-note', contentId: note });
    expect(fieldCodes(again)).toEqual(['NOT_HIDDEN']);
    expect(errorCode(again)).toBe('PRECONDITION_FAILED');
    expect(
      fieldCodes(
        await moderator.act('hideContent', { kind: 'test-note', contentId: note, reason: ' ' }),
      ),
    ).toEqual(['NOT_BLANK']);

    const audit = (await auditRows(note)).filter((a) => a.action !== 'moderation.report');
    expect(audit).toEqual([
      {
        action: 'moderation.hide',
        actor_id: moderatorId,
        origin_ip: expect.any(String),
        details: { reason: 'Niet volgens de gedragscode', upheldReports: 1 },
      },
      {
        action: 'moderation.restore',
        actor_id: moderatorId,
        origin_ip: expect.any(String),
        details: { note: 'Bij nader inzien in orde', dismissedReports: 0 },
      },
    ]);
  });

  it('dismisses reports and shows again what only the reports had hidden', async () => {
    const note = await notes.create(openTrajectory, authorId, 'Onterecht gemeld');
    for (const r of reporters.slice(0, 3)) await r.report('test-note', note, 'SPAM');
    expect((await notes.get(note)).hidden).toBe(true);
    const body = await moderator.act('dismissReports', { kind: 'test-note', contentId: note });
    expect(body.data!.dismissReports).toMatchObject({ hidden: false, openReportCount: 0 });
    expect(await notes.get(note)).toEqual({ hidden: false, hidden_reason: null });
    expect((await moderator.queueItems()).map((i) => i.contentId)).not.toContain(note);
    const none = await moderator.act('dismissReports', { kind: 'test-note', contentId: note });
    expect(fieldCodes(none)).toEqual(['NO_OPEN_REPORTS']);
    // The dismissed reports still count as "reported" for those people: one report per person.
    expect(errorCode(await reporters[0].report('test-note', note, 'SPAM'))).toBe('CONFLICT');
    // New reports by others start a new count.
    await reporters[3].report('test-note', note, 'SPAM');
    expect((await moderator.queueItems()).find((i) => i.contentId === note)).toMatchObject({
      openReportCount: 1,
      hidden: false,
    });

    // Dismissing reports of content a moderator hid keeps it hidden.
    const kept = await notes.create(openTrajectory, authorId, 'Blijft verborgen');
    await reporters[0].report('test-note', kept, 'SPAM');
    await moderator.act('hideContent', { kind: 'test-note', contentId: kept, reason: 'Spam' });
    const hiddenNote = await notes.create(openTrajectory, authorId, 'Verborgen met melding');
    await moderator.act('hideContent', { kind: 'test-note', contentId: hiddenNote, reason: 'Weg' });
    expect(await notes.get(hiddenNote)).toEqual({ hidden: true, hidden_reason: 'Weg' });
  });

  it('scopes the queue and the actions to what the moderator may see', async () => {
    const closed = await notes.create(closedTrajectory, authorId, 'In besloten traject');
    const groen = await ModerationClient.as(api.url, 'or-lid@voorbeeld.nl');
    expect((await groen.report('test-note', closed, 'SPAM')).errors).toBeUndefined();
    // Outside the moderator's trajectories: absent from the queue, NOT_FOUND for actions.
    expect((await moderator.queueItems()).map((i) => i.contentId)).not.toContain(closed);
    expect((await admin.queueItems()).map((i) => i.contentId)).toContain(closed);
    expect(
      errorCode(
        await moderator.act('hideContent', { kind: 'test-note', contentId: closed, reason: 'x' }),
      ),
    ).toBe('NOT_FOUND');
    // The provider's own rule (an audience without the moderator) also scopes the queue.
    const audience = await notes.create(openTrajectory, authorId, 'Voor een groep', [
      authorId,
      await userId(api.url, 'employee@voorbeeld.nl'),
    ]);
    expect((await reporters[0].report('test-note', audience, 'SPAM')).errors).toBeUndefined();
    expect((await moderator.queueItems()).map((i) => i.contentId)).not.toContain(audience);
    expect((await admin.queueItems()).map((i) => i.contentId)).toContain(audience);
    // Employees do not moderate.
    expect(errorCode(await reporters[0].queue())).toBe('FORBIDDEN');
    expect(
      errorCode(
        await reporters[0].act('dismissReports', { kind: 'test-note', contentId: audience }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('pages the queue newest first without gaps or repeats and refuses bad cursors', async () => {
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      const n = await notes.create(openTrajectory, authorId, `Pagina ${i}`);
      await reporters[5].report('test-note', n, 'SPAM');
      made.push(n);
    }
    const all = (await admin.queueItems({ kind: 'test-note' })).map((i) => i.contentId);
    expect(all.slice(0, 5)).toEqual([...made].reverse());
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const body = await admin.queue({ first: 2, kind: 'test-note', ...(after ? { after } : {}) });
      const page = body.data!.moderationQueue;
      seen.push(...page.edges.map((e) => e.node.contentId));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(all);
    for (const bad of [
      'x',
      Buffer.from('["2026-02-31 10:00:00+00","x"]').toString('base64url'),
      Buffer.from('[1,2]').toString('base64url'),
    ]) {
      expect(fieldCodes(await admin.queue({ after: bad }))).toEqual(
        expect.arrayContaining([expect.stringMatching(/INVALID_CURSOR|IS_BASE64/)]),
      );
    }
    expect(fieldCodes(await admin.queue({ kind: 'unknown-kind' }))).toEqual(['UNKNOWN_KIND']);
  });

  it('never answers generated input to the moderation mutations with a 500', async () => {
    const note = await notes.create(openTrajectory, authorId, 'Fuzz');
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', minLength: 990, maxLength: 1100 }),
      fc.constantFrom('', ' ', '\u0000', '\ud800', "'; DROP TABLE content_report; --", 'test-note'),
    );
    const anything = fc.oneof(
      text,
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.oneof(fc.uuid(), text), { maxLength: 3 }),
    );
    const input = fc.record(
      {
        kind: fc.oneof(fc.constantFrom('test-note', 'idea', 'a'.repeat(33)), anything),
        contentId: fc.oneof(fc.constant(note), fc.uuid(), anything),
        reason: fc.oneof(fc.constantFrom('SPAM', 'OTHER', 'spam'), anything),
        text: anything,
        note: anything,
      },
      { requiredKeys: [] },
    );
    const allowed = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'PRECONDITION_FAILED'];
    await fc.assert(
      fc.asyncProperty(input, async (i) => {
        const { reason, text: t, note: n, ...rest } = i;
        const calls = [
          reporters[5].session.gql(
            'mutation($input: ReportContentInput!) { reportContent(input: $input) { kind } }',
            { input: { ...rest, reason, text: t } },
          ),
          moderator.session.gql(
            'mutation($input: HideContentInput!) { hideContent(input: $input) { id } }',
            { input: { ...rest, reason: t } },
          ),
          moderator.session.gql(
            'mutation($input: ModerationDecisionInput!) { restoreContent(input: $input) { id } }',
            { input: { ...rest, note: n } },
          ),
          moderator.session.gql(
            'mutation($input: ModerationDecisionInput!) { dismissReports(input: $input) { id } }',
            { input: { ...rest, note: n } },
          ),
        ];
        for (const { status, body } of await Promise.all(calls)) {
          expect(status).toBeLessThan(500);
          if (body.errors) expect(allowed).toContain(errorCode(body));
        }
      }),
      { numRuns: 100 },
    );
  });
});
