import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '@inspraak/server-identity';
import type { GqlBody } from './test-api';
import { TestSession } from './test-session';

export const IDEA_FIELDS = `id challengeId title description tags anonymous status hidden
  supportCount commentCount followerCount createdAt author { id name anonymous }
  viewer { isAuthor supported following canEdit canWithdraw canRespond }
  feedback { status response responder { name } respondedAt }`;

/** GraphQL calls the challenge tests share; each returns the raw body for error checks. */
export class ChallengeClient {
  constructor(readonly session: TestSession) {}

  static async as(url: string, email: string, ip?: string) {
    return new ChallengeClient(await new TestSession(url, ip).signInOrFail(email, DEMO_PASSWORD));
  }

  async gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) {
    return (await this.session.gql<T>(query, variables)).body;
  }

  async ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) {
    const body = await this.gql<T>(query, variables);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  }

  /** A mutation taking `input`; returns the raw body. */
  mutate<T = Record<string, unknown>>(op: string, input: Record<string, unknown>, select = 'id') {
    const type = op.charAt(0).toUpperCase() + op.slice(1) + 'Input';
    return this.gql<Record<string, T>>(
      `mutation($input: ${type}!) { ${op}(input: $input) { ${select} } }`,
      { input },
    );
  }

  async mutateOk<T = { id: string }>(op: string, input: Record<string, unknown>, select = 'id') {
    const body = await this.mutate<T>(op, input, select);
    if (body.errors) throw new Error(`${op}: ${JSON.stringify(body.errors)}`);
    return body.data![op];
  }

  /** A mutation taking `id`. */
  byId<T = Record<string, unknown>>(op: string, id: string, select = 'id') {
    return this.gql<Record<string, T>>(
      `mutation($id: ID!) { ${op}(id: $id) ${select ? `{ ${select} }` : ''} }`,
      { id },
    );
  }

  /** The feedback loop's answer to an input (respondToInput); returns the raw body. */
  respond(inputId: string, text: string | null, status = 'UNDER_CONSIDERATION', extra = {}) {
    return this.mutate(
      'respondToInput',
      { inputId, status, ...(text === null ? {} : { text }), ...extra },
      'id feedback { status response }',
    );
  }

  async respondOk(inputId: string, text: string | null, status = 'UNDER_CONSIDERATION') {
    const body = await this.respond(inputId, text, status);
    if (body.errors) throw new Error(`respondToInput: ${JSON.stringify(body.errors)}`);
    return body.data!.respondToInput as { id: string; feedback: { status: string } };
  }

  async trajectory(input: Record<string, unknown> = {}) {
    return this.mutateOk('createTrajectory', {
      title: `Traject ${randomUUID().slice(0, 8)}`,
      problemStatement: 'Meldingen over afval blijven liggen',
      ...input,
    });
  }

  async challenge(trajectoryId: string, input: Record<string, unknown> = {}, open = true) {
    const c = await this.mutateOk('createChallenge', {
      trajectoryId,
      title: 'Hoe maken we handhaving slimmer?',
      problemStatement: 'Handhavers missen informatie op straat.',
      ...input,
    });
    if (open) await this.mutateOk('changeChallengeState', { id: c.id, to: 'OPEN' });
    return c.id;
  }

  submit(challengeId: string, input: Record<string, unknown> = {}, select = IDEA_FIELDS) {
    return this.mutate<Record<string, unknown>>(
      'submitIdea',
      {
        challengeId,
        title: 'Foto’s van bijplaatsingen delen',
        description: 'Handhavers maken foto’s die het team **data** kan gebruiken.',
        idempotencyKey: randomUUID(),
        ...input,
      },
      select,
    );
  }

  async submitOk(challengeId: string, input: Record<string, unknown> = {}) {
    const body = await this.submit(challengeId, input);
    if (body.errors) throw new Error(`submitIdea: ${JSON.stringify(body.errors)}`);
    return body.data!.submitIdea as { id: string } & Record<string, unknown>;
  }

  async ideas(challengeId: string, args = '', fields = 'id title supportCount commentCount') {
    const { ideas } = await this.ok<{
      ideas: {
        edges: { cursor: string; node: Record<string, unknown> & { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    }>(
      `query($c: ID!) { ideas(challengeId: $c${args}) { edges { cursor node { ${fields} } } pageInfo { hasNextPage endCursor } } }`,
      {
        c: challengeId,
      },
    );
    return ideas;
  }
}

export const errorCode = (body: GqlBody<unknown>) => body.errors?.[0]?.extensions?.code;
export const fieldCodes = (body: GqlBody<unknown>) =>
  (body.errors?.[0]?.extensions?.fields as { field: string; code: string }[] | undefined)?.map(
    (f) => `${f.field}:${f.code}`,
  ) ?? [];
