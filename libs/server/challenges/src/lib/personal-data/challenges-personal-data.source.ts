import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  PersonalDataRegistry,
  RegisteredPersonalDataSource,
  PersonalDataSubject,
} from '@inspraak/server-audit';

/**
 * Challenges: those the person set up and their jury evaluations. Erasure keeps both (a
 * challenge and a jury's scores are the organisation's record); the account holds no name.
 */
@Injectable()
export class ChallengesPersonalDataSource extends RegisteredPersonalDataSource {
  readonly section = 'challenges';

  constructor(
    protected readonly registry: PersonalDataRegistry,
    private readonly dataSource: DataSource,
  ) {
    super();
  }

  async export(subject: PersonalDataSubject) {
    const created = await this.dataSource.query<{ id: string; title: string; state: string }[]>(
      'SELECT id, title, state FROM challenge WHERE created_by_id = $1 ORDER BY created_at, id',
      [subject.userId],
    );
    const evaluations = await this.dataSource.query<
      {
        challenge: string;
        idea_id: string;
        idea: string;
        comment: string;
        scores: { criterion: string; score: number }[] | null;
        at: Date;
      }[]
    >(
      `SELECT c.title AS challenge, e.idea_id, i.title AS idea, e.comment, e.updated_at AS at,
              (SELECT json_agg(json_build_object('criterion', cc.name_nl, 'score', s.score)
                                ORDER BY cc.position)
                 FROM idea_evaluation_score s
                 JOIN challenge_criterion cc ON cc.id = s.criterion_id
                WHERE s.evaluation_id = e.id) AS scores
         FROM idea_evaluation e
         JOIN challenge c ON c.id = e.challenge_id
         JOIN input i ON i.id = e.idea_id
        WHERE e.juror_id = $1 ORDER BY e.created_at, e.id`,
      [subject.userId],
    );
    return {
      created: created,
      juryEvaluations: evaluations.map((e) => ({
        challenge: e.challenge,
        idea: { id: e.idea_id, title: e.idea },
        comment: e.comment,
        scores: e.scores ?? [],
        at: e.at.toISOString(),
      })),
    };
  }
}
