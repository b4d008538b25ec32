import {
  ParticipationLevel as L,
  SimPhase as P,
  StakeholderKind as K,
  TrajectoryRole as R,
  TrajectoryVisibility,
} from '@inspraak/contracts';
import { DemoTrajectory } from './demo-trajectories';

/**
 * Case 3 of the guide: information-driven enforcement of waste dumped next to underground
 * containers. It stepped back to phase 1 for a joint problem analysis, as in the case.
 */
export const ENFORCEMENT_CASE: DemoTrajectory = {
  title: 'Informatiegestuurde handhaving bij ondergrondse containers',
  problemStatement:
    'Afval wordt naast ondergrondse containers gezet (bijplaatsingen). Data-analisten willen ' +
    'voorspellen waar handhavers het best kunnen controleren, maar de kennis van handhavers op ' +
    'straat komt niet in de data terecht.',
  goals:
    'Samen met handhavers een probleemanalyse maken; "zachte" kennis van handhavers analyseerbaar ' +
    "maken (vrije tekstvelden en foto's in hun apparaat); gerichter handhaven.",
  owner: 'moderator@voorbeeld.nl',
  visibility: TrajectoryVisibility.ORG_UNITS,
  units: ['Afdeling Handhaving', 'Team Data en Informatie', 'Afdeling Beheer Openbare Ruimte'],
  createdAgo: 120,
  phases: [
    { to: P.GENERATE, ago: 95, by: 'moderator@voorbeeld.nl' },
    {
      to: P.PREPARE,
      ago: 85,
      by: 'moderator@voorbeeld.nl',
      reason:
        'De externe programmamanager ging terug naar de opdrachtgever: eerst een gezamenlijke ' +
        'probleemanalyse met handhavers in plaats van direct implementeren.',
    },
    { to: P.GENERATE, ago: 40, by: 'projectleider@voorbeeld.nl' },
  ],
  team: [
    ['projectleider@voorbeeld.nl', R.PROJECT_LEAD],
    ['handhaver@voorbeeld.nl', R.TEAM_MEMBER],
    ['analist@voorbeeld.nl', R.EXPERT],
    ['manager@voorbeeld.nl', R.PROBLEM_OWNER],
  ],
  mandate: {
    budget: 80000,
    deadlineIn: 200,
    decisionSpace:
      'Probleemdefinitie en aanpak liggen bij de projectgroep; inzet van data binnen het privacykader.',
    constraints: 'Geen gegevens over individuele handhavers analyseren.',
    ago: 110,
  },
  rules: [
    {
      key: 'problem',
      topic: 'Welke probleemdefinitie werken we uit',
      phase: P.GENERATE,
      decidedBy: 'Projectgroep met handhavers en data-analisten',
      level: L.CO_DECIDE,
      involvement:
        'Data-analisten lopen mee in de briefings van handhavers; handhavers toetsen de analyse.',
      ago: 105,
    },
  ],
  stakeholders: [
    {
      key: 'handhavers',
      name: 'Handhavers openbare ruimte',
      kind: K.GROUP,
      employer: 'Gerichter controleren met dezelfde capaciteit',
      employee: 'Erkenning van hun kennis van de wijk, zinvol werk',
      influence: 4,
      stance: 0,
      involvement: 'Briefings met data-analisten, werksessies',
    },
    {
      key: 'analisten',
      name: 'Data-analisten',
      kind: K.ORG_UNIT,
      unit: 'Team Data en Informatie',
      employer: 'Bruikbare voorspellingen',
      employee: 'Toegang tot praktijkkennis',
      influence: 3,
      stance: 2,
      involvement: 'Projectgroep',
    },
    {
      key: 'inzamelaar',
      name: 'Afvalinzamelaar',
      kind: K.EXTERNAL,
      employer: 'Schone containerlocaties',
      employee: '',
      influence: 2,
      stance: 1,
      involvement: 'Systeemanalyse van de keten',
    },
  ],
  criteria: [],
  options: [],
  ratings: [],
  decisions: [],
};
