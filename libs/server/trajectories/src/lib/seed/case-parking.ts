import {
  BusinessCaseKind as B,
  CriterionVerdict as V,
  ImpactAspect as A,
  ParticipationLevel as L,
  SimPhase as P,
  StakeholderKind as K,
  SuccessDimension as D,
  TrajectoryRole as R,
  TrajectoryVisibility,
} from '@inspraak/contracts';
import { DemoTrajectory } from './demo-trajectories';

/** Case 1 of the guide: scan car and desk control in parking enforcement, now piloting. */
export const PARKING_CASE: DemoTrajectory = {
  title: 'Scanauto en deskcontrole bij parkeerhandhaving',
  problemStatement:
    'Parkeercontroleurs lopen grote gebieden met de hand af en krijgen steeds vaker te maken met agressie. ' +
    'Een scanauto kan kentekens scannen; een nieuwe rol "deskcontrole" beoordeelt de foto\'s op afstand. ' +
    'Hoe voeren we dit in zo dat het werk van controleurs er beter van wordt en niet alleen sneller?',
  goals:
    'Grotere pakkans met dezelfde bezetting, hogere betalingsbereidheid, minder agressie tegen controleurs, ' +
    'en werk dat afwisselend en vakkundig blijft.',
  owner: 'moderator@voorbeeld.nl',
  visibility: TrajectoryVisibility.ORG_UNITS,
  units: ['Afdeling Handhaving', 'Team Data en Informatie'],
  createdAgo: 240,
  phases: [
    { to: P.GENERATE, ago: 200, by: 'moderator@voorbeeld.nl' },
    { to: P.SELECT, ago: 140, by: 'projectleider@voorbeeld.nl' },
    { to: P.TEST, ago: 45, by: 'moderator@voorbeeld.nl' },
  ],
  team: [
    ['projectleider@voorbeeld.nl', R.PROJECT_LEAD],
    ['employee@voorbeeld.nl', R.TEAM_MEMBER],
    ['employee@voorbeeld.nl', R.KEY_USER],
    ['handhaver@voorbeeld.nl', R.TEAM_MEMBER],
    ['or-lid@voorbeeld.nl', R.WORKS_COUNCIL],
    ['analist@voorbeeld.nl', R.EXPERT],
    ['manager@voorbeeld.nl', R.PROBLEM_OWNER],
  ],
  mandate: {
    budget: 250000,
    deadlineIn: 120,
    decisionSpace:
      'De innovatiemanager kiest samen met de projectgroep de werkwijze en de routeparameters; ' +
      'de aanschaf boven het budget en de go/no-go liggen bij de afdelingsmanager.',
    constraints:
      "Geen gedwongen ontslagen; privacy-eisen voor kentekenfoto's (AVG, bewaartermijn 48 uur).",
    ago: 230,
  },
  rules: [
    {
      key: 'pilot',
      topic: 'Welke oplossing gaat de pilot in',
      phase: P.SELECT,
      decidedBy: 'Stuurgroep, op voorstel van de projectgroep',
      level: L.CO_DECIDE,
      involvement:
        'Controleurs waarderen de opties in een werksessie; hun waardering weegt mee in het voorstel.',
      ago: 225,
    },
    {
      key: 'routes',
      topic: 'Routeparameters van de scanauto',
      phase: P.TEST,
      decidedBy: 'Parkeercontroleurs en deskcontroleurs',
      level: L.DELEGATE,
      involvement:
        'Het team bepaalt zelf routes en uitzonderingen (evenementen, vuilniswagenroutes).',
      ago: 225,
    },
    {
      key: 'go',
      topic: 'Go/no-go na de pilot',
      phase: P.TEST,
      decidedBy: 'Afdelingsmanager Handhaving na advies van de OR',
      level: L.ADVISE,
      involvement:
        'Gezamenlijke evaluatie met controleurs; hun advies wordt met reactie gepubliceerd.',
      ago: 225,
    },
  ],
  stakeholders: [
    {
      key: 'controleurs',
      name: 'Parkeercontroleurs',
      kind: K.GROUP,
      employer: 'Grotere pakkans met dezelfde bezetting',
      employee: 'Veiligheid en minder agressie, afwisseling, vakmanschap behouden',
      influence: 4,
      stance: 0,
      involvement: 'Projectgroep, werksessies over routes, pilot',
    },
    {
      key: 'team',
      name: 'Team Parkeerhandhaving',
      kind: K.ORG_UNIT,
      unit: 'Team Parkeerhandhaving',
      employer: 'Planning en bezetting rond krijgen',
      employee: 'Duidelijkheid over nieuwe rollen en roosters',
      influence: 3,
      stance: 1,
      involvement: 'Teamoverleggen, informeren en raadplegen',
    },
    {
      key: 'or',
      name: 'Ondernemingsraad',
      kind: K.GROUP,
      employer: '',
      employee: 'Kwaliteit van werk, privacy van medewerkers, geen verkapte monitoring',
      influence: 4,
      stance: 0,
      involvement: 'Lid van de projectgroep, adviesrecht bij go/no-go',
    },
    {
      key: 'leverancier',
      name: 'Leverancier scanauto',
      kind: K.EXTERNAL,
      employer: 'Werkend product en referentieklant',
      employee: '',
      influence: 3,
      stance: 2,
      involvement: 'Deelnemer aan de pilot, lost kinderziektes op',
    },
    {
      key: 'parkeerders',
      name: 'Parkeerders en bewoners',
      kind: K.EXTERNAL,
      employer: 'Eerlijke handhaving, weinig onterechte boetes',
      employee: '',
      influence: 2,
      stance: -1,
      involvement: 'Informeren via de website',
    },
  ],
  criteria: [
    {
      metric: 'Betalingsbereidheid parkeerders',
      target: 'Van 70% naar minstens 85%',
      howMeasured: 'Aandeel betaalde parkeerrechten in steekproeven, per maand',
      dimension: D.PRODUCTIVITY,
      agreedAgo: 60,
      agreedBy: 'Projectgroep, OR en afdelingsmanager',
      results: [
        { phase: P.TEST, value: '86%', verdict: V.MET, note: 'Stijging sinds 2013.', ago: 7 },
      ],
    },
    {
      metric: 'Agressie-incidenten tegen controleurs',
      target: 'Minstens 75% minder dan vóór de pilot',
      howMeasured: 'Meldingen in het incidentenregister en eigen inschatting van het team',
      dimension: D.QUALITY_OF_WORK,
      agreedAgo: 60,
      agreedBy: 'Projectgroep, OR en afdelingsmanager',
      results: [
        {
          phase: P.TEST,
          value: 'Circa 90% minder (eigen schatting)',
          verdict: V.MET,
          note: 'Nog aanvullen met het incidentenregister.',
          ago: 7,
        },
      ],
    },
    {
      metric: 'Gecontroleerd gebied met dezelfde bezetting',
      target: 'Minstens 40% groter',
      howMeasured: 'Gereden en gelopen routes per week',
      dimension: D.PRODUCTIVITY,
      agreedAgo: 60,
      agreedBy: 'Projectgroep',
      results: [],
    },
    {
      metric: 'Werkplezier en afwisseling (controleurs en deskcontroleurs)',
      target: 'Gemiddeld minstens 7',
      howMeasured: 'Anonieme pulsmeting kwaliteit van werk, voor en na de pilot',
      dimension: D.QUALITY_OF_WORK,
      agreedAgo: 60,
      agreedBy: 'Projectgroep en OR',
      results: [],
    },
  ],
  options: [
    {
      key: 'desk',
      title: 'Scanauto met deskcontrole',
      description:
        "De scanauto signaleert; deskcontroleurs beoordelen foto's, controleurs te voet handelen af.",
      effects: [
        [A.SERVICE_DELIVERY, 2, 'Groter gebied, gelijkere handhaving.'],
        [A.WORK_ORGANISATION, 1, 'Nieuwe rol deskcontrole; taakverdeling mens-techniek expliciet.'],
        [A.TASKS, 0, 'Minder lopen, meer beoordelen; risico op eentonig schermwerk.'],
        [A.COMPETENCES, 1, "Nieuwe vaardigheden: foto's beoordelen, routes instellen."],
        [A.WORKING_CONDITIONS, 2, 'Minder confrontaties op straat.'],
      ],
      businessCase: [
        { kind: B.QUANTITATIVE, description: 'Extra parkeerinkomsten per jaar', amount: 450000 },
        {
          kind: B.QUANTITATIVE,
          description: 'Scanauto: aanschaf en beheer per jaar',
          amount: -180000,
        },
        { kind: B.QUALITATIVE, description: 'Minder agressie tegen controleurs', rating: 2 },
        {
          kind: B.QUALITATIVE,
          description: 'Deskcontrole kan eentonig zijn: roulatie nodig',
          rating: -1,
        },
      ],
    },
    {
      key: 'auto',
      title: 'Scanauto met automatische naheffing',
      description: 'Naheffingen direct op basis van de scan, zonder menselijke beoordeling.',
      effects: [
        [
          A.SERVICE_DELIVERY,
          -1,
          'Meer onterechte naheffingen (gehandicaptenplaatsen, laden en lossen).',
        ],
        [A.WORK_ORGANISATION, -1, 'Controleurs worden vooral bezwaarbehandelaars.'],
        [A.TASKS, -2, 'Vakmanschap verdwijnt uit het werk.'],
        [A.COMPETENCES, -1, 'Weinig nieuwe vaardigheden.'],
        [A.WORKING_CONDITIONS, 1, 'Minder straatwerk, meer boze bellers.'],
      ],
      businessCase: [
        { kind: B.QUANTITATIVE, description: 'Extra parkeerinkomsten per jaar', amount: 520000 },
        { kind: B.QUALITATIVE, description: 'Draagvlak bij controleurs en bewoners', rating: -2 },
      ],
    },
    {
      key: 'app',
      title: 'Huidige werkwijze met een betere handheld-app',
      description: 'Geen scanauto; de handheld krijgt kentekenherkenning.',
      effects: [
        [A.SERVICE_DELIVERY, 0, 'Zelfde gebied als nu.'],
        [A.TASKS, 0, 'Werk blijft grotendeels gelijk.'],
        [A.WORKING_CONDITIONS, -1, 'Agressie blijft.'],
      ],
      businessCase: [{ kind: B.QUANTITATIVE, description: 'Licenties per jaar', amount: -30000 }],
    },
  ],
  ratings: [
    ['controleurs', 'employee@voorbeeld.nl', 'desk', 4, 'Als we zelf de routes mogen bepalen.'],
    ['controleurs', 'employee@voorbeeld.nl', 'auto', 1, 'Dan zijn we alleen nog klachtenloket.'],
    ['controleurs', 'employee@voorbeeld.nl', 'app', 3, ''],
    ['controleurs', 'handhaver@voorbeeld.nl', 'desk', 5, ''],
    ['controleurs', 'handhaver@voorbeeld.nl', 'auto', 2, ''],
    ['or', 'or-lid@voorbeeld.nl', 'desk', 4, 'Met roulatie op de deskrol.'],
    ['or', 'or-lid@voorbeeld.nl', 'auto', 1, ''],
    ['leverancier', 'projectleider@voorbeeld.nl', 'desk', 4, 'Ingevoerd na de werksessie.'],
    ['leverancier', 'projectleider@voorbeeld.nl', 'auto', 5, 'Ingevoerd na de werksessie.'],
  ],
  decisions: [
    {
      rule: 'pilot',
      outcome: 'Scanauto met deskcontrole gaat een maand de pilot in',
      rationale:
        'Hoogste waardering van controleurs en OR; automatische naheffing scoort slecht op taken en draagvlak.',
      inputResponse:
        'Controleurs wezen op evenementen en vuilniswagenroutes: die zijn als routeparameters opgenomen. ' +
        'Vaste gehandicaptenplaatsen gaven valse hits: tijdelijk opgelost met een witte lijst.',
      ago: 50,
    },
  ],
};
