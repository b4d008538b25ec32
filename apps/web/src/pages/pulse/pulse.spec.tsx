import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, renderApp, user } from '../../test/render-app';

const MODERATOR = user('MODERATOR', 'Mo Moderator');
const text = (nl: string, en: string) => ({ __typename: 'PulseText', nl, en });

const question = (key: string, nl: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'PulseQuestion',
  key,
  type: 'SCALE_5',
  dimension: 'qow',
  enps: false,
  required: true,
  text: text(nl, `${nl} (en)`),
  lowLabel: null,
  highLabel: null,
  options: [],
  ...extra,
});

const QUESTIONS = [
  question('qow.autonomy', 'Ik kan zelf bepalen hoe ik mijn werk doe.'),
  question('enps', 'Hoe waarschijnlijk raad je je werkgever aan?', {
    type: 'SCALE_11',
    dimension: 'enps',
    enps: true,
  }),
  question('qow.comment', 'Wat zou je werk beter maken?', {
    type: 'OPEN_TEXT',
    required: false,
  }),
];
const DIMENSIONS = [
  { __typename: 'PulseDimension', key: 'qow', name: text('Kwaliteit van werk', 'Quality') },
  { __typename: 'PulseDimension', key: 'enps', name: text('eNPS', 'eNPS') },
];

const scale5 = (counts: number[]) =>
  counts.map((count, i) => ({ __typename: 'PulseValueCount', value: i + 1, choice: null, count }));
const scale11 = (counts: number[]) =>
  counts.map((count, i) => ({ __typename: 'PulseValueCount', value: i, choice: null, count }));

const shown = (
  orgUnitId: string | null,
  name: string | null,
  responses: number,
  audience: number,
  extra: Record<string, unknown> = {},
) => ({
  __typename: 'PulseResultNode',
  orgUnitId,
  parentOrgUnitId: null,
  name,
  depth: 0,
  audience,
  hidden: false,
  hiddenReason: null,
  responses,
  responseRate: responses / audience,
  commentsVisible: false,
  comments: [],
  dimensions: [
    { __typename: 'PulseDimensionResult', key: 'qow', score: 61.5, favourableShare: 0.47 },
    { __typename: 'PulseDimensionResult', key: 'enps', score: 70, favourableShare: 0.3 },
  ],
  questions: [
    {
      __typename: 'PulseQuestionResult',
      key: 'qow.autonomy',
      answers: responses,
      mean: 3.4,
      favourableShare: 0.44,
      enps: null,
      distribution: scale5([1, 3, 6, 5, responses - 15]),
    },
    {
      __typename: 'PulseQuestionResult',
      key: 'enps',
      answers: responses,
      mean: 7.1,
      favourableShare: 0.33,
      enps: 11,
      distribution: scale11([0, 0, 0, 0, 2, 2, 2, 2, 4, 3, responses - 15]),
    },
  ],
  ...extra,
});

const hidden = (orgUnitId: string, name: string, parent: string, reason: string) => ({
  __typename: 'PulseResultNode',
  orgUnitId,
  parentOrgUnitId: parent,
  name,
  depth: 2,
  audience: 0,
  hidden: true,
  hiddenReason: reason,
  responses: null,
  responseRate: null,
  commentsVisible: false,
  comments: [],
  dimensions: [],
  questions: [],
});

const RESULTS = {
  pulseResults: {
    __typename: 'PulseResults',
    roundId: 'r-1',
    surveyId: 's-1',
    released: true,
    k: 5,
    kComments: 10,
    dimensions: DIMENSIONS,
    questions: QUESTIONS,
    actions: [],
    nodes: [
      shown(null, null, 18, 30, {
        commentsVisible: true,
        comments: [
          {
            __typename: 'PulseComment',
            questionKey: 'qow.comment',
            text: 'Meer tijd voor overleg.',
          },
        ],
      }),
      shown('u-dept', 'Afdeling Handhaving', 18, 30, { depth: 1 }),
      shown('u-data', 'Team Data en Informatie', 17, 9, {
        depth: 2,
        parentOrgUnitId: 'u-dept',
        responseRate: 0.78,
      }),
      hidden('u-toezicht', 'Team Toezicht Openbare Ruimte', 'u-dept', 'BELOW_THRESHOLD'),
      hidden('u-parkeer', 'Team Parkeerhandhaving', 'u-dept', 'COMPLEMENTARY'),
    ],
  },
};

