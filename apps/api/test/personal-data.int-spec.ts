import { randomUUID } from 'node:crypto';
import { ChallengeClient, errorCode, fieldCodes, IDEA_FIELDS } from './challenge-helpers';
import { startTestApi, TestApi } from './test-api';
import { TestSession } from './test-session';

const PASSWORD = 'een-lang-genoeg-wachtwoord';

interface ExportDoc {
  format: string;
  requestedBy: string;
  userId: string;
  notIncluded: string[];
  sections: Record<string, Record<string, unknown> & unknown[]>;
}

/**
 * Personal data export and erasure (C11): the person's own export (with what only they can
 * find), an administrator's export (without it), and an erasure that keeps contributions but
 * leaves nothing in the database that names the person.
 */
describe('personal data: export and erasure', () => {
  let api: TestApi;
  let admin: ChallengeClient;
  let mod: ChallengeClient;
  let eva: ChallengeClient;
  let subject: ChallengeClient;
  let subjectId: string;
  let modId: string;
  const name = `Pim Wisbaar ${randomUUID().slice(0, 6)}`;
  const email = `pim.${randomUUID().slice(0, 8)}@voorbeeld.nl`;
  const made = {} as {
    trajectoryId: string;
    challengeId: string;
    evaIdea: string;
    namedIdea: string;
    anonymousIdea: string;
    namedComment: string;
    anonymousComment: string;
  };
  const q = <T = unknown>(sql: string, p: unknown[] = []) => api.db.dataSource.query<T>(sql, p);

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    admin = await ChallengeClient.as(api.url, 'admin@voorbeeld.nl');
    mod = await ChallengeClient.as(api.url, 'moderator@voorbeeld.nl');
    eva = await ChallengeClient.as(api.url, 'employee@voorbeeld.nl');
    subjectId = (
      await admin.mutateOk('createUser', { name, email, password: PASSWORD, role: 'MODERATOR' })
    ).id;
    modId = (await mod.ok<{ me: { id: string } }>('{ me { id } }')).me.id;
    subject = new ChallengeClient(await new TestSession(api.url).signInOrFail(email, PASSWORD));

    // The person owns a trajectory with a challenge, writes named and anonymous ideas and
    // comments, supports and follows Eva's idea and answers it as a moderator.
    made.trajectoryId = (await subject.trajectory()).id;
    made.challengeId = await subject.challenge(made.trajectoryId);
    made.evaIdea = (await eva.submitOk(made.challengeId, { title: 'Idee van Eva' })).id;
    made.namedIdea = (await subject.submitOk(made.challengeId, { title: 'Idee met naam' })).id;
    made.anonymousIdea = (
      await subject.submitOk(made.challengeId, { title: 'Idee zonder naam', anonymous: true })
    ).id;
    made.namedComment = (
      await subject.mutateOk('addComment', { inputId: made.evaIdea, body: 'Reactie met naam' })
    ).id;
    made.anonymousComment = (
      await subject.mutateOk('addComment', {
        inputId: made.evaIdea,
        body: 'Reactie zonder naam',
        anonymous: true,
      })
    ).id;
    await ok(subject.byId('supportIdea', made.evaIdea));
    await ok(subject.byId('followIdea', made.evaIdea));
    await subject.respondOk(made.evaIdea, 'We kijken ernaar.');
  }, 180_000); // start-up with the demo seed on a shared, busy machine
  afterAll(() => api.close());

  async function ok<T>(p: Promise<{ errors?: unknown[]; data?: T }>) {
    const body = await p;
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  }

  const exportOf = async (client: ChallengeClient, id?: string) => {
    const data = id
      ? await client.ok<{ personalData: { fileName: string; json: string } }>(
          'query($id: ID!) { personalData(id: $id) { fileName json } }',
          { id },
        )
      : await client.ok<{ myPersonalData: { fileName: string; json: string } }>(
          '{ myPersonalData { fileName json } }',
        );
    const file = id
      ? (data as { personalData: { fileName: string; json: string } }).personalData
      : (data as { myPersonalData: { fileName: string; json: string } }).myPersonalData;
    expect(file.fileName).toMatch(
      id
        ? new RegExp(`^inspraak-gegevens-${id.slice(0, 8)}-\\d{4}-\\d{2}-\\d{2}\\.json$`)
        : /^inspraak-gegevens-\d{4}-\d{2}-\d{2}\.json$/,
    );
    return JSON.parse(file.json) as ExportDoc;
  };

  const erase = (input: Record<string, unknown>) =>
    admin.mutate(
      'eraseUser',
      input,
      'user { id name email erasedAt deactivatedAt } counts { section kind count }',
    );

  it('gives the person everything held about them, their anonymous input included', async () => {
    const doc = await exportOf(subject);
    expect(doc).toMatchObject({
      format: 'inspraak.personal-data/v1',
      requestedBy: 'self',
      userId: subjectId,
    });
    const s = doc.sections as Record<string, Record<string, unknown>>;
    expect(s['account']).toMatchObject({ id: subjectId, name, email, role: 'MODERATOR' });
    expect((s['account']['sessions'] as unknown[]).length).toBeGreaterThanOrEqual(1);
    const inputs = s['inputs'] as Record<string, { id: string; title?: string }[]>;
    expect(inputs['written'].map((i) => i.id)).toEqual([made.namedIdea]);
    expect(inputs['writtenAnonymously'].map((i) => i.id)).toEqual([made.anonymousIdea]);
    expect(inputs['comments'].map((c) => c.id)).toEqual([made.namedComment]);
    expect(inputs['commentsAnonymously'].map((c) => c.id)).toEqual([made.anonymousComment]);
    expect(inputs['supported'].map((i) => i.id)).toEqual([made.evaIdea]);
    expect(inputs['following'].map((i) => i.id)).toContain(made.evaIdea);
    expect(s['trajectories']['owned']).toEqual([
      expect.objectContaining({ id: made.trajectoryId }),
    ]);
    expect(s['feedback']['responsesGiven']).toEqual([
      expect.objectContaining({ input: expect.objectContaining({ id: made.evaIdea }) }),
    ]);
    expect((s['challenges']['created'] as { id: string }[]).map((c) => c.id)).toEqual([
      made.challengeId,
    ]);
    expect(Array.isArray(s['pulse']['rounds'])).toBe(true);
    expect(Array.isArray(s['reports'])).toBe(true);
    const actions = (s['auditLog'] as unknown as { action: string }[]).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['auth.sign_in', 'trajectory.create']));

    // Eva's export holds nothing of the person's anonymous input.
    const evas = await exportOf(eva);
    const evaInputs = evas.sections['inputs'] as Record<string, { id: string }[]>;
    expect(evaInputs['writtenAnonymously'].map((i) => i.id)).not.toContain(made.anonymousIdea);
    expect(evaInputs['written'].map((i) => i.id)).toContain(made.evaIdea);
  });

  it("gives an administrator the person's data without what only the person may know", async () => {
    const doc = await exportOf(admin, subjectId);
    expect(doc.requestedBy).toBe('administrator');
    const inputs = doc.sections['inputs'] as Record<string, unknown>;
    expect(inputs['written']).toHaveLength(1);
    expect(inputs).not.toHaveProperty('writtenAnonymously');
    expect(inputs).not.toHaveProperty('commentsAnonymously');
    expect(JSON.stringify(doc)).not.toContain(made.anonymousIdea);
    expect(JSON.stringify(doc)).not.toContain(made.anonymousComment);
    expect(typeof (doc.sections['pulse'] as Record<string, unknown>)['rounds']).toBe('string');
    expect(typeof doc.sections['reports']).toBe('string');
    expect(doc.notIncluded.length).toBeGreaterThan(2);

    // Both exports are in the audit log; others may not ask for someone's data.
    const audited = await q<{ actor_id: string; details: { self: boolean } }[]>(
      `SELECT actor_id, details FROM audit_event
        WHERE action = 'user.personal_data_export' AND object_id = $1 ORDER BY created_at`,
      [subjectId],
    );
    expect(audited.map((a) => a.details.self)).toEqual([true, false]);
    const asEva = await eva.gql('query($id: ID!) { personalData(id: $id) { json } }', {
      id: subjectId,
    });
    expect(errorCode(asEva)).toBe('FORBIDDEN');
    const unknown = await admin.gql('query($id: ID!) { personalData(id: $id) { json } }', {
      id: randomUUID(),
    });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });

  it('refuses an erasure that is not confirmed, leaves an owner without successor, or is your own', async () => {
    const wrongEmail = await erase({ userId: subjectId, confirmEmail: 'iemand@voorbeeld.nl' });
    expect(fieldCodes(wrongEmail)).toEqual(['input.confirmEmail:CONFIRMATION_MISMATCH']);
    const noSuccessor = await erase({ userId: subjectId, confirmEmail: email.toUpperCase() });
    expect(fieldCodes(noSuccessor)).toEqual(['input.newOwnerId:OWNS_TRAJECTORIES']);
    const self = await erase({ userId: subjectId, confirmEmail: email, newOwnerId: subjectId });
    expect(fieldCodes(self)).toEqual(['input.newOwnerId:SAME_USER']);
    const adminId = (await admin.ok<{ me: { id: string } }>('{ me { id } }')).me.id;
    const own = await erase({ userId: adminId, confirmEmail: 'admin@voorbeeld.nl' });
    expect(fieldCodes(own)).toEqual(['input.userId:OWN_ACCOUNT']);
    const badInput = await erase({ userId: 'not-a-uuid', confirmEmail: email });
    expect(errorCode(badInput)).toBe('BAD_USER_INPUT');

    // Nothing happened: the person is still signed in and still owns the trajectory.
    const me = await subject.ok<{ me: { name: string } }>('{ me { name } }');
    expect(me.me.name).toBe(name);
    const [t] = await q<{ owner_id: string }[]>('SELECT owner_id FROM trajectory WHERE id = $1', [
      made.trajectoryId,
    ]);
    expect(t.owner_id).toBe(subjectId);
  });

  it('erases the person: contributions stay without them, nothing in the database names them', async () => {
    const before = await eva.ok<{ idea: { supportCount: number; followerCount: number } }>(
      'query($id: ID!) { idea(id: $id) { supportCount followerCount } }',
      { id: made.evaIdea },
    );
    const body = await erase({ userId: subjectId, confirmEmail: ` ${email} `, newOwnerId: modId });
    expect(body.errors).toBeUndefined();
    const result = body.data!['eraseUser'] as unknown as {
      user: { name: string; email: string; erasedAt: string | null; deactivatedAt: string | null };
      counts: { section: string; kind: string; count: number }[];
    };
    expect(result.user).toMatchObject({
      name: 'Verwijderd account',
      email: `erased-${subjectId}@erased.invalid`,
    });
    expect(result.user.erasedAt).not.toBeNull();
    expect(result.user.deactivatedAt).not.toBeNull();
    const count = (key: string) =>
      result.counts.find((c) => `${c.section}.${c.kind}` === key)?.count;
    expect(count('inputs.unlinkedInputs')).toBe(1);
    expect(count('inputs.unlinkedComments')).toBe(1);
    expect(count('inputs.follows')).toBeGreaterThanOrEqual(1);
    expect(count('trajectories.ownershipTransferred')).toBe(1);
    expect(count('account.sessions')).toBeGreaterThanOrEqual(1);

    // Signed out everywhere.
    expect((await subject.gql('{ me { id } }')).data).toEqual({ me: null });
    expect(errorCode(await subject.gql('{ myPersonalData { fileName } }'))).toBe('UNAUTHENTICATED');

    // Contributions stay: the named idea without an author, the support still counted, the
    // follow gone with its count; the trajectory went to its new owner (audited).
    const named = await eva.ok<{ idea: { title: string; author: unknown } }>(
      `query($id: ID!) { idea(id: $id) { ${IDEA_FIELDS} } }`,
      { id: made.namedIdea },
    );
    expect(named.idea).toMatchObject({ title: 'Idee met naam', author: null });
    const after = await eva.ok<{ idea: { supportCount: number; followerCount: number } }>(
      'query($id: ID!) { idea(id: $id) { supportCount followerCount } }',
      { id: made.evaIdea },
    );
    expect(after.idea.supportCount).toBe(before.idea.supportCount);
    expect(after.idea.followerCount).toBe(before.idea.followerCount - 1);
    const [t] = await q<{ owner_id: string }[]>('SELECT owner_id FROM trajectory WHERE id = $1', [
      made.trajectoryId,
    ]);
    expect(t.owner_id).toBe(modId);
    const [members] = await q<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM trajectory_member WHERE user_id = $1',
      [subjectId],
    );
    expect(members.n).toBe(0);
    const [transfer] = await q<{ details: Record<string, unknown> }[]>(
      `SELECT details FROM audit_event WHERE action = 'trajectory.owner_change' AND object_id = $1`,
      [made.trajectoryId],
    );
    expect(transfer.details).toMatchObject({ from: subjectId, to: modId, reason: 'erasure' });

    // The erasure is audited with counts only.
    const [audit] = await q<{ actor_id: string; details: Record<string, unknown> }[]>(
      `SELECT actor_id, details FROM audit_event WHERE action = 'user.erase' AND object_id = $1`,
      [subjectId],
    );
    expect(audit.details).toMatchObject({ newOwnerId: modId });

    // No table holds the person's name or address any more (a text search of every row).
    const tables = await q<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
          AND table_name NOT IN ('migrations', 'typeorm_metadata')`,
    );
    const naming: string[] = [];
    for (const { table_name } of tables) {
      const [hit] = await q<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM "${table_name}" t
          WHERE t::text ILIKE $1 OR t::text ILIKE $2`,
        [`%${email}%`, `%${name}%`],
      );
      if (hit.n > 0) naming.push(`${table_name}: ${hit.n}`);
    }
    expect(naming).toEqual([]);

    // The old address and password open nothing. (After the search: a failed sign-in is
    // recorded with the address that was typed, as any failed sign-in is.)
    const again = await new TestSession(api.url).signIn(email, PASSWORD);
    expect(errorCode(again.body)).toBe('UNAUTHENTICATED');
  });

  it('refuses to erase twice or to change an erased account', async () => {
    const twice = await erase({
      userId: subjectId,
      confirmEmail: `erased-${subjectId}@erased.invalid`,
      newOwnerId: modId,
    });
    expect(fieldCodes(twice)).toEqual(['input.userId:ALREADY_ERASED']);
    const rename = await admin.mutate('updateUser', { id: subjectId, name: 'Iemand anders' });
    expect(fieldCodes(rename)).toEqual(['id:ERASED']);
    // An owner picker asks for active accounts only: the erased one is not offered.
    const listed = async (activeOnly: boolean) =>
      (
        await admin.ok<{ users: { edges: { node: { id: string } }[] } }>(
          'query($a: Boolean!) { users(first: 50, search: "Verwijderd account", activeOnly: $a) { edges { node { id } } } }',
          { a: activeOnly },
        )
      ).users.edges.map((e) => e.node.id);
    expect(await listed(false)).toContain(subjectId);
    expect(await listed(true)).not.toContain(subjectId);
    // The export of an erased account says what is left: no name or address.
    const doc = await exportOf(admin, subjectId);
    expect(doc.sections['account']).toMatchObject({
      name: 'Verwijderd account',
      email: `erased-${subjectId}@erased.invalid`,
    });
  });
});
