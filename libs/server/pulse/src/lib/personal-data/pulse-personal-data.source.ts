import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  PersonalDataExportOptions,
  PersonalDataRegistry,
  RegisteredPersonalDataSource,
  PersonalDataSubject,
} from '@inspraak/server-audit';
import { PulseAnswers } from '../services/answer.service';

/**
 * Pulse surveys (C5). Answers are stored without any link to a person, so they are in nobody's
 * export. Which rounds the person was invited to and whether they took part is shown only to
 * the person (no per-employee participation view for anyone else). Erasure keeps the round
 * membership and participation rows (the response rates stay right); they now belong to the
 * nameless account.
 */
@Injectable()
export class PulsePersonalDataSource extends RegisteredPersonalDataSource {
  readonly section = 'pulse';

  constructor(
    protected readonly registry: PersonalDataRegistry,
    private readonly dataSource: DataSource,
    private readonly answers: PulseAnswers,
  ) {
    super();
  }

  async export(subject: PersonalDataSubject, opts: PersonalDataExportOptions) {
    const note = 'Pulse answers are anonymous: they are not linked to you and cannot be exported.';
    if (!opts.self) {
      return { note, rounds: 'Only the person can see which rounds they took part in.' };
    }
    const rounds = await this.dataSource.query<
      {
        id: string;
        survey: string;
        number: number;
        state: string;
        opens_at: Date;
        closes_at: Date;
      }[]
    >(
      `SELECT r.id, s.title AS survey, r.number, r.state, r.opens_at, r.closes_at
         FROM pulse_round_member m JOIN pulse_round r ON r.id = m.round_id
         JOIN pulse_survey s ON s.id = r.survey_id
        WHERE m.user_id = $1 ORDER BY r.opens_at, r.id`,
      [subject.userId],
    );
    const answered = await this.answers.answeredAmong(
      rounds.map((r) => r.id),
      subject.userId,
    );
    return {
      note,
      rounds: rounds.map((r) => ({
        survey: r.survey,
        round: r.number,
        state: r.state,
        opensAt: r.opens_at.toISOString(),
        closesAt: r.closes_at.toISOString(),
        tookPart: answered.has(r.id),
      })),
    };
  }
}