const round = (id: string, number: number, state: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'PulseRound',
  id,
  number,
  state,
  opensAt: '2026-09-01T08:00:00.000Z',
  closesAt: '2026-09-15T21:59:00.000Z',
  closedAt: state === 'CLOSED' ? '2026-09-15T21:59:00.000Z' : null,
  phase: 'SELECT',
  audienceSize: 30,
  responseCount: state === 'CLOSED' ? 18 : null,
  resultsAvailable: state === 'CLOSED',
  ...extra,
});

const SURVEY = {
  __typename: 'PulseSurvey',
  id: 's-1',
  title: 'Kwaliteit van werk bij parkeerhandhaving',
  description: 'Elke vier weken vijf minuten.',
  trajectoryId: null,
  phase: null,
  archived: false,
  createdAt: '2026-08-01T08:00:00.000Z',
  orgUnitIds: [],
  k: null,
  kComments: null,
  effectiveK: 5,
  effectiveKComments: 10,
  recurrenceWeeks: 4,
  roundDays: 14,
  nextRoundAt: '2026-12-01T08:00:00.000Z',
  reminders: true,
  templates: [{ __typename: 'PulseTemplateRef', key: 'QUALITY_OF_WORK', version: 1 }],
  dimensions: DIMENSIONS,
  questions: QUESTIONS,
  rounds: [round('r-2', 2, 'OPEN', { phase: 'TEST' }), round('r-1', 1, 'CLOSED')],
  viewer: { __typename: 'PulseSurveyViewer', canManage: true },
};

const TREND = {
  pulseTrend: {
    __typename: 'PulseTrend',
    surveyId: 's-1',
    orgUnitId: null,
    points: [
      {
        __typename: 'PulseTrendPoint',
        roundId: 'r-1',
        number: 1,
        closesAt: '2026-09-15T21:59:00.000Z',
        phase: 'SELECT',
        shown: true,
        responses: 18,
        enps: 11,
        dimensions: [
          { __typename: 'PulseDimensionResult', key: 'qow', score: 61.5, favourableShare: 0.47 },
        ],
      },
    ],
    phases: [
      {
        __typename: 'PulsePhaseTrend',
        phase: 'SELECT',
        rounds: 1,
        responses: 18,
        enps: 11,
        dimensions: [
          { __typename: 'PulseDimensionResult', key: 'qow', score: 61.5, favourableShare: 0.47 },
        ],
      },
    ],
  },
};

const TEMPLATES = {
  pulseTemplates: [
    {
      __typename: 'PulseTemplate',
      key: 'QUALITY_OF_WORK',
      version: 1,
      name: text('Kwaliteit van werk', 'Quality of work'),
      description: text('Autonomie, afwisseling en werkdruk.', 'Autonomy, variety and workload.'),
      questions: [QUESTIONS[0]],
    },
    {
      __typename: 'PulseTemplate',
      key: 'ENPS',
      version: 1,
      name: text('eNPS', 'eNPS'),
      description: text('Aanbevelen als werkgever.', 'Recommend as an employer.'),
      questions: [QUESTIONS[1]],
    },
  ],
};

const TRAJECTORIES = {
  trajectories: {
    __typename: 'TrajectoryConnection',
    edges: [
      {
        __typename: 'TrajectoryEdge',
        node: {
          __typename: 'Trajectory',
          id: 't-1',
          title: 'Scanauto en deskcontrole',
          phase: 'TEST',
          viewer: { __typename: 'TrajectoryViewer', canEdit: true },
        },
      },
    ],
  },
};

const COMMON = {
  Me: { me: MODERATOR },
  PulseSurvey: { pulseSurvey: SURVEY },
  PulseTrend: TREND,
  PulseTrajectories: TRAJECTORIES,
  PulseTemplates: TEMPLATES,
};

