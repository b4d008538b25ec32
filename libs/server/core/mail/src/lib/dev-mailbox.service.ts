import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { NotFoundError, ValidationError } from '@inspraak/server-errors';
import { decodeCursor, encodeCursor, toConnection } from '@inspraak/server-graphql';
import { DevMailEntity } from './mail.entities';

/** Reads the dev mailbox; in production it does not exist (answered as "not found"). */
@Injectable()
export class DevMailboxService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get available(): boolean {
    return !this.config.isProduction;
  }

  async page(first: number, after: string | undefined) {
    if (!this.available) throw new NotFoundError('Dev mailbox');
    const cursor = decodeCursor(after, 2);
    if (cursor && (typeof cursor[0] !== 'string' || typeof cursor[1] !== 'string')) {
      throw new ValidationError([
        { field: 'after', code: 'INVALID_CURSOR', message: 'The cursor is not valid' },
      ]);
    }
    const qb = this.dataSource
      .getRepository(DevMailEntity)
      .createQueryBuilder('m')
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(first + 1);
    if (cursor) {
      qb.where('(m.created_at, m.id) < (:at, :id)', { at: cursor[0], id: cursor[1] });
    }
    const rows = await qb.getMany();
    return toConnection<DevMailEntity>(rows, first, (m) =>
      encodeCursor([m.createdAt.toISOString(), m.id]),
    );
  }
}
