import { DEMO_PASSWORD } from '@inspraak/server-identity';
import { startTestApi, TestApi } from './test-api';
import { errorCode, TestSession } from './test-session';

describe('own profile', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
  });
  afterAll(() => api.close());

  const update = (s: TestSession, input: Record<string, unknown>) =>
    s.gql<{ updateMyProfile: { id: string; name: string; locale: string; role: string } }>(
      'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id name locale role } }',
      { input },
    );

  it('lets an employee change their own name and language, nothing else', async () => {
    const employee = await new TestSession(api.url).signInOrFail(
      'employee@voorbeeld.nl',
      DEMO_PASSWORD,
    );
    const { body } = await update(employee, { name: 'Eva de Vries', locale: 'EN' });
    expect(body.errors).toBeUndefined();
    expect(body.data!.updateMyProfile).toMatchObject({
      name: 'Eva de Vries',
      locale: 'EN',
      role: 'EMPLOYEE',
    });

    const me = await employee.gql<{ me: { name: string; locale: string } }>(
      '{ me { name locale } }',
    );
    expect(me.body.data!.me).toEqual({ name: 'Eva de Vries', locale: 'EN' });

    // The input has no role or id: asking for them is a validation error, not an escalation.
    const sneaky = await update(employee, { role: 'ADMIN' });
    expect(errorCode(sneaky.body)).toBe('BAD_USER_INPUT');
  });

  it('refuses signed-out callers and bad input with typed errors', async () => {
    const anonymous = new TestSession(api.url);
    expect(errorCode((await update(anonymous, { name: 'X' })).body)).toBe('UNAUTHENTICATED');
    const employee = await new TestSession(api.url).signInOrFail(
      'moderator@voorbeeld.nl',
      DEMO_PASSWORD,
    );
    const tooLong = await update(employee, { name: 'x'.repeat(201) });
    expect(errorCode(tooLong.body)).toBe('BAD_USER_INPUT');
    const empty = await update(employee, { name: '' });
    expect(errorCode(empty.body)).toBe('BAD_USER_INPUT');
  });
});
