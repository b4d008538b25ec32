import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GlobalRole } from '@inspraak/contracts';
import { DEMO_PASSWORD } from '@inspraak/server-identity';
import { PulseAnswers, PulseMover, RoundLifecycle } from '@inspraak/server-pulse';
import type { GqlBody, TestApi } from './test-api';
import { TestSession } from './test-session';

export const RESULT_FIELDS = `roundId surveyId released k kComments
  nodes { orgUnitId parentOrgUnitId name depth audience hidden hiddenReason responses responseRate
    commentsVisible comments { questionKey text }
    dimensions { key score favourableShare }
    questions { key answers mean favourableShare enps distribution { value choice count } } }`;

export const ROUND_FIELDS = `id surveyId surveyTitle number state opensAt closesAt closedAt phase
  audienceSize responseCount resultsAvailable
  questions { key type dimension required enps options { key favourable } }
  promise { k kComments privacyPath text { nl en } }
  viewer { asked answered canAnswer }`;

export const SURVEY_FIELDS = `id title trajectoryId phase k kComments effectiveK effectiveKComments
  orgUnitIds recurrenceWeeks roundDays reminders archived
  questions { key type } rounds { id number state phase responseCount audienceSize } viewer { canManage }`;

export interface ResultNode {
  orgUnitId: string | null;
  parentOrgUnitId: string | null;
  name: string | null;
  audience: number;
  hidden: boolean;
  hiddenReason: string | null;
  responses: number | null;
  commentsVisible: boolean;
  comments: { questionKey: string; text: string }[];
  questions: {
    key: string;
    answers: number;
    mean: number | null;
    enps: number | null;
    distribution: { value: number | null; choice: string | null; count: number }[];
  }[];
}

export interface Results {
  released: boolean;
  k: number;
  kComments: number;
  nodes: ResultNode[];
}

/** GraphQL calls of the pulse tests (a signed-in session). */
export class PulseClient {
  constructor(readonly session: TestSession) {}

  static async as(url: string, email: string) {
    return new PulseClient(await new TestSession(url).signInOrFail(email, DEMO_PASSWORD));
  }

  async gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) {
    return (await this.session.gql<T>(query, variables)).body;
  }

  async ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) {
    const body = await this.gql<T>(query, variables);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  }

  results(roundId: string, orgUnitId?: string) {
    return this.gql<{ pulseResults: Results }>(
      `query($r: ID!, $u: ID) { pulseResults(roundId: $r, orgUnitId: $u) { ${RESULT_FIELDS} } }`,
      { r: roundId, u: orgUnitId ?? null },
    );
  }

  async createSurvey(input: Record<string, unknown>) {
    const { createPulseSurvey } = await this.ok<{ createPulseSurvey: { id: string } }>(
      `mutation($input: CreatePulseSurveyInput!) { createPulseSurvey(input: $input) { ${SURVEY_FIELDS} } }`,
      { input: { title: 'Pulse', templates: ['QUALITY_OF_WORK', 'ENPS'], ...input } },
    );
    return createPulseSurvey.id;
  }

  /** Opens a round now; returns its id. */
  async openRound(surveyId: string, closesInDays = 7) {
    const { schedulePulseRound } = await this.ok<{
      schedulePulseRound: { rounds: { id: string; state: string }[] };
    }>(
      `mutation($input: SchedulePulseRoundInput!) { schedulePulseRound(input: $input) { rounds { id state } } }`,
      {
        input: {
          surveyId,
          closesAt: new Date(Date.now() + closesInDays * 86_400_000).toISOString(),
        },
      },
    );
    return schedulePulseRound.rounds[0].id;
  }

  submit(roundId: string, answers: Record<string, unknown>[], idempotencyKey = randomUUID()) {
    return this.gql<{ submitPulseResponse: { round: { viewer: { answered: boolean } } } }>(
      `mutation($input: SubmitPulseResponseInput!) { submitPulseResponse(input: $input) { round { id viewer { answered canAnswer } } } }`,
      { input: { roundId, answers, idempotencyKey } },
    );
  }
}

/** A complete answer to the quality-of-work + eNPS questions, built from one number. */
export function answersFor(seed: number, comment?: string): Record<string, unknown>[] {
  const keys = [
    'qow.autonomy',
    'qow.variety',
    'qow.workload',
    'qow.learning',
    'qow.development',
    'qow.enjoyment',
  ];
  return [
    ...keys.map((questionKey, i) => ({ questionKey, value: ((seed + i) % 5) + 1 })),
    { questionKey: 'enps.recommend', value: seed % 11 },
    ...(comment ? [{ questionKey: 'qow.comment', text: comment }] : []),
  ];
}

/** Services the tests drive directly (the same code the API and the worker run). */
export function pulseServices(app: INestApplicationContext) {
  return {
    answers: app.get(PulseAnswers),
    mover: app.get(PulseMover),
    lifecycle: app.get(RoundLifecycle),
    db: app.get(DataSource),
  };
}

/** Submits as a directory person (no password: answered through the service, no HTTP). */
export function submitAs(
  api: TestApi | INestApplicationContext,
  userId: string,
  roundId: string,
  answers: Record<string, unknown>[],
  key = randomUUID(),
) {
  const app = 'app' in api ? api.app : api;
  return app
    .get(PulseAnswers)
    .submit(
      { principal: { userId, role: GlobalRole.EMPLOYEE, sessionId: 'test' }, loaders: null },
      roundId,
      answers as never,
      key,
    );
}

export const errorCode = (body: GqlBody<unknown>) => body.errors?.[0]?.extensions?.code;
export const fieldCodes = (body: GqlBody<unknown>) =>
  (body.errors?.[0]?.extensions?.fields as { field: string; code: string }[] | undefined)?.map(
    (f) => `${f.field}:${f.code}`,
  ) ?? [];

/** Creates a small org tree and directory people in it (direct SQL: test set-up only). */
export async function plantTree(
  db: DataSource,
  prefix: string,
  shape: { name: string; parent: string | null; people: number }[],
): Promise<{ units: Map<string, string>; people: Map<string, string[]> }> {
  const units = new Map<string, string>();
  const paths = new Map<string, string>();
  const people = new Map<string, string[]>();
  for (const u of shape) {
    const id = randomUUID();
    const parentPath = u.parent ? paths.get(u.parent)! : '/';
    const path = `${parentPath}${id}/`;
    await db.query(
      `INSERT INTO org_unit (id, name, parent_id, path, depth) VALUES ($1, $2, $3, $4, $5)`,
      [
        id,
        `${prefix} ${u.name}`,
        u.parent ? units.get(u.parent) : null,
        path,
        path.split('/').length - 3,
      ],
    );
    units.set(u.name, id);
    paths.set(u.name, path);
    const ids = Array.from({ length: u.people }, () => randomUUID());
    if (ids.length) {
      await db.query(
        `INSERT INTO app_user (id, name, email, primary_org_unit_id, role, locale)
         SELECT id, 'Persoon', id::text || '@test.nl', $2, 'EMPLOYEE', 'nl' FROM unnest($1::uuid[]) AS id`,
        [ids, id],
      );
    }
    people.set(u.name, ids);
  }
  return { units, people };
}