describe('pulse results', () => {
  it('shows the org-unit tree: shown units open to their numbers, hidden ones say why without any', async () => {
    renderApp({ path: '/puls/resultaten/r-1', answers: { ...COMMON, PulseResults: RESULTS } });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Uitkomsten ronde 1' }),
    ).toBeTruthy();

    // The whole audience: figures, a distribution with its numbers as text, released comments.
    const whole = screen.getByRole('region', { name: 'Hele doelgroep' });
    expect(within(whole).getByText('18 van 30')).toBeTruthy();
    expect(within(whole).getByText('+11')).toBeTruthy();
    const bars = within(whole).getAllByRole('img');
    expect(bars[0].getAttribute('aria-label')).toBe(
      'Verdeling: 1: 1 (6%), 2: 3 (17%), 3: 6 (33%), 4: 5 (28%), 5: 3 (17%)',
    );
    expect(within(whole).getByText('Meer tijd voor overleg.')).toBeTruthy();

    const units = screen.getByRole('region', { name: 'Per organisatieonderdeel' });
    // Hidden units: the reason in words, and not a single digit.
    for (const [name, reason] of [
      ['Team Toezicht Openbare Ruimte', /Minder dan 5 mensen/],
      ['Team Parkeerhandhaving', /kleinere verborgen groep/],
    ] as const) {
      const heading = within(units).getByRole('heading', { name });
      const unit = heading.closest('.ins-pulse-tree__unit') as HTMLElement;
      expect(within(unit).getByText('Verborgen om de anonimiteit te beschermen')).toBeTruthy();
      expect(within(unit).getByText(reason)).toBeTruthy();
      const withoutReason = (unit.textContent ?? '').replace(/Minder dan 5 mensen/, '');
      expect(withoutReason).not.toMatch(/\d/);
      expect(within(unit).queryByRole('button')).toBeNull();
      expect(within(unit).queryByRole('table')).toBeNull();
    }
    // Hidden units sit under their department in the tree.
    const dept = within(units)
      .getByRole('button', { name: 'Afdeling Handhaving' })
      .closest('li') as HTMLElement;
    expect(within(dept).getByRole('heading', { name: 'Team Parkeerhandhaving' })).toBeTruthy();

    // A shown unit opens to its results.
    const toggle = within(units).getByRole('button', { name: 'Team Data en Informatie' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(
      within(units).queryByRole('region', { name: 'Vragen, Team Data en Informatie' }),
    ).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const table = within(units).getByRole('table', { name: 'Vragen, Team Data en Informatie' });
    expect(within(table).getByText('3,4')).toBeTruthy();
    expect(within(table).getByText('44%')).toBeTruthy();
    // Owners may read comments: a group without them is below the comment threshold.
    expect(within(units).getByText(/Opmerkingen van deze groep zijn niet zichtbaar/)).toBeTruthy();
    expect(screen.queryByText(/alleen zichtbaar voor de eigenaren/)).toBeNull();
  });

  it('exports exactly the shown results as a CSV file', async () => {
    const csv = '\uFEFFgroep,vraag,waarde,aantal\r\nHele doelgroep,qow.autonomy,1,1\r\n';
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:pulse';
    });
    const revokeObjectURL = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }));
    const clicked: { download: string; href: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ download: this.download, href: this.href });
    });
    try {
      const { calls } = renderApp({
        path: '/puls/resultaten/r-1',
        answers: {
          ...COMMON,
          PulseResults: RESULTS,
          PulseResultsCsv: { pulseResultsCsv: csv },
        },
      });
      fireEvent.click(await screen.findByRole('button', { name: 'Exporteren als CSV' }));
      await waitFor(() => expect(clicked).toHaveLength(1));
      expect(calls.find((c) => c.operationName === 'PulseResultsCsv')?.variables).toEqual({
        roundId: 'r-1',
      });
      expect(clicked[0].download).toBe('kwaliteit-van-werk-bij-parkeerhandhaving-ronde-1.csv');
      const written = new Uint8Array(await blobs[0].arrayBuffer());
      // One BOM (the API's is not doubled), then exactly the API's rows.
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(written)).toBe(csv);
    } finally {
      click.mockRestore();
      vi.unstubAllGlobals();
    }
  });

  it('tells a respondent that comments are for owners and managers, not about the threshold', async () => {
    renderApp({
      path: '/puls/resultaten/r-1',
      answers: {
        ...COMMON,
        Me: { me: user('EMPLOYEE', 'Eva Medewerker') },
        PulseSurvey: {
          pulseSurvey: { ...SURVEY, viewer: { __typename: 'PulseSurveyViewer', canManage: false } },
        },
        // The round's audience sees the whole audience only, never its comments.
        PulseResults: {
          pulseResults: { ...RESULTS.pulseResults, nodes: [shown(null, null, 18, 30)] },
        },
      },
    });
    const whole = await screen.findByRole('region', { name: 'Hele doelgroep' });
    expect(
      await within(whole).findByText(
        'Opmerkingen zijn alleen zichtbaar voor de eigenaren van de meting en, bij de groepen in hun eigen afdelingen, voor leidinggevenden.',
      ),
    ).toBeTruthy();
    expect(within(whole).getByText('18 van 30')).toBeTruthy();
    expect(screen.queryByText(/Opmerkingen van deze groep zijn niet zichtbaar/)).toBeNull();
    expect(screen.queryByRole('region', { name: 'Per organisatieonderdeel' })).toBeNull();
  });

  it('opens at the actions when a notification links to them (#pulse-actions)', async () => {
    renderApp({
      path: '/puls/resultaten/r-1#pulse-actions',
      answers: { ...COMMON, PulseResults: RESULTS },
    });
    const heading = await screen.findByRole('heading', { level: 2, name: 'Wat we ermee doen' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(heading.getAttribute('tabindex')).toBe('-1');
  });

  it('says the results are not released while the round is open', async () => {
    renderApp({
      path: '/puls/resultaten/r-2',
      answers: {
        ...COMMON,
        PulseResults: {
          pulseResults: { ...RESULTS.pulseResults, roundId: 'r-2', released: false, nodes: [] },
        },
      },
    });
    expect(
      await screen.findByText('De uitkomsten komen vrij zodra de ronde gesloten is.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Exporteren als CSV' })).toBeNull();
  });
});

