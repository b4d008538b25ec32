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

/**
 * Case 2 of the guide (a retailer's store app), fictionalised for a municipality: one app for the
 * staff of the service points, built in sprints with a core team and roasted by employees.
 */
export const STORE_APP_CASE: DemoTrajectory = {
  title: 'Eén app voor de servicepunten',
  problemStatement:
    'Medewerkers van de servicepunten werken met negen systemen. Zoeken naar producten, ' +
    'openingstijden en zaakgegevens kost veel tijd en leidt tot fouten aan de balie.',
  goals:
    'Vier systemen samenvoegen in één app; zoektijd halveren; minder fouten; medewerkers ' +
    'bepalen mee hoe de app werkt (roast, intranetfeedback met zichtbare opvolging).',
  owner: 'projectleider@voorbeeld.nl',
  visibility: TrajectoryVisibility.ORGANISATION,
  units: [],
  createdAgo: 420,
  phases: [
    { to: P.GENERATE, ago: 380, by: 'projectleider@voorbeeld.nl' },
    { to: P.SELECT, ago: 330, by: 'projectleider@voorbeeld.nl' },
    { to: P.TEST, ago: 280, by: 'projectleider@voorbeeld.nl' },
    { to: P.IMPLEMENT_AND_EVALUATE, ago: 170, by: 'moderator@voorbeeld.nl' },
  ],
  team: [
    ['moderator@voorbeeld.nl', R.PROJECT_LEAD],
    ['servicepunt@voorbeeld.nl', R.TEAM_MEMBER],
    ['servicepunt@voorbeeld.nl', R.KEY_USER],
    ['or-lid@voorbeeld.nl', R.WORKS_COUNCIL],
    ['analist@voorbeeld.nl', R.EXPERT],
    ['manager@voorbeeld.nl', R.PROBLEM_OWNER],
    ['employee@voorbeeld.nl', R.JURY_MEMBER],
  ],
  mandate: {
    budget: 400000,
    deadlineIn: 60,
    decisionSpace: 'Scope, volgorde van functies en sprintplanning liggen bij het kernteam.',
    constraints: 'Koppelingen alleen via de bestaande servicebus; toegankelijk (WCAG 2.1 AA).',
    ago: 415,
  },
  rules: [
    {
      key: 'scope',
      topic: 'Welke systemen gaan als eerste in de app',
      phase: P.SELECT,
      decidedBy: 'Kernteam van zes servicepunten',
      level: L.DELEGATE,
      involvement:
        'Het kernteam beslist; alle medewerkers reageren via intranet en zien wat ermee gebeurt.',
      ago: 410,
    },
    {
      key: 'go',
      topic: 'Landelijke uitrol na de pilot',
      phase: P.TEST,
      decidedBy: 'Directie Dienstverlening op advies van kernteam en OR',
      level: L.ADVISE,
      involvement: 'Roast-uitkomsten en evaluatie van het kernteam gaan mee in het advies.',
      ago: 410,
    },
  ],
  stakeholders: [
    {
      key: 'medewerkers',
      name: 'Medewerkers servicepunten',
      kind: K.GROUP,
      employer: 'Snellere afhandeling aan de balie',
      employee: 'Minder zoeken, minder fouten, plezier in het werk',
      influence: 4,
      stance: 1,
      involvement: 'Kernteam, intranetfeedback, roast',
    },
    {
      key: 'klantcontact',
      name: 'Team Klantcontact',
      kind: K.ORG_UNIT,
      unit: 'Team Klantcontact',
      employer: 'Eenduidige informatie voor inwoners',
      employee: 'Leren werken met de nieuwe app',
      influence: 3,
      stance: 1,
      involvement: 'Key users per servicepunt',
    },
    {
      key: 'ict',
      name: 'ICT-beheer',
      kind: K.ORG_UNIT,
      unit: 'Team ICT-beheer',
      employer: 'Beheerbare koppelingen, minder systemen',
      employee: 'Geen extra piekbelasting',
      influence: 3,
      stance: 0,
      involvement: 'Sprintreviews',
    },
  ],
  criteria: [
    {
      metric: 'Zoektijd naar producten en informatie',
      target: 'Minstens 40% korter',
      howMeasured: 'Tijdmeting van tien standaardvragen, voor en na',
      dimension: D.PRODUCTIVITY,
      agreedAgo: 290,
      agreedBy: 'Kernteam en OR',
      results: [
        { phase: P.TEST, value: '54% korter (gemiddeld)', verdict: V.MET, note: '', ago: 200 },
        { phase: P.IMPLEMENT_AND_EVALUATE, value: '51% korter', verdict: V.MET, note: '', ago: 20 },
      ],
    },
    {
      metric: 'Fouten bij registratie aan de balie',
      target: 'Minder dan vóór de app',
      howMeasured: 'Correcties in het zaaksysteem per 1.000 zaken',
      dimension: D.PRODUCTIVITY,
      agreedAgo: 290,
      agreedBy: 'Kernteam',
      results: [{ phase: P.TEST, value: '30% minder', verdict: V.MET, note: '', ago: 200 }],
    },
    {
      metric: 'Gebruiksgemak en werkplezier volgens medewerkers',
      target: 'Gemiddeld minstens 4 op 5',
      howMeasured: 'Anonieme vragenlijst na de pilot en na een half jaar',
      dimension: D.QUALITY_OF_WORK,
      agreedAgo: 290,
      agreedBy: 'Kernteam en OR',
      results: [
        {
          phase: P.TEST,
          value: '4,1',
          verdict: V.MET,
          note: 'Na verwerking van de roast.',
          ago: 200,
        },
        {
          phase: P.IMPLEMENT_AND_EVALUATE,
          value: '3,8',
          verdict: V.NOT_MET,
          note: 'Kleinere servicepunten missen maatwerk; varianten worden onderzocht.',
          ago: 20,
        },
      ],
    },
  ],
  options: [
    {
      key: 'app',
      title: 'Eigen app met vier gekoppelde systemen',
      description: 'In sprints van twee weken gebouwd en getest met zes servicepunten.',
      effects: [
        [A.SERVICE_DELIVERY, 2, 'Sneller en eenduidiger antwoord aan inwoners.'],
        [A.WORK_ORGANISATION, 1, 'Key users per servicepunt.'],
        [A.TASKS, 1, 'Minder zoeken, meer tijd voor de inwoner.'],
        [A.COMPETENCES, 1, 'E-learning, vlogs en instructies in de app.'],
        [A.WORKING_CONDITIONS, 1, 'Minder frustratie aan de balie.'],
      ],
      businessCase: [
        { kind: B.QUANTITATIVE, description: 'Tijdwinst aan de balie per jaar', amount: 310000 },
        {
          kind: B.QUALITATIVE,
          description: 'Medewerkers zien hun feedback terug in de app',
          rating: 2,
        },
      ],
    },
    {
      key: 'portaal',
      title: 'Leverancierportaal zonder aanpassingen',
      description: 'Standaardportaal van de leverancier, sneller beschikbaar.',
      effects: [
        [A.SERVICE_DELIVERY, 1, 'Beter dan nu, minder passend.'],
        [A.WORK_ORGANISATION, 0, 'Geen verandering.'],
        [A.TASKS, 0, 'Zoeken blijft deels nodig.'],
        [A.COMPETENCES, 0, 'Standaardtraining.'],
        [A.WORKING_CONDITIONS, 0, 'Geen verandering.'],
      ],
      businessCase: [
        { kind: B.QUANTITATIVE, description: 'Licenties per jaar', amount: -90000 },
        { kind: B.QUALITATIVE, description: 'Weinig invloed van medewerkers', rating: -1 },
      ],
    },
  ],
  ratings: [
    ['medewerkers', 'servicepunt@voorbeeld.nl', 'app', 5, 'Eindelijk één plek.'],
    ['medewerkers', 'servicepunt@voorbeeld.nl', 'portaal', 2, ''],
    ['ict', 'analist@voorbeeld.nl', 'app', 3, 'Beheerlast let op.'],
    ['ict', 'analist@voorbeeld.nl', 'portaal', 4, ''],
  ],
  decisions: [
    {
      rule: 'scope',
      outcome: 'Producten, openingstijden, zaakstatus en afspraken als eerste in de app',
      rationale: 'Deze vier systemen kosten aan de balie de meeste zoektijd.',
      inputResponse: '120 reacties op intranet; de top-vier vragen bepaalden de volgorde.',
      ago: 335,
    },
    {
      rule: 'go',
      outcome: 'Uitrol naar alle servicepunten',
      rationale: 'Alle pilotcriteria gehaald; roast-feedback verwerkt in versie 2.',
      inputResponse:
        'We leggen uit wat we met elke roast deden, en waarom niet als we iets niet overnamen.',
      ago: 175,
    },
  ],
};
