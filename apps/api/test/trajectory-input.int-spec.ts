import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './test-api';
import { errorCode } from './test-session';
import { TrajectoryClient } from './trajectory-helpers';

const fieldsOf = (body: { errors?: { extensions?: { fields?: unknown[] } }[] }) =>
  ((body.errors?.[0]?.extensions?.fields ?? []) as { field: string; code: string }[]).map(
    (f) => `${f.field}:${f.code}`,
  );

describe('trajectory input validation: typed errors, never a 500', () => {
  let api: TestApi;
  let owner: TrajectoryClient;
  let trajectoryId: string;

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    owner = await TrajectoryClient.as(api.url, 'moderator@voorbeeld.nl');
    trajectoryId = (
      await owner.ok('createTrajectory', { title: 'Invoer', problemStatement: 'Test van invoer' })
    ).id;
  });
  afterAll(() => api.close());

  it('answers bad fields with BAD_USER_INPUT and the field errors', async () => {
    const body = await owner.call('createTrajectory', {
      title: 'x'.repeat(201),
      problemStatement: '   ',
      visibility: 'ORG_UNITS',
      orgUnitIds: ['not-a-uuid'],
    });
    expect(errorCode(body)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(body)).toEqual(
      expect.arrayContaining([
        'input.title:MAX_LENGTH',
        'input.problemStatement:NOT_BLANK',
        'input.orgUnitIds:IS_UUID',
      ]),
    );
    const nul = await owner.call('createTrajectory', { title: 'a\u0000b', problemStatement: 'p' });
    expect(fieldsOf(nul)).toEqual(['input.title:NO_NULL_CHARACTER']);
  });

  it('checks references and combinations in the service', async () => {
    expect(
      fieldsOf(
        await owner.call('createTrajectory', {
          title: 't',
          problemStatement: 'p',
          visibility: 'ORG_UNITS',
        }),
      ),
    ).toEqual(['input.orgUnitIds:REQUIRED']);
    expect(
      fieldsOf(
        await owner.call('createTrajectory', {
          title: 't',
          problemStatement: 'p',
          visibility: 'ORG_UNITS',
          orgUnitIds: [randomUUID()],
        }),
      ),
    ).toEqual(['input.orgUnitIds:UNKNOWN_ORG_UNIT']);
    expect(
      fieldsOf(
        await owner.call('createTrajectory', {
          title: 't',
          problemStatement: 'p',
          ownerId: randomUUID(),
        }),
      ),
    ).toEqual(['input.ownerId:UNKNOWN_USER']);
    expect(
      fieldsOf(
        await owner.call('addTeamMember', { trajectoryId, userId: randomUUID(), role: 'OWNER' }),
      ),
    ).toEqual(['input.role:OWNER_ROLE']);
  });

  it('refuses impossible dates, out-of-range scales and incomplete business-case items', async () => {
    const date = await owner.call(
      'setMandate',
      {
        trajectoryId,
        decisionSpace: 'x',
        deadline: '2026-02-31',
      },
      'budget',
    );
    expect(fieldsOf(date)).toEqual(['input.deadline:IS_CALENDAR_DATE']);
    const scale = await owner.call('createStakeholder', {
      trajectoryId,
      name: 'OR',
      kind: 'GROUP',
      influence: 6,
      stance: -3,
    });
    expect(fieldsOf(scale)).toEqual(
      expect.arrayContaining(['input.influence:MAX', 'input.stance:MIN']),
    );
    const option = await owner.ok('createSolutionOption', { trajectoryId, title: 'Optie' });
    const item = await owner.call('addBusinessCaseItem', {
      optionId: option.id,
      kind: 'QUANTITATIVE',
      description: 'Besparing',
    });
    expect(fieldsOf(item)).toEqual(['input.amount:REQUIRED']);
    const budget = await owner.call(
      'setMandate',
      { trajectoryId, decisionSpace: 'x', budget: 1.234 },
      'budget',
    );
    expect(errorCode(budget)).toBe('BAD_USER_INPUT');
  });

  it('refuses forged list cursors with a typed error', async () => {
    for (const values of [
      ['2026-01-01T00:00:00.000Z', 'not-a-uuid'],
      ['no date', randomUUID()],
      [1, 2],
    ]) {
      const after = Buffer.from(JSON.stringify(values)).toString('base64url');
      const { body } = await owner.session.gql(
        'query($after: String) { trajectories(first: 2, after: $after) { edges { cursor } } }',
        { after },
      );
      expect(fieldsOf(body)).toEqual(['after:INVALID_CURSOR']);
    }
  });

  it('never answers generated input to createTrajectory with a 500 or INTERNAL_SERVER_ERROR', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', minLength: 190, maxLength: 230 }),
      fc.constantFrom('', ' ', '\u0000', '\ud800', "'; DROP TABLE trajectory; --", '%_\\'),
    );
    const anything = fc.oneof(
      text,
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.oneof(fc.uuid(), text), { maxLength: 3 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            title: anything,
            problemStatement: anything,
            goals: anything,
            visibility: fc.oneof(fc.constantFrom('ORGANISATION', 'ORG_UNITS'), anything),
            orgUnitIds: anything,
            ownerId: fc.oneof(fc.uuid(), anything),
          },
          { requiredKeys: [] },
        ),
        async (input) => {
          const { status, body } = await owner.session.gql(
            'mutation($input: CreateTrajectoryInput!) { createTrajectory(input: $input) { id } }',
            { input },
          );
          expect(status).toBeLessThan(500);
          if (body.errors) {
            expect(['BAD_USER_INPUT']).toContain(errorCode(body));
          } else {
            expect(body.data).toBeDefined();
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never answers generated numbers to the scales with a 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.constant(2 ** 31)),
        fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true })),
        fc.oneof(fc.double({ noNaN: true }), fc.integer(), fc.constant(1e15)),
        async (influence, stance, budget) => {
          const a = await owner.session.gql(
            'mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id } }',
            { input: { trajectoryId, name: 'S', kind: 'GROUP', influence, stance } },
          );
          const b = await owner.session.gql(
            'mutation($input: SetMandateInput!) { setMandate(input: $input) { budget } }',
            { input: { trajectoryId, decisionSpace: 'x', budget } },
          );
          for (const r of [a, b]) {
            expect(r.status).toBeLessThan(500);
            if (r.body.errors) expect(errorCode(r.body)).toBe('BAD_USER_INPUT');
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
