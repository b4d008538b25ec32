import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  PersonalDataRegistry,
  RegisteredPersonalDataSource,
  PersonalDataSubject,
} from '@inspraak/server-audit';

/**
 * The feedback loop (C4): the responses the person gave and the templates they wrote. Erasure
 * keeps them (the public answer stays on the board); the responder becomes the nameless account.
 */
@Injectable()
export class FeedbackPersonalDataSource extends RegisteredPersonalDataSource {
  readonly section = 'feedback';

  constructor(
    protected readonly registry: PersonalDataRegistry,
    private readonly dataSource: DataSource,
  ) {
    super();
  }

  async export(subject: PersonalDataSubject) {
    const responses = await this.dataSource.query<
      { input_id: string; title: string; status: string; text: string | null; at: Date }[]
    >(
      `SELECT f.input_id, i.title, f.status, f.text, f.created_at AS at FROM input_feedback f
         JOIN input i ON i.id = f.input_id
        WHERE f.responder_id = $1 ORDER BY f.created_at, f.id`,
      [subject.userId],
    );
    const templates = await this.dataSource.query<
      { title: string; status: string; text: string }[]
    >(
      `SELECT title, status, text FROM feedback_template WHERE created_by_id = $1
        ORDER BY created_at, id`,
      [subject.userId],
    );
    return {
      responsesGiven: responses.map((r) => ({
        input: { id: r.input_id, title: r.title },
        status: r.status,
        text: r.text,
        at: r.at.toISOString(),
      })),
      templatesWritten: templates,
    };
  }
}