describe('new pulse survey', () => {
  it('lists problems in a summary tied to the fields, and maps the API field errors', async () => {
    let sent: Record<string, unknown> | null = null;
    renderApp({
      path: '/puls/beheer/nieuw?traject=t-1',
      answers: {
        ...COMMON,
        CreatePulseSurvey: (variables) => {
          sent = variables['input'] as Record<string, unknown>;
          return apiError('BAD_USER_INPUT', [
            { field: 'input.customQuestions[0].options', code: 'OPTION_COUNT' },
            { field: 'input.kComments', code: 'BELOW_FLOOR' },
          ]);
        },
      },
    });
    const submit = await screen.findByRole('button', { name: 'Pulsmeting aanmaken' });
    expect(screen.getByLabelText<HTMLSelectElement>('Traject').value).toBe('t-1');
    fireEvent.click(submit);

    const summary = await screen.findByRole('alert', { name: 'Er zijn 2 problemen' });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(within(summary).getByRole('link', { name: 'Titel: Vul dit in.' })).toBeTruthy();
    expect(
      within(summary).getByRole('link', {
        name: 'Vragenlijsten: Kies een vragenlijst of voeg een eigen vraag toe.',
      }),
    ).toBeTruthy();
    const title = screen.getByRole('textbox', { name: 'Titel' });
    expect(title.getAttribute('aria-describedby')).toContain('error');
    fireEvent.click(within(summary).getByRole('link', { name: /^Titel/ }));
    expect(document.activeElement).toBe(title);
    expect(sent).toBeNull();

    // Fix those; add a choice question; the API refuses two fields.
    fireEvent.change(title, { target: { value: 'Werkdruk' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kwaliteit van werk' }));
    fireEvent.click(screen.getByRole('button', { name: 'Eigen vraag toevoegen' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Soort vraag' }), {
      target: { value: 'SINGLE_CHOICE' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Vraag (Nederlands)' }), {
      target: { value: 'Hoe reis je?' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Vraag (Engels)' }), {
      target: { value: 'How do you travel?' },
    });
    for (const [label, value] of [
      ['Optie 1 (Nederlands)', 'Fiets'],
      ['Optie 1 (Engels)', 'Bike'],
      ['Optie 2 (Nederlands)', 'Auto'],
      ['Optie 2 (Engels)', 'Car'],
      ['Minimum aantal antwoorden voor opmerkingen', '12'],
    ]) {
      fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });
    }
    fireEvent.click(screen.getByRole('button', { name: 'Pulsmeting aanmaken' }));
    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent).toMatchObject({
      title: 'Werkdruk',
      trajectoryId: 't-1',
      templates: ['QUALITY_OF_WORK'],
      recurrenceWeeks: 4,
      roundDays: 14,
      kComments: 12,
      customQuestions: [
        {
          type: 'SINGLE_CHOICE',
          text: { nl: 'Hoe reis je?', en: 'How do you travel?' },
          options: [
            { label: { nl: 'Fiets', en: 'Bike' }, favourable: false },
            { label: { nl: 'Auto', en: 'Car' }, favourable: false },
          ],
        },
      ],
    });
    const apiSummary = await screen.findByRole('alert', { name: 'Er zijn 2 problemen' });
    expect(
      within(apiSummary).getByRole('link', {
        name: 'Eigen vraag 1, opties: Geef 2 tot 10 opties.',
      }),
    ).toBeTruthy();
    expect(
      within(apiSummary).getByRole('link', { name: /^Minimum aantal antwoorden voor opmerkingen/ }),
    ).toBeTruthy();
    const kComments = screen.getByRole('textbox', {
      name: 'Minimum aantal antwoorden voor opmerkingen',
    });
    expect(
      document.getElementById(
        kComments
          .getAttribute('aria-describedby')!
          .split(' ')
          .find((id) => id.endsWith('error'))!,
      )?.textContent,
    ).toContain('Te laag');
  });

  it('shows template questions in the reader’s language', async () => {
    renderApp({ path: '/puls/beheer/nieuw', language: 'en', answers: COMMON });
    const set = await screen.findByRole('group', { name: 'Question sets' });
    expect(within(set).getByText('Quality of work')).toBeTruthy();
    expect(within(set).getByText('Ik kan zelf bepalen hoe ik mijn werk doe. (en)')).toBeTruthy();
  });
});

describe('pulse survey page', () => {
  beforeEach(() => {
    vi.useRealTimers();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('closes an open round only after confirming', async () => {
    const closed: string[] = [];
    const { calls } = renderApp({
      path: '/puls/beheer/s-1',
      answers: {
        ...COMMON,
        ClosePulseRound: (variables) => {
          closed.push(variables['id'] as string);
          return {
            closePulseRound: {
              ...SURVEY,
              rounds: [round('r-2', 2, 'CLOSED', { phase: 'TEST' }), round('r-1', 1, 'CLOSED')],
            },
          };
        },
      },
    });
    const rounds = await screen.findByRole('table', { name: 'Rondes van deze meting' });
    expect(
      within(rounds).getByRole('link', { name: 'Uitkomsten Ronde 1' }).getAttribute('href'),
    ).toBe('/puls/resultaten/r-1');
    expect(
      within(rounds).getByRole('link', { name: 'Voorbeeld Ronde 2' }).getAttribute('href'),
    ).toBe('/puls/r-2');
    fireEvent.click(within(rounds).getByRole('button', { name: 'Sluiten Ronde 2' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ronde 2 nu sluiten?' });
    // Cancel first: nothing is sent.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(calls.some((c) => c.operationName === 'ClosePulseRound')).toBe(false);

    fireEvent.click(within(rounds).getByRole('button', { name: 'Sluiten Ronde 2' }));
    const again = await screen.findByRole('alertdialog', { name: 'Ronde 2 nu sluiten?' });
    fireEvent.click(within(again).getByRole('button', { name: 'Ronde sluiten' }));
    await waitFor(() => expect(closed).toEqual(['r-2']));
    expect(await screen.findByText('Ronde 2 is gesloten; de uitkomsten staan klaar.')).toBeTruthy();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Sluiten Ronde 2' })).toBeNull(),
    );
  });

  it('explains a refused close inside the dialog', async () => {
    renderApp({
      path: '/puls/beheer/s-1',
      answers: {
        ...COMMON,
        ClosePulseRound: apiError('PRECONDITION_FAILED', [
          { field: 'input.id', code: 'ROUND_NOT_OPEN' },
        ]),
      },
    });
    const rounds = await screen.findByRole('table', { name: 'Rondes van deze meting' });
    fireEvent.click(within(rounds).getByRole('button', { name: 'Sluiten Ronde 2' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ronde 2 nu sluiten?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ronde sluiten' }));
    expect(await within(dialog).findByText('Deze ronde is niet (meer) open.')).toBeTruthy();
  });

  it('edits the settings through updatePulseSurvey, keeping the template', async () => {
    let sent: Record<string, unknown> | null = null;
    renderApp({
      path: '/puls/beheer/s-1',
      answers: {
        ...COMMON,
        UpdatePulseSurvey: (variables) => {
          sent = variables['input'] as Record<string, unknown>;
          return { updatePulseSurvey: { ...SURVEY, title: 'Werkplezier' } };
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Instellingen wijzigen' }));
    const title = screen.getByRole('textbox', { name: 'Titel' });
    expect((title as HTMLInputElement).value).toBe(SURVEY.title);
    expect(screen.getByRole('checkbox', { name: 'Kwaliteit van werk' })).toHaveProperty(
      'checked',
      true,
    );
    fireEvent.change(title, { target: { value: 'Werkplezier' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Dagen dat een ronde open is' }), {
      target: { value: '40' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));
    // 40 days do not fit in 4 weeks: refused before sending.
    const summary = await screen.findByRole('alert', { name: 'Er is 1 probleem' });
    expect(
      within(summary).getByRole('link', {
        name: 'Dagen dat een ronde open is: Een ronde moet sluiten voordat de volgende opent.',
      }),
    ).toBeTruthy();
    expect(sent).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: 'Dagen dat een ronde open is' }), {
      target: { value: '21' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));
    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent).toMatchObject({
      id: 's-1',
      title: 'Werkplezier',
      templates: ['QUALITY_OF_WORK'],
      customQuestions: [],
      recurrenceWeeks: 4,
      roundDays: 21,
    });
    expect(await screen.findByText('Instellingen van ‘Werkplezier’ opgeslagen.')).toBeTruthy();
  });

  it('schedules a round: a closing date before the opening is refused in the form', async () => {
    let sent: Record<string, unknown> | null = null;
    renderApp({
      path: '/puls/beheer/s-1',
      answers: {
        ...COMMON,
        PulseSurvey: { pulseSurvey: { ...SURVEY, rounds: [round('r-1', 1, 'CLOSED')] } },
        SchedulePulseRound: (variables) => {
          sent = variables['input'] as Record<string, unknown>;
          return apiError('PRECONDITION_FAILED', [{ field: 'input', code: 'AUDIENCE_TOO_SMALL' }]);
        },
      },
    });
    const form = await screen.findByRole('form', { name: 'Ronde plannen' });
    fireEvent.change(within(form).getByLabelText('Opent op'), { target: { value: '2099-03-10' } });
    fireEvent.change(within(form).getByLabelText('Sluit op'), { target: { value: '2099-03-01' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Ronde plannen' }));
    expect(await within(form).findByText('De sluitdatum ligt vóór de openingsdatum.')).toBeTruthy();
    expect(sent).toBeNull();
    fireEvent.change(within(form).getByLabelText('Sluit op'), { target: { value: '2099-03-24' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Ronde plannen' }));
    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent).toMatchObject({ surveyId: 's-1' });
    expect(new Date(sent!['opensAt'] as string).getFullYear()).toBe(2099);
    expect(
      await within(form).findByText(
        'De doelgroep is te klein: met zo weinig mensen kan niemand anoniem antwoorden.',
      ),
    ).toBeTruthy();
  });

  it('shows the trend per round and per SIM phase as tables', async () => {
    renderApp({ path: '/puls/beheer/s-1', answers: COMMON });
    const perRound = await screen.findByRole('table', { name: 'Verloop per ronde' });
    expect(within(perRound).getByText('61,5')).toBeTruthy();
    expect(
      within(perRound)
        .getByRole('link', { name: /Ronde 1/ })
        .getAttribute('href'),
    ).toBe('/puls/resultaten/r-1');
    const perPhase = screen.getByRole('table', { name: 'Verloop per SIM-fase' });
    expect(within(perPhase).getByText('Selecteren')).toBeTruthy();
  });
});

describe('pulse survey list', () => {
  it('filters by trajectory and offers a new survey to those who may create one', async () => {
    const { calls } = renderApp({
      path: '/puls/beheer?traject=t-1',
      answers: {
        ...COMMON,
        PulseSurveys: { pulseSurveys: [{ ...SURVEY, trajectoryId: 't-1' }] },
      },
    });
    const list = await screen.findByRole('list', { name: 'Pulsmetingen beheren' });
    const item = within(list).getByRole('listitem', {
      name: 'Kwaliteit van werk bij parkeerhandhaving',
    });
    expect(within(item).getByText('Scanauto en deskcontrole')).toBeTruthy();
    expect(within(item).getByText('Open')).toBeTruthy();
    expect(
      within(item).getByRole('link', { name: 'Uitkomsten ronde 1' }).getAttribute('href'),
    ).toBe('/puls/resultaten/r-1');
    expect(calls.find((c) => c.operationName === 'PulseSurveys')?.variables['trajectoryId']).toBe(
      't-1',
    );
    expect(screen.getByRole('link', { name: 'Nieuwe pulsmeting' }).getAttribute('href')).toBe(
      '/puls/beheer/nieuw?traject=t-1',
    );
  });
});
