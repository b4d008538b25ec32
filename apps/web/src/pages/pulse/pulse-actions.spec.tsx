import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, EMPLOYEE, renderApp, user } from '../../test/render-app';

// "Wat we ermee doen": the actions on a closed round's outcome on the results page.

const MODERATOR = user('MODERATOR', 'Mo Moderator');
const text = (nl: string, en: string) => ({ __typename: 'PulseText', nl, en });

const question = (key: string, dimension: string, nl: string) => ({
  __typename: 'PulseQuestion',
  key,
  type: 'SCALE_5',
  dimension,
  enps: false,
  required: true,
  text: text(nl, `${nl} (en)`),
  lowLabel: null,
  highLabel: null,
  options: [],
});

const QUESTIONS = [
  question('qow.autonomy', 'qow', 'Ik kan zelf bepalen hoe ik mijn werk doe.'),
  question('qow.workload', 'qow', 'Ik heb genoeg tijd om mijn werk goed te doen.'),
  question('enps', 'enps', 'Hoe waarschijnlijk raad je je werkgever aan?'),
];
const DIMENSIONS = [
  { __typename: 'PulseDimension', key: 'qow', name: text('Kwaliteit van werk', 'Quality of work') },
  { __typename: 'PulseDimension', key: 'enps', name: text('Aanbevelen', 'eNPS') },
];

const author = (name: string) => ({
  __typename: 'InputAuthor',
  id: `user-${name}`,
  name,
  anonymous: false,
});

const entry = (id: string, status: string, body: string, createdAt: string) => ({
  __typename: 'FeedbackEntry',
  id,
  status,
  text: body,
  createdAt,
  responder: author('Mo Moderator'),
  links: [],
  mergedInto: null,
});

interface ActionOptions {
  id: string;
  title: string;
  description: string;
  status?: string;
  dimension?: string | null;
  questionKey?: string | null;
  followerCount?: number;
  following?: boolean;
  canManage?: boolean;
  history?: ReturnType<typeof entry>[];
}

function action(options: ActionOptions) {
  const createdAt = '2026-09-20T10:00:00.000Z';
  const history = options.history ?? [
    entry(`${options.id}-h1`, options.status ?? 'PLANNED', options.description, createdAt),
  ];
  const latest = history[0];
  return {
    __typename: 'PulseAction',
    id: options.id,
    roundId: 'r-1',
    trajectoryId: 't-1',
    title: options.title,
    description: options.description,
    dimension: options.dimension ?? null,
    questionKey: options.questionKey ?? null,
    path: '/puls/resultaten/r-1',
    createdAt,
    updatedAt: createdAt,
    followerCount: options.followerCount ?? 0,
    createdBy: author('Mo Moderator'),
    viewer: {
      __typename: 'PulseActionViewer',
      canManage: options.canManage ?? false,
      following: options.following ?? false,
    },
    feedback: {
      __typename: 'Feedback',
      status: options.status ?? 'PLANNED',
      response: latest.text,
      respondedAt: latest.createdAt,
      firstRespondedAt: createdAt,
      dueAt: '2026-10-01T21:59:00.000Z',
      overdue: false,
      responder: author('Mo Moderator'),
      mergedInto: null,
      links: [],
      history,
    },
  };
}

const PLANNED = action({
  id: 'a-1',
  title: 'Meer tijd per scanroute tijdens de pilot',
  description: 'Tijdens de pilot plannen we **één scanroute minder** per dienst.',
  dimension: 'qow',
  questionKey: 'qow.workload',
  followerCount: 1,
});
const UNDER_WAY = action({
  id: 'a-2',
  title: 'Vaste planning per team',
  description: 'We maken per team een vaste planning.',
  status: 'IN_PROGRESS',
  dimension: 'qow',
  history: [
    entry(
      'a-2-h2',
      'IN_PROGRESS',
      'De eerste twee teams werken er nu mee.',
      '2026-10-05T09:00:00Z',
    ),
    entry('a-2-h1', 'PLANNED', 'We maken per team een vaste planning.', '2026-09-20T10:00:00Z'),
  ],
});

const results = (actions: unknown[]) => ({
  pulseResults: {
    __typename: 'PulseResults',
    roundId: 'r-1',
    surveyId: 's-1',
    released: true,
    k: 5,
    kComments: 10,
    dimensions: DIMENSIONS,
    questions: QUESTIONS,
    actions,
    nodes: [],
  },
});

