import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { OrganisationRepository } from './organisation.repository';
import { OrganisationEntity } from './organisation.entity';

@Injectable()
export class OrganisationService implements OnApplicationBootstrap {
  private cached?: OrganisationEntity;

  constructor(
    private readonly repository: OrganisationRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap() {
    this.cached = await this.repository.ensure(
      this.config.organisationName,
      this.config.organisationLogoUrl ?? null,
    );
  }

  async current(): Promise<OrganisationEntity> {
    // Read through: another replica or an admin may rename it; the row is tiny.
    const org = (await this.repository.findCurrent()) ?? this.cached;
    if (!org) throw new Error('organisation missing');
    return org;
  }
}
