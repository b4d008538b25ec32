import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

@Injectable()
export class OrganisationRepository {
  constructor(private readonly dataSource: DataSource) {}

  findCurrent(): Promise<OrganisationEntity | null> {
    return this.dataSource
      .getRepository(OrganisationEntity)
      .findOne({ where: {}, order: { createdAt: 'ASC' } });
  }

  /** Creates the organisation unless one exists; safe when several replicas start at once. */
  async ensure(name: string, logoUrl: string | null): Promise<OrganisationEntity> {
    await this.dataSource.query(
      `INSERT INTO organisation (name, logo_url)
       SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM organisation)`,
      [name, logoUrl],
    );
    return (await this.findCurrent())!;
  }
}
