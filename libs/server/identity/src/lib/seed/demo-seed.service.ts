import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditResult, GlobalRole, Locale } from '@inspraak/contracts';
import { AuditService } from '@inspraak/server-audit';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { PasswordHasher } from '../auth/password.hasher';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { OrgUnitRepository } from '../org-units/org-unit.repository';
import { UserRepository } from '../users/user.repository';
import { DEMO_CLUSTERS, DEMO_EXTRA_TREE, insertDemoPeople } from './demo-directory';

/** Documented for embedded mode only (README); never seeded in production. */
export const DEMO_PASSWORD = 'Inspraak-demo-2026!';

type Tree = [name: string, children?: Tree[]];

const DEMO_TREE: Tree[] = [
  [
    'Directie Dienstverlening',
    [
      ['Afdeling Publiekszaken', [['Team Burgerzaken'], ['Team Klantcontact']]],
      ['Afdeling Handhaving', [['Team Parkeerhandhaving'], ['Team Toezicht Openbare Ruimte']]],
    ],
  ],
  [
    'Directie Ruimte',
    [
      ['Afdeling Beheer Openbare Ruimte', [['Team Groen'], ['Team Wegen']]],
      ['Afdeling Vergunningen', [['Team Omgevingsvergunningen']]],
    ],
  ],
  [
    'Directie Bedrijfsvoering',
    [
      ['Afdeling Informatievoorziening', [['Team ICT-beheer'], ['Team Data en Informatie']]],
      ['Afdeling HR', [['Team Personeelsadvies']]],
    ],
  ],
];

export const DEMO_USERS: {
  email: string;
  name: string;
  role: GlobalRole;
  unit: string;
  manages?: string;
}[] = [
  {
    email: 'employee@voorbeeld.nl',
    name: 'Eva Medewerker',
    role: GlobalRole.EMPLOYEE,
    unit: 'Team Parkeerhandhaving',
  },
  {
    email: 'moderator@voorbeeld.nl',
    name: 'Mo Moderator',
    role: GlobalRole.MODERATOR,
    unit: 'Team Data en Informatie',
  },
  {
    email: 'manager@voorbeeld.nl',
    name: 'Marieke Manager',
    role: GlobalRole.MANAGER,
    unit: 'Afdeling Handhaving',
    manages: 'Afdeling Handhaving',
  },
  {
    email: 'admin@voorbeeld.nl',
    name: 'Ahmed Beheerder',
    role: GlobalRole.ADMIN,
    unit: 'Team ICT-beheer',
  },
  // People for the demo trajectories' teams (project lead, works council, primary process).
  {
    email: 'projectleider@voorbeeld.nl',
    name: 'Priya Projectleider',
    role: GlobalRole.MODERATOR,
    unit: 'Afdeling Handhaving',
  },
  {
    email: 'or-lid@voorbeeld.nl',
    name: 'Wim Werkraad',
    role: GlobalRole.EMPLOYEE,
    unit: 'Team Groen',
  },
  {
    email: 'handhaver@voorbeeld.nl',
    name: 'Hanna Handhaver',
    role: GlobalRole.EMPLOYEE,
    unit: 'Team Toezicht Openbare Ruimte',
  },
  {
    email: 'analist@voorbeeld.nl',
    name: 'Daan Analist',
    role: GlobalRole.EMPLOYEE,
    unit: 'Team Data en Informatie',
  },
  {
    email: 'servicepunt@voorbeeld.nl',
    name: 'Sanne Servicepunt',
    role: GlobalRole.EMPLOYEE,
    unit: 'Team Klantcontact',
  },
];

/** Any constant: one seeding at a time, even if several processes start together. */
const SEED_LOCK_KEY = 724_151_102;

/** Seeds a small demo directory for "Gemeente Voorbeeld" into an empty database. */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly orgUnits: OrgUnitRepository,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap() {
    if (!this.config.seedDemo) return;
    if (this.config.isProduction) {
      throw new Error('SEED_DEMO is refused in production: demo accounts have a public password');
    }
    if ((await this.users.count()) > 0) return;
    const hash = await this.hasher.hash(DEMO_PASSWORD);
    const seeded = await this.orgUnits.inTreeTransaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
      if ((await m.query<{ n: number }[]>('SELECT count(*)::int AS n FROM app_user'))[0].n > 0) {
        return false;
      }
      const byName = new Map<string, OrgUnitEntity>();
      const plant = async (trees: Tree[], parent: OrgUnitEntity | null) => {
        for (const [name, children] of trees) {
          const unit = await this.orgUnits.insert(m, name, parent);
          byName.set(name, unit);
          await plant(children ?? [], unit);
        }
      };
      await plant(DEMO_TREE, null);
      // The bigger directory: a fourth directorate, clusters as a fourth level, ~300 people.
      await plant(DEMO_EXTRA_TREE, null);
      for (const [team, clusters] of Object.entries(DEMO_CLUSTERS)) {
        await plant(
          clusters.map((c) => [c]),
          byName.get(team)!,
        );
      }
      for (const u of DEMO_USERS) await this.insertUser(m, u, byName, hash);
      const people = await insertDemoPeople(
        m,
        [...byName.values()].filter((u) => u.depth >= 2).map((u) => u.id),
      );
      await this.audit.record(
        {
          actorId: null,
          action: AuditAction.DEMO_SEED,
          result: AuditResult.SUCCESS,
          details: { users: DEMO_USERS.length + people, orgUnits: byName.size },
        },
        m,
      );
      return true;
    });
    if (seeded) this.logger.log(`seeded the demo organisation (${DEMO_USERS.length} users)`);
  }

  private async insertUser(
    m: EntityManager,
    u: (typeof DEMO_USERS)[number],
    units: Map<string, OrgUnitEntity>,
    passwordHash: string,
  ) {
    const user = await this.users.insert(m, {
      name: u.name,
      email: u.email,
      primaryOrgUnitId: units.get(u.unit)!.id,
      locale: Locale.NL,
      role: u.role,
      passwordHash,
    });
    if (u.manages) await this.users.replaceManagerScopes(m, user.id, [units.get(u.manages)!.id]);
  }
}
