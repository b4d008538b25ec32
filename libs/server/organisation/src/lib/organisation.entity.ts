import { Column, Entity } from 'typeorm';
import { BaseEntity } from '@inspraak/server-database';

/** The one organisation this deployment serves (a municipality, a company). */
@Entity('organisation')
export class OrganisationEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  logoUrl!: string | null;

  @Column({ type: 'varchar', length: 5, default: 'nl' })
  defaultLocale!: string;
}

export const ORGANISATION_ENTITIES = [OrganisationEntity];