const survey = (trajectoryId: string | null, canManage = true) => ({
  pulseSurvey: {
    __typename: 'PulseSurvey',
    id: 's-1',
    title: 'Kwaliteit van werk bij parkeerhandhaving',
    description: '',
    trajectoryId,
    phase: null,
    archived: false,
    createdAt: '2026-08-01T08:00:00.000Z',
    orgUnitIds: [],
    k: null,
    kComments: null,
    effectiveK: 5,
    effectiveKComments: 10,
    recurrenceWeeks: null,
    roundDays: 14,
    nextRoundAt: null,
    reminders: true,
    templates: [],
    dimensions: DIMENSIONS,
    questions: QUESTIONS,
    rounds: [
      {
        __typename: 'PulseRound',
        id: 'r-1',
        number: 1,
        state: 'CLOSED',
        opensAt: '2026-09-01T08:00:00.000Z',
        closesAt: '2026-09-15T21:59:00.000Z',
        closedAt: '2026-09-15T21:59:00.000Z',
        phase: 'SELECT',
        audienceSize: 30,
        responseCount: 18,
        resultsAvailable: true,
      },
    ],
    viewer: { __typename: 'PulseSurveyViewer', canManage },
  },
});

const OWNER = { Me: { me: MODERATOR }, PulseSurvey: survey('t-1') };
// Someone the round asked: the survey's settings are not theirs to see.
const ASKED = { Me: { me: EMPLOYEE }, PulseSurvey: apiError('NOT_FOUND') };

/** The status line of an action as a screen reader reads it. */
const statusOf = (item: HTMLElement) =>
  item.querySelector('.ins-pulse-action__status')?.textContent?.trim();

const actionsRegion = () => screen.findByRole('region', { name: 'Wat we ermee doen' });

