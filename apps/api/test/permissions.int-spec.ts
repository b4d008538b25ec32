import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GLOBAL_ROLES, GlobalRole, Permission, roleHasPermission } from '@inspraak/contracts';
import { DEMO_PASSWORD, DEMO_USERS } from '@inspraak/server-identity';
import { operationPermissions } from './operation-permissions';
import { startTestApi, TestApi } from './test-api';
import { errorCode, TestSession } from './test-session';
import { trajectorySamples } from './trajectory-samples';
import { challengeSamples } from './challenge-samples';
import { moderationSamples } from './moderation-samples';
import { evaluationSamples } from './evaluation-samples';
import { pulseSamples } from './pulse-samples';
import { feedbackSamples } from './feedback-samples';
import { notificationSamples } from './notification-samples';

const SNAPSHOT = join(__dirname, 'operation-permissions.json');

/** One valid call per operation; a new operation without a sample fails the matrix test. */
const SAMPLES: Record<string, () => { query: string; variables?: Record<string, unknown> }> = {
  'Query.me': () => ({ query: '{ me { id } }' }),
  'Query.organisation': () => ({ query: '{ organisation { name } }' }),
  'Query.platformStatus': () => ({ query: '{ platformStatus { version } }' }),
  'Query.simPhases': () => ({ query: '{ simPhases { number } }' }),
  'Query.orgUnits': () => ({ query: '{ orgUnits { id } }' }),
  'Query.users': () => ({ query: '{ users(first: 2) { edges { node { id } } } }' }),
  'Query.auditEvents': () => ({ query: '{ auditEvents(first: 2) { edges { node { id } } } }' }),
  'Query.devMailbox': () => ({ query: '{ devMailbox(first: 2) { edges { node { id } } } }' }),
  'Mutation.inviteUser': () => ({
    query: 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }',
    variables: { input: { name: 'Invited Person', email: `${randomUUID()}@voorbeeld.nl` } },
  }),
  'Mutation.acceptInvitation': () => ({
    query: 'mutation($input: TokenPasswordInput!) { acceptInvitation(input: $input) { id } }',
    variables: { input: { token: 'A'.repeat(43), password: 'een-lang-genoeg-wachtwoord' } },
  }),
  'Mutation.requestPasswordReset': () => ({
    query: 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }',
    variables: { input: { email: `${randomUUID()}@voorbeeld.nl` } },
  }),
  'Mutation.resetPassword': () => ({
    query: 'mutation($input: TokenPasswordInput!) { resetPassword(input: $input) { id } }',
    variables: { input: { token: 'A'.repeat(43), password: 'een-lang-genoeg-wachtwoord' } },
  }),
  'Query.signInOptions': () => ({ query: '{ signInOptions { password } }' }),
  'Query.userImport': () => ({
    query: 'query($id: ID!) { userImport(id: $id) { id } }',
    variables: { id: randomUUID() },
  }),
  'Mutation.startUserImport': () => ({
    query: 'mutation($input: StartUserImportInput!) { startUserImport(input: $input) { id } }',
    variables: { input: { kind: 'USERS', csv: 'email,name\n', dryRun: true } },
  }),
  'Mutation.exportUsersCsv': () => ({ query: 'mutation { exportUsersCsv }' }),
  'Mutation.signIn': () => ({
    query: 'mutation($input: SignInInput!) { signIn(input: $input) { id } }',
    variables: { input: { email: 'employee@voorbeeld.nl', password: DEMO_PASSWORD } },
  }),
  'Mutation.signOut': () => ({ query: 'mutation { signOut }' }),
  'Mutation.createOrgUnit': () => ({
    query: 'mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }',
    variables: { input: { name: `Unit ${randomUUID()}` } },
  }),
  'Mutation.renameOrgUnit': () => ({
    query: 'mutation($input: RenameOrgUnitInput!) { renameOrgUnit(input: $input) { id } }',
    variables: { input: { id: randomUUID(), name: 'Renamed' } },
  }),
  'Mutation.moveOrgUnit': () => ({
    query: 'mutation($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { id } }',
    variables: { input: { id: randomUUID(), parentId: null } },
  }),
  'Mutation.archiveOrgUnit': () => ({
    query: 'mutation($id: ID!) { archiveOrgUnit(id: $id) { id } }',
    variables: { id: randomUUID() },
  }),
  'Mutation.createUser': () => ({
    query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    variables: { input: { name: 'New Person', email: `${randomUUID()}@voorbeeld.nl` } },
  }),
  'Query.exportAuditEventsCsv': () => ({ query: '{ exportAuditEventsCsv }' }),
  'Mutation.updateMyProfile': () => ({
    query: 'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id } }',
    variables: { input: { locale: 'EN' } },
  }),
  'Mutation.updateUser': () => ({
    query: 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
    variables: { input: { id: randomUUID(), name: 'Other Name' } },
  }),
  'Mutation.deactivateUser': () => ({
    query: 'mutation($id: ID!) { deactivateUser(id: $id) { id } }',
    variables: { id: randomUUID() },
  }),
  // Personal data (C11): your own export; an admin's export and erasure of a random id.
  'Query.myPersonalData': () => ({ query: '{ myPersonalData { fileName } }' }),
  'Query.personalData': () => ({
    query: 'query($id: ID!) { personalData(id: $id) { fileName } }',
    variables: { id: randomUUID() },
  }),
  'Mutation.eraseUser': () => ({
    query: 'mutation($input: EraseUserInput!) { eraseUser(input: $input) { user { id } } }',
    variables: { input: { userId: randomUUID(), confirmEmail: 'x@voorbeeld.nl' } },
  }),
  // Trajectories: random ids, so allowed callers get NOT_FOUND or a typed input error.
  ...trajectorySamples(),
  // Challenges and ideas: random ids, so allowed callers get NOT_FOUND.
  ...challengeSamples(),
  // Moderation: random ids, so allowed callers get NOT_FOUND or a typed input error.
  ...moderationSamples(),
  // Jury evaluation of challenges.
  ...evaluationSamples(),
  // Pulse surveys: random ids, so allowed callers get NOT_FOUND.
  ...pulseSamples(),
  // The feedback loop: random ids, so allowed callers get NOT_FOUND (or null).
  ...feedbackSamples(),
  // Notifications: the caller's own; unsubscribe is public (a bad token is a typed error).
  ...notificationSamples(),
};

