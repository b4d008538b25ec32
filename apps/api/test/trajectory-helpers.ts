import { DEMO_PASSWORD } from '@inspraak/server-identity';
import type { GqlBody } from './test-api';
import { TestSession } from './test-session';

/** GraphQL calls the trajectory tests share; each returns the raw body for error checks. */
export class TrajectoryClient {
  constructor(readonly session: TestSession) {}

  static async as(url: string, email: string) {
    return new TrajectoryClient(await new TestSession(url).signInOrFail(email, DEMO_PASSWORD));
  }

  async call<T = Record<string, unknown>>(
    op: string,
    input: Record<string, unknown>,
    select = 'id',
    type = op.charAt(0).toUpperCase() + op.slice(1) + 'Input',
  ): Promise<GqlBody<Record<string, T>>> {
    const { body } = await this.session.gql<Record<string, T>>(
      `mutation($input: ${type}!) { ${op}(input: $input) ${select ? `{ ${select} }` : ''} }`,
      { input },
    );
    return body;
  }

  /** Like `call` but fails the test on an error and returns the payload. */
  async ok<T = { id: string }>(op: string, input: Record<string, unknown>, select = 'id') {
    const body = await this.call<T>(op, input, select);
    if (body.errors) throw new Error(`${op} failed: ${JSON.stringify(body.errors)}`);
    return body.data![op];
  }

  trajectory<T = Record<string, unknown>>(id: string, fields = 'id title phase') {
    return this.session.gql<{ trajectory: T }>(
      `query($id: ID!) { trajectory(id: $id) { ${fields} } }`,
      { id },
    );
  }

  async listIds(args = '') {
    const { body } = await this.session.gql<{
      trajectories: { edges: { node: { id: string } }[] };
    }>(`{ trajectories(first: 50${args}) { edges { node { id } } } }`);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.trajectories.edges.map((e) => e.node.id);
  }

  changePhase(id: string, to: string, reason?: string) {
    return this.call('changePhase', { id, to, ...(reason ? { reason } : {}) }, 'id phase');
  }
}

export const userId = async (url: string, email: string) => {
  const s = await new TestSession(url).signInOrFail(email, DEMO_PASSWORD);
  const { body } = await s.gql<{ me: { id: string } }>('{ me { id } }');
  return body.data!.me.id;
};

export const fieldCodes = (body: GqlBody<unknown>) =>
  (body.errors?.[0]?.extensions?.fields as { code: string }[] | undefined)?.map((f) => f.code) ??
  [];
