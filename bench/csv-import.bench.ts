/**
 * CSV import at the scale of quality.md: 400 org units (depth 5), then 20,000 users, through the
 * real API (GraphQL upload, job, one transaction of set-based upserts). Measures the time from
 * the request to COMPLETED, the API process's peak memory, and a second run of the same file
 * (idempotent: nothing changes).
 */
import { report, sampleRss } from './lib/bench-env';
import { signInAdmin, startBenchApi } from './lib/bench-api';

const USERS = Number(process.env.BENCH_USERS ?? 20_000);

function unitsCsv(): { csv: string; leaves: string[] } {
  const lines = ['path'];
  const leaves: string[] = [];
  for (let d = 1; d <= 5; d++) {
    for (let a = 1; a <= 4; a++) {
      for (let t = 1; t <= 4; t++) {
        for (let s = 1; s <= 2; s++) {
          const leaf = `Directie ${d} > Afdeling ${d}.${a} > Team ${d}.${a}.${t} > Cluster ${s} > Groep ${s}`;
          lines.push(leaf);
          leaves.push(leaf);
        }
      }
    }
  }
  return { csv: lines.join('\n'), leaves };
}

function usersCsv(leaves: string[]): string {
  const roles = ['EMPLOYEE', 'EMPLOYEE', 'EMPLOYEE', 'EMPLOYEE', 'MODERATOR', 'MANAGER'];
  const lines = ['email;name;unit;role;locale'];
  for (let i = 1; i <= USERS; i++) {
    const n = String(i).padStart(5, '0');
    lines.push(
      `medewerker${n}@bench.nl;Medewerker ${n} van der Test;${leaves[(i * 7) % leaves.length]};${roles[i % roles.length]};${i % 10 === 0 ? 'en' : 'nl'}`,
    );
  }
  return lines.join('\n');
}

async function runImport(url: string, cookie: string, kind: string, csv: string) {
  const gql = async <T>(query: string, variables: Record<string, unknown>) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors) throw new Error(body.errors[0].message);
    return body.data!;
  };
  const fields =
    'id status totalRows processedRows problems { line code } summary { created updated unchanged }';
  type View = {
    id: string;
    status: string;
    problems: unknown[];
    summary: { created: number; updated: number; unchanged: number } | null;
  };
  const started = performance.now();
  let view = (
    await gql<{ startUserImport: View }>(
      `mutation($i: StartUserImportInput!) { startUserImport(input: $i) { ${fields} } }`,
      { i: { kind, csv, dryRun: false } },
    )
  ).startUserImport;
  while (!['COMPLETED', 'INVALID', 'FAILED'].includes(view.status)) {
    await new Promise((r) => setTimeout(r, 100));
    view = (
      await gql<{ userImport: View }>(`query($id: ID!) { userImport(id: $id) { ${fields} } }`, {
        id: view.id,
      })
    ).userImport;
  }
  if (view.status !== 'COMPLETED')
    throw new Error(`import ${view.status}: ${JSON.stringify(view.problems.slice(0, 3))}`);
  return { seconds: Math.round((performance.now() - started) / 100) / 10, summary: view.summary! };
}

async function main() {
  const api = await startBenchApi();
  try {
    const cookie = await signInAdmin(api.url);
    const { csv: units, leaves } = unitsCsv();
    const unitRun = await runImport(api.url, cookie, 'ORG_UNITS', units);
    const users = usersCsv(leaves);
    const rss = sampleRss(api.process.pid!);
    const first = await runImport(api.url, cookie, 'USERS', users);
    const second = await runImport(api.url, cookie, 'USERS', users);
    const peak = rss.stop();
    report({
      name: `CSV import: ${unitRun.summary.created} org units, then ${USERS} users (${api.db.schema ? 'PostgreSQL' : 'PGlite'})`,
      target: '20,000 users well under a minute; the same file again changes nothing',
      figures: {
        'org units import s': unitRun.seconds,
        'users file MB': Math.round(Buffer.byteLength(users) / 1024 / 102.4) / 10,
        'users import s': first.seconds,
        'users created': first.summary.created,
        'same file again s': second.seconds,
        'again unchanged': second.summary.unchanged,
        'again created+updated': second.summary.created + second.summary.updated,
        'API peak RSS MB': peak,
      },
      pass:
        first.seconds < 30 &&
        first.summary.created === USERS &&
        second.summary.created + second.summary.updated === 0,
    });
  } finally {
    await api.stop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
