import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomInt, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import {
  AuditAction,
  DEFAULT_CHALLENGE_CRITERIA,
  FeedbackStatus,
  InputKind,
  normaliseTag,
} from '@inspraak/contracts';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { FeedbackDeadlines, FeedbackWriter } from '@inspraak/server-feedback';
import { AnonymousAuthorService, InputRepository } from '@inspraak/server-inputs';
import { ChallengeRepository } from '../repositories/challenge.repository';
import { IdeaRepository } from '../repositories/idea.repository';
import { ChallengeAudit } from '../services/challenge-audit';
import { DemoChallenge, ENFORCEMENT_CHALLENGE, PARKING_CHALLENGE } from './demo-challenges';

export const DEMO_CHALLENGES: readonly DemoChallenge[] = [ENFORCEMENT_CHALLENGE, PARKING_CHALLENGE];

/** Any constant: one challenge seeding at a time across processes. */
const SEED_LOCK_KEY = 724_151_106;
const DAY = 86_400_000;

/**
 * Seeds the demo challenges (an open one in the enforcement case with ~40 ideas, a closed one
 * with responses in the parking case) when demo seeding is on, the demo trajectories exist and
 * there are no challenges yet. Runs after the trajectory seed (module order). Ideas are written
 * by directory people of the trajectory's units; two are anonymous (stored with a hash only).
 */
@Injectable()
export class ChallengeSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('ChallengeSeed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly challenges: ChallengeRepository,
    private readonly ideas: IdeaRepository,
    private readonly inputs: InputRepository,
    private readonly anonymous: AnonymousAuthorService,
    private readonly audit: ChallengeAudit,
    private readonly deadlines: FeedbackDeadlines,
    private readonly feedback: FeedbackWriter,
  ) {}

  async onApplicationBootstrap() {
    if (!this.config.seedDemo || this.config.isProduction) return;
    const started = Date.now();
    const seeded = await this.challenges.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
      const [{ n }] = await m.query<{ n: number }[]>('SELECT count(*)::int AS n FROM challenge');
      if (n > 0) return 0;
      let count = 0;
      for (const c of DEMO_CHALLENGES) {
        if (await this.plant(m, c)) count++;
      }
      if (count) {
        await this.audit.record(m, null, AuditAction.DEMO_SEED, 'challenge', 'demo', {
          challenges: count,
        });
      }
      return count;
    });
    if (seeded) this.logger.log(`seeded ${seeded} demo challenges in ${Date.now() - started} ms`);
  }

  private async plant(m: EntityManager, c: DemoChallenge): Promise<boolean> {
    const [t] = await m.query<{ id: string }[]>('SELECT id FROM trajectory WHERE title = $1', [
      c.trajectoryTitle,
    ]);
    if (!t) return false;
    // Directory people who can see the trajectory (its units' subtrees), in a stable order.
    const people = (
      await m.query<{ id: string }[]>(
        `SELECT DISTINCT u.id, u.email FROM app_user u
         JOIN org_unit uu ON uu.id = u.primary_org_unit_id
         JOIN trajectory_org_unit tu ON tu.trajectory_id = $1
         JOIN org_unit ou ON ou.id = tu.org_unit_id
         WHERE uu.path LIKE ou.path || '%' AND u.password_hash IS NULL
         ORDER BY u.email`,
        [t.id],
      )
    ).map((r) => r.id);
    const emails = new Map(
      (
        await m.query<{ id: string; email: string }[]>(
          `SELECT id, email FROM app_user WHERE email LIKE '%@voorbeeld.nl' AND password_hash IS NOT NULL`,
        )
      ).map((r) => [r.email, r.id]),
    );
    if (!people.length || !emails.has(c.responder)) return false;
    const who = (by: string) =>
      by.startsWith('person:') ? people[Number(by.slice(7)) % people.length] : emails.get(by)!;
    const ago = (days: number) => new Date(Date.now() - days * DAY);
    const challenge = await this.challenges.insert(
      m,
      {
        trajectoryId: t.id,
        phase: c.phase,
        title: c.title,
        problemStatement: c.problemStatement,
        rules: c.rules,
        prize: c.prize,
        state: c.state,
        opensAt: ago(c.opensAgo),
        closesAt: ago(c.closesAgo),
        createdById: emails.get(c.responder)!,
      },
      ago(c.opensAgo + 5),
    );
    await this.challenges.replaceCriteria(
      m,
      challenge.id,
      DEFAULT_CHALLENGE_CRITERIA.map((d) => ({ nameNl: d.nl, nameEn: d.en, weight: d.weight })),
    );
    const idsByTitle = new Map<string, string>();
    const merges: { from: string; into: string; text: string; at: Date }[] = [];
    const responder = emails.get(c.responder)!;
    for (const [index, idea] of c.ideas.entries()) {
      const id = randomUUID();
      idsByTitle.set(idea.title, id);
      const author = who(idea.by);
      await this.inputs.insert(
        m,
        {
          id,
          kind: InputKind.IDEA,
          trajectoryId: t.id,
          phase: c.phase,
          containerId: challenge.id,
          title: idea.title,
          body: idea.description,
          authorId: idea.anonymous ? null : author,
          authorHash: idea.anonymous ? this.anonymous.hash(author, id) : null,
          idempotencyHash: null,
          randomKey: randomInt(0, 2 ** 31 - 1),
          feedbackDueAt: await this.deadlines.dueAtForNewInput(m, t.id, ago(idea.ago)),
        },
        ago(idea.ago),
      );
      await this.ideas.insert(m, {
        inputId: id,
        challengeId: challenge.id,
        tags: [...new Set(idea.tags.map(normaliseTag))],
      });
      const supporters = Array.from(
        { length: Math.min(idea.supports, people.length) },
        (_, s) => people[(index * 7 + s) % people.length],
      );
      await this.inputs.addSupports(m, id, supporters);
      for (const [by, body, anonymous] of idea.comments ?? []) {
        const commentId = randomUUID();
        const commenter = who(by);
        await this.inputs.insertComment(m, {
          id: commentId,
          inputId: id,
          parentId: null,
          body,
          authorId: anonymous ? null : commenter,
          authorHash: anonymous ? this.anonymous.hash(commenter, commentId) : null,
        });
      }
      if (!idea.response) continue;
      // Answered a few days after submission (before the challenge closed), never in the future.
      const first = ago(Math.max(idea.ago - 3, c.closesAgo + 1, 0));
      if (idea.mergedInto) {
        merges.push({ from: id, into: idea.mergedInto, text: idea.response, at: first });
        continue;
      }
      await this.feedback.record(m, id, responder, [
        {
          status: idea.status ?? FeedbackStatus.UNDER_CONSIDERATION,
          text: idea.response,
          at: first,
        },
        ...(idea.update
          ? [
              {
                status: idea.update[0],
                text: idea.update[1],
                at: new Date(Math.min(first.getTime() + 5 * DAY, Date.now())),
              },
            ]
          : []),
      ]);
    }
    // Duplicates last: their supporters move to the idea they were merged into.
    for (const merge of merges) {
      const into = idsByTitle.get(merge.into);
      if (!into) throw new Error(`demo seed: no idea titled "${merge.into}" to merge into`);
      await this.feedback.recordMerge(m, merge.from, into, responder, merge.text, merge.at);
    }
    return true;
  }
}
