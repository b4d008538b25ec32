import { EntityManager } from 'typeorm';
import { GlobalRole } from '@inspraak/contracts';

type Tree = [name: string, children?: Tree[]];

/** A fourth directorate for the demo, next to the three of the small tree. */
export const DEMO_EXTRA_TREE: Tree[] = [
  [
    'Directie Sociaal Domein',
    [
      ['Afdeling Jeugd', [['Team Jeugd Noord'], ['Team Jeugd Zuid']]],
      ['Afdeling Wmo', [['Team Wmo Loket'], ['Team Wmo Advies']]],
      ['Afdeling Werk en Inkomen', [['Team Participatie'], ['Team Schuldhulp']]],
    ],
  ],
];

/** A fourth level under some teams of the demo tree (clusters). */
export const DEMO_CLUSTERS: Record<string, string[]> = {
  'Team Burgerzaken': ['Cluster Reisdocumenten', 'Cluster Burgerlijke Stand'],
  'Team Klantcontact': ['Cluster Telefonie', 'Cluster Balie'],
  'Team Groen': ['Cluster Groen Noord', 'Cluster Groen Zuid'],
  'Team Wegen': ['Cluster Wegen Onderhoud', 'Cluster Wegen Projecten'],
  'Team ICT-beheer': ['Cluster Werkplek', 'Cluster Netwerk'],
};

const FIRST = [
  'Anna',
  'Bram',
  'Chantal',
  'Dirk',
  'Esra',
  'Femke',
  'Gijs',
  'Hatice',
  'Ilse',
  'Jeroen',
  'Karin',
  'Lars',
  'Mila',
  'Noah',
  'Olga',
  'Pim',
  'Roos',
  'Sem',
  'Tess',
  'Umar',
];
const LAST = [
  'de Jong',
  'Jansen',
  'de Vries',
  'van den Berg',
  'Bakker',
  'Yilmaz',
  'Visser',
  'Smit',
  'Meijer',
  'El Amrani',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
];

/** How many generated colleagues the demo directory has besides the named demo accounts. */
export const DEMO_PEOPLE = 290;

/**
 * Deterministic colleagues spread over the given units (names the same on every seed). They have
 * no password: they fill the directory, they do not sign in.
 */
export function demoPeople(unitIds: string[]) {
  return Array.from({ length: DEMO_PEOPLE }, (_, i) => {
    const first = FIRST[i % FIRST.length];
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
    const local = `${first}.${last}`.toLowerCase().replace(/\s+/g, '');
    return {
      name: `${first} ${last}`,
      email: `${local}${i >= FIRST.length * LAST.length ? i : ''}@voorbeeld.nl`,
      unitId: unitIds[(i * 7) % unitIds.length],
      role: i % 40 === 0 ? GlobalRole.MODERATOR : GlobalRole.EMPLOYEE,
    };
  });
}

/** One statement for all generated colleagues. */
export async function insertDemoPeople(m: EntityManager, unitIds: string[]): Promise<number> {
  const people = demoPeople(unitIds);
  await m.query(
    `INSERT INTO app_user (name, email, primary_org_unit_id, role, locale)
     SELECT n, e, u, r, 'nl' FROM unnest($1::varchar[], $2::varchar[], $3::uuid[], $4::varchar[]) AS t(n, e, u, r)
     ON CONFLICT (email) DO NOTHING`,
    [
      people.map((p) => p.name),
      people.map((p) => p.email),
      people.map((p) => p.unitId),
      people.map((p) => p.role),
    ],
  );
  return people.length;
}