describe('pulse actions on the results page', () => {
  it('lists the actions with subject, status, text, who and when, history and followers', async () => {
    renderApp({
      path: '/puls/resultaten/r-1',
      answers: { ...ASKED, PulseResults: results([PLANNED, UNDER_WAY]) },
    });
    const region = await actionsRegion();
    const list = within(region).getByRole('list', { name: 'Acties bij deze ronde' });
    const items = within(list).getAllByRole('listitem', { name: /./ });
    expect(items.map((item) => item.getAttribute('aria-labelledby'))).toEqual([
      'pulse-action-a-1',
      'pulse-action-a-2',
    ]);

    const first = within(list).getByRole('listitem', { name: PLANNED.title });
    expect(within(first).getByRole('heading', { level: 3, name: PLANNED.title })).toBeTruthy();
    expect(within(first).getByText('Thema: Kwaliteit van werk')).toBeTruthy();
    expect(
      within(first).getByText('Vraag: Ik heb genoeg tijd om mijn werk goed te doen.'),
    ).toBeTruthy();
    expect(statusOf(first)).toBe('Status: Gepland');
    // The description is Markdown.
    const body = first.querySelector('.ins-pulse-action__text') as HTMLElement;
    expect(within(body).getByText('één scanroute minder').tagName).toBe('STRONG');
    expect(
      within(first).getByText(/^Gepubliceerd door Mo Moderator op 20 september 2026/),
    ).toBeTruthy();
    expect(within(first).getByText('1 volger')).toBeTruthy();
    expect(within(first).getByText('Geschiedenis (1 wijziging)')).toBeTruthy();
    // No later update than the description itself.
    expect(within(first).queryByText('Laatste update')).toBeNull();

    const second = within(list).getByRole('listitem', { name: UNDER_WAY.title });
    expect(within(second).getByText('Thema: Kwaliteit van werk')).toBeTruthy();
    expect(within(second).queryByText(/^Vraag:/)).toBeNull();
    expect(statusOf(second)).toBe('Status: In uitvoering');
    expect(within(second).getByText('Laatste update')).toBeTruthy();
    expect(within(second).getAllByText('De eerste twee teams werken er nu mee.').length).toBe(2);
    expect(
      within(second).getByText(/^Bijgewerkt door Mo Moderator op 5 oktober 2026/),
    ).toBeTruthy();
    expect(within(second).getByText('Geschiedenis (2 wijzigingen)')).toBeTruthy();

    // Not an owner: nothing to add, edit or answer.
    expect(within(region).queryByRole('button', { name: 'Actie toevoegen' })).toBeNull();
    expect(within(region).queryByRole('button', { name: /^Bewerken/ })).toBeNull();
    expect(within(region).queryByRole('button', { name: /^Status bijwerken/ })).toBeNull();
  });

  it('follows an action and stops following it (aria-pressed, count, the API call)', async () => {
    const sent: Record<string, unknown>[] = [];
    const { calls } = renderApp({
      path: '/puls/resultaten/r-1',
      answers: {
        ...ASKED,
        PulseResults: results([PLANNED]),
        FollowPulseAction: (variables) => {
          sent.push(variables);
          const follow = variables['follow'] === true;
          return {
            followPulseAction: {
              __typename: 'PulseAction',
              id: 'a-1',
              followerCount: follow ? 2 : 1,
              viewer: { __typename: 'PulseActionViewer', canManage: false, following: follow },
            },
          };
        },
      },
    });
    const region = await actionsRegion();
    const item = within(region).getByRole('listitem', { name: PLANNED.title });
    const button = within(item).getByRole('button', {
      name: `Volgen (actie: ${PLANNED.title})`,
    });
    expect(button.getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
    expect(await within(item).findByText('2 volgers')).toBeTruthy();
    expect(sent[0]).toEqual({ id: 'a-1', follow: true });
    expect(await screen.findByText(/^Je volgt ‘Meer tijd per scanroute/)).toBeTruthy();

    fireEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('false'));
    expect(await within(item).findByText('1 volger')).toBeTruthy();
    expect(sent[1]).toEqual({ id: 'a-1', follow: false });
    expect(calls.filter((call) => call.operationName === 'FollowPulseAction')).toHaveLength(2);
  });

  it('says plainly that nothing is published yet, and invites owners to add an action', async () => {
    const { unmount } = renderApp({
      path: '/puls/resultaten/r-1',
      answers: { ...ASKED, PulseResults: results([]) },
    });
    let region = await actionsRegion();
    expect(within(region).getByText('Er is nog geen actie gepubliceerd.')).toBeTruthy();
    expect(within(region).getByText(/^Zodra de eigenaren van deze meting/)).toBeTruthy();
    expect(within(region).queryByRole('button', { name: 'Actie toevoegen' })).toBeNull();
    unmount();

    renderApp({
      path: '/puls/resultaten/r-1',
      answers: { ...OWNER, PulseResults: results([]) },
    });
    region = await actionsRegion();
    expect(await within(region).findByRole('button', { name: 'Actie toevoegen' })).toBeTruthy();
    expect(within(region).getByText('Er is nog geen actie gepubliceerd.')).toBeTruthy();
    expect(within(region).getByText(/^Laat zien wat je met de uitkomsten doet/)).toBeTruthy();
  });

  it('offers no actions on an organisation-wide survey and says why to its owners', async () => {
    renderApp({
      path: '/puls/resultaten/r-1',
      answers: {
        Me: { me: MODERATOR },
        PulseSurvey: survey(null),
        PulseResults: results([]),
      },
    });
    const region = await actionsRegion();
    expect(
      await within(region).findByText(/^Bij een organisatiebrede meting kun je nog geen acties/),
    ).toBeTruthy();
    expect(within(region).queryByRole('button', { name: 'Actie toevoegen' })).toBeNull();
    expect(within(region).getByText(/^Zodra de eigenaren van deze meting/)).toBeTruthy();
  });

  it('publishes an action: form errors in a summary tied to the fields, then the API’s, then the list', async () => {
    const sent: Record<string, unknown>[] = [];
    let published = false;
    const created = action({
      id: 'a-3',
      title: 'Vaste planning per team',
      description: 'We maken per team een vaste planning.',
      status: 'UNDER_CONSIDERATION',
      dimension: 'qow',
      questionKey: 'qow.workload',
      canManage: true,
    });
    const { calls } = renderApp({
      path: '/puls/resultaten/r-1',
      answers: {
        ...OWNER,
        PulseResults: () => results(published ? [created] : []),
        CreatePulseAction: (variables) => {
          const input = variables['input'] as Record<string, unknown>;
          sent.push(input);
          if (sent.length === 1) {
            return apiError('BAD_USER_INPUT', [
              { field: 'input.questionKey', code: 'NOT_IN_DIMENSION' },
            ]);
          }
          published = true;
          return { createPulseAction: created };
        },
      },
    });
    const region = await actionsRegion();
    fireEvent.click(await within(region).findByRole('button', { name: 'Actie toevoegen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Actie toevoegen' });
    const title = within(dialog).getByRole('textbox', { name: 'Titel' });
    const description = within(dialog).getByRole('textbox', { name: 'Toelichting' });

    // Nothing filled in: both problems, in the summary and at the fields.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Actie publiceren' }));
    const summary = await within(dialog).findByRole('alert', { name: 'Er zijn 2 problemen' });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(within(summary).getByRole('link', { name: 'Titel: Vul dit in.' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Toelichting: Vul dit in.' })).toBeTruthy();
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')).toContain(`${title.id}-error`);
    expect(document.getElementById(`${title.id}-error`)?.textContent).toContain('Vul dit in.');
    fireEvent.click(within(summary).getByRole('link', { name: 'Titel: Vul dit in.' }));
    expect(document.activeElement).toBe(title);

    // Too short a title.
    fireEvent.change(title, { target: { value: 'Plan' } });
    fireEvent.change(description, { target: { value: 'We maken per team een vaste planning.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Actie publiceren' }));
    expect(
      await within(dialog).findByRole('link', { name: 'Titel: Gebruik minstens 5 tekens.' }),
    ).toBeTruthy();
    expect(sent).toHaveLength(0);

    // The question list narrows to the chosen theme.
    fireEvent.change(title, { target: { value: '  Vaste planning per team ' } });
    const theme = within(dialog).getByRole('combobox', { name: 'Thema (niet verplicht)' });
    const questionSelect = within(dialog).getByRole('combobox', {
      name: /^Vraag \(niet verplicht\)/,
    });
    expect(within(questionSelect).getAllByRole('option')).toHaveLength(4);
    fireEvent.change(questionSelect, { target: { value: 'enps' } });
    fireEvent.change(theme, { target: { value: 'qow' } });
    // The chosen question is not in the theme: cleared; only the theme's questions are left.
    expect((questionSelect as HTMLSelectElement).value).toBe('');
    expect(
      within(questionSelect)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Geen vraag',
      'Ik kan zelf bepalen hoe ik mijn werk doe.',
      'Ik heb genoeg tijd om mijn werk goed te doen.',
    ]);
    fireEvent.change(questionSelect, { target: { value: 'qow.workload' } });
    const status = within(dialog).getByRole('combobox', { name: /^Status/ });
    expect(
      within(status)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['In behandeling', 'Gepland', 'In uitvoering', 'Gerealiseerd']);
    expect((status as HTMLSelectElement).value).toBe('PLANNED');
    fireEvent.change(status, { target: { value: 'UNDER_CONSIDERATION' } });

    // The API refuses the question: shown at the field and in the summary.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Actie publiceren' }));
    const apiSummary = await within(dialog).findByRole('alert', { name: 'Er is 1 probleem' });
    expect(
      within(apiSummary).getByRole('link', {
        name: /^Vraag \(niet verplicht\): Deze vraag hoort bij een ander thema/,
      }),
    ).toBeTruthy();
    expect(questionSelect.getAttribute('aria-invalid')).toBe('true');
    expect(sent[0]).toMatchObject({
      roundId: 'r-1',
      title: 'Vaste planning per team',
      description: 'We maken per team een vaste planning.',
      dimension: 'qow',
      questionKey: 'qow.workload',
      status: 'UNDER_CONSIDERATION',
    });
    expect(typeof sent[0]['idempotencyKey']).toBe('string');

    // Sent again: the same key (one form, one action); the dialog closes and the list has it.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Actie publiceren' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent[1]['idempotencyKey']).toBe(sent[0]['idempotencyKey']);
    const item = await within(region).findByRole('listitem', { name: 'Vaste planning per team' });
    expect(statusOf(item)).toBe('Status: In behandeling');
    expect(within(region).queryByText('Er is nog geen actie gepubliceerd.')).toBeNull();
    expect(
      await screen.findByText('De actie ‘Vaste planning per team’ is gepubliceerd.'),
    ).toBeTruthy();
    expect(calls.filter((call) => call.operationName === 'PulseResults').length).toBeGreaterThan(1);
  });

  it('explains a refusal without a field (the round is not closed) inside the form', async () => {
    renderApp({
      path: '/puls/resultaten/r-1',
      answers: {
        ...OWNER,
        PulseResults: results([]),
        CreatePulseAction: apiError('PRECONDITION_FAILED', [
          { field: 'input.roundId', code: 'ROUND_NOT_CLOSED' },
        ]),
      },
    });
    const region = await actionsRegion();
    fireEvent.click(await within(region).findByRole('button', { name: 'Actie toevoegen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Actie toevoegen' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Titel' }), {
      target: { value: 'Vaste planning per team' },
    });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Toelichting' }), {
      target: { value: 'Elk team krijgt een vaste planning.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Actie publiceren' }));
    expect(
      await within(dialog).findByText(/^Deze ronde is nog niet gesloten/, {
        selector: '[role="alert"]',
      }),
    ).toBeTruthy();
    expect(within(dialog).queryByRole('alert', { name: /probleem/ })).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Actie toevoegen' })).toBeTruthy();
  });

  it('edits an action through updatePulseAction without its status', async () => {
    const mine = action({ ...OWNED_OPTIONS });
    let sent: Record<string, unknown> | null = null;
    renderApp({
      path: '/puls/resultaten/r-1',
      answers: {
        ...OWNER,
        PulseResults: results([mine]),
        UpdatePulseAction: (variables) => {
          sent = variables['input'] as Record<string, unknown>;
          return {
            updatePulseAction: action({
              ...OWNED_OPTIONS,
              title: 'Eén scanroute minder per dienst',
              dimension: null,
              questionKey: null,
            }),
          };
        },
      },
    });
    const region = await actionsRegion();
    fireEvent.click(
      await within(region).findByRole('button', { name: `Bewerken (actie: ${mine.title})` }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Actie bewerken' });
    const title = within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Titel' });
    expect(title.value).toBe(mine.title);
    expect(within(dialog).getByRole<HTMLSelectElement>('combobox', { name: /^Vraag/ }).value).toBe(
      'qow.workload',
    );
    expect(within(dialog).queryByRole('combobox', { name: /^Status/ })).toBeNull();
    fireEvent.change(title, { target: { value: 'Eén scanroute minder per dienst' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: /^Thema/ }), {
      target: { value: '' },
    });
    fireEvent.change(within(dialog).getByRole('combobox', { name: /^Vraag/ }), {
      target: { value: '' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toEqual({
      id: 'a-1',
      title: 'Eén scanroute minder per dienst',
      description: mine.description,
      dimension: null,
      questionKey: null,
    });
    const item = await within(region).findByRole('listitem', {
      name: 'Eén scanroute minder per dienst',
    });
    expect(within(item).queryByText(/^Thema:/)).toBeNull();
  });

  it('lets owners update the status with the feedback loop’s answer form', async () => {
    const mine = action({ ...OWNED_OPTIONS });
    let sent: Record<string, unknown> | null = null;
    renderApp({
      path: '/puls/resultaten/r-1',
      answers: {
        ...OWNER,
        PulseResults: results([mine]),
        FeedbackTemplates: { feedbackTemplates: [] },
        TrajectoryDecisions: {
          trajectory: { __typename: 'Trajectory', id: 't-1', decisions: [] },
        },
        RespondToInput: (variables) => {
          sent = variables['input'] as Record<string, unknown>;
          return {
            respondToInput: {
              __typename: 'InputSummary',
              id: 'a-1',
              feedback: { ...mine.feedback, status: 'IN_PROGRESS' },
            },
          };
        },
      },
    });
    const region = await actionsRegion();
    const item = within(region).getByRole('listitem', { name: mine.title });
    const toggle = await within(item).findByRole('button', {
      name: `Status bijwerken (actie: ${mine.title})`,
    });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(
      within(item)
        .getByRole('link', { name: /terugkoppelinbox/ })
        .getAttribute('href'),
    ).toBe('/terugkoppeling?traject=t-1');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const form = await within(item).findByRole('form', { name: `‘${mine.title}’ beantwoorden` });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Status' }), {
      target: { value: 'IN_PROGRESS' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Bijwerken' }));
    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent).toMatchObject({ inputId: 'a-1', status: 'IN_PROGRESS' });
  });
});

const OWNED_OPTIONS: ActionOptions = {
  id: 'a-1',
  title: 'Meer tijd per scanroute tijdens de pilot',
  description: 'Tijdens de pilot plannen we één scanroute minder per dienst.',
  dimension: 'qow',
  questionKey: 'qow.workload',
  canManage: true,
};