describe('authorisation of every GraphQL operation', () => {
  let api: TestApi;
  let table: Record<string, string>;
  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    table = operationPermissions(api.app);
  });
  afterAll(() => api.close());

  it('marks every operation with @Authorize or @Public', () => {
    const unmarked = Object.entries(table).filter(([, p]) => p === 'NONE');
    expect(unmarked).toEqual([]);
  });

  it('matches the committed operation-permission snapshot (review who may call what)', () => {
    // Who may call what: the permission and the roles that hold it today.
    const review = Object.fromEntries(
      Object.entries(table).map(([op, need]) => [
        op,
        {
          requires: need,
          callers:
            need === 'PUBLIC'
              ? ['anyone']
              : GLOBAL_ROLES.filter((r) => roleHasPermission(r, need as Permission)),
        },
      ]),
    );
    if (process.env.UPDATE_PERMISSION_SNAPSHOT) {
      writeFileSync(SNAPSHOT, `${JSON.stringify(review, null, 2)}\n`);
    }
    const committed = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as unknown;
    // On a deliberate change: UPDATE_PERMISSION_SNAPSHOT=1 npx jest apps/api/test/permissions
    expect(review).toEqual(committed);
  });

  it('has a sample call for every operation', () => {
    expect(Object.keys(table).filter((op) => !SAMPLES[op])).toEqual([]);
  });

  const callers: (GlobalRole | null)[] = [null, ...GLOBAL_ROLES];
  it.each(callers.map((role) => [role ?? 'signed out', role] as const))(
    'allows and refuses every operation for %s as the permission table says',
    async (_label, role) => {
      const session = new TestSession(api.url);
      if (role) {
        const demo = DEMO_USERS.find((u) => u.role === role)!;
        await session.signInOrFail(demo.email, DEMO_PASSWORD);
      }
      // signIn replaces and signOut ends the caller's session: run them last.
      const last = ['Mutation.signIn', 'Mutation.signOut'];
      const ops = Object.keys(table).sort((a, b) => last.indexOf(a) - last.indexOf(b));
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const op of ops) {
        const sample = SAMPLES[op]();
        // A copy of the cookie jar, so signIn's new cookie does not change the caller.
        const caller = new TestSession(api.url);
        caller.cookies = new Map(session.cookies);
        const { body } = await caller.gql(sample.query, sample.variables);
        const code = errorCode(body);
        outcomes[op] =
          code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? code : `allowed (${code ?? 'ok'})`;
        const need = table[op];
        expected[op] =
          need === 'PUBLIC' || (role && roleHasPermission(role, need as Permission))
            ? outcomes[op].startsWith('allowed')
              ? outcomes[op]
              : 'allowed'
            : role
              ? 'FORBIDDEN'
              : 'UNAUTHENTICATED';
      }
      expect(outcomes).toEqual(expected);
      // Allowed calls with random ids end in typed errors (NOT_FOUND, BAD_USER_INPUT), never a 500.
      expect(Object.entries(outcomes).filter(([, o]) => o.includes('INTERNAL'))).toEqual([]);
    },
  );
});
