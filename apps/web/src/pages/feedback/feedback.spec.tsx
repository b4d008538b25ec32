import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, renderApp, user } from '../../test/render-app';

const MODERATOR = user('MODERATOR', 'Mo Moderator');
const person = (id: string | null, name: string, anonymous = false) => ({
  __typename: 'InputAuthor',
  id,
  name,
  anonymous,
});

const feedback = (extra: Record<string, unknown> = {}) => ({
  __typename: 'Feedback',
  status: 'RECEIVED',
  response: null,
  respondedAt: null,
  firstRespondedAt: null,
  dueAt: '2026-03-13T22:59:59.000Z',
  overdue: false,
  responder: null,
  mergedInto: null,
  links: [],
  ...extra,
});

const summary = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'InputSummary',
  id,
  kind: 'IDEA',
  title,
  excerpt: `Over ${title}`,
  path: `/ideeen/${id}`,
  phase: 'GENERATE',
  containerTitle: 'Hoe wordt parkeren eenvoudiger?',
  createdAt: '2026-02-27T09:00:00.000Z',
  supportCount: 3,
  commentCount: 1,
  followerCount: 2,
  canRespond: true,
  trajectory: { __typename: 'TrajectoryRef', id: 't-1', title: 'Scanauto' },
  author: person('user-x', 'Hanna Handhaver'),
  feedback: feedback(),
  ...extra,
});

const IDEA = {
  __typename: 'Idea',
  id: 'i-1',
  challengeId: 'ch-1',
  title: 'Fietsstraat',
  description: 'Maak van de Dorpsstraat een fietsstraat.',
  tags: [],
  anonymous: false,
  author: person('user-x', 'Hanna Handhaver'),
  supportCount: 3,
  commentCount: 0,
  createdAt: '2026-02-27T09:00:00.000Z',
  hidden: false,
  status: 'ACTIVE',
  feedback: { __typename: 'Feedback', status: 'RECEIVED', respondedAt: null },
  phase: 'GENERATE',
  trajectoryId: 't-1',
  editedAt: null,
  withdrawnAt: null,
  hiddenReason: null,
  followerCount: 2,
  attachments: [],
  challenge: {
    __typename: 'Challenge',
    id: 'ch-1',
    title: 'Hoe wordt parkeren eenvoudiger?',
    state: 'OPEN',
    viewer: { __typename: 'ChallengeViewer', canSubmit: true },
  },
  viewer: {
    __typename: 'IdeaViewer',
    supported: false,
    following: false,
    isAuthor: false,
    canEdit: false,
    canWithdraw: false,
  },
};

const NO_COMMENTS = {
  idea: {
    __typename: 'Idea',
    id: 'i-1',
    commentCount: 0,
    comments: {
      __typename: 'CommentConnection',
      edges: [],
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
};

const TEMPLATE = {
  __typename: 'FeedbackTemplate',
  id: 'tpl-1',
  title: 'Buiten budget',
  status: 'NOT_ADOPTED',
  text: 'Dank voor ‘{titel}’. Het past niet in het budget van dit jaar.',
  trajectory: null,
};

const inputFeedback = (input: ReturnType<typeof summary>, history: unknown[] = []) => ({
  input: { ...input, feedback: { ...input.feedback, history } },
});

describe('feedback on the idea page', () => {
  it('shows status, response, responder, links, the merge and the history', async () => {
    const answered = summary('i-1', 'Fietsstraat', {
      canRespond: false,
      feedback: feedback({
        status: 'MERGED',
        response: 'Dit idee is **hetzelfde** als ‘Autovrije Dorpsstraat’.',
        respondedAt: '2026-03-03T10:00:00.000Z',
        firstRespondedAt: '2026-03-02T10:00:00.000Z',
        responder: person('user-moderator', 'Mo Moderator'),
        mergedInto: {
          __typename: 'InputSummary',
          id: 'i-2',
          title: 'Autovrije Dorpsstraat',
          path: '/ideeen/i-2',
        },
        links: [
          {
            __typename: 'FeedbackLink',
            kind: 'DECISION',
            targetId: 'd-1',
            title: 'Pilot fietsstraat in 2026',
            path: '/trajecten/t-1/besluitregels#item-d-1',
            url: null,
          },
          {
            __typename: 'FeedbackLink',
            kind: 'URL',
            targetId: null,
            title: 'Nieuwsbericht',
            path: null,
            url: 'javascript:alert(1)',
          },
        ],
      }),
    });
    renderApp({
      path: '/ideeen/i-1',
      answers: {
        Idea: { idea: IDEA },
        IdeaComments: NO_COMMENTS,
        InputFeedback: inputFeedback(answered, [
          {
            __typename: 'FeedbackEntry',
            id: 'h-2',
            status: 'MERGED',
            text: 'Samengevoegd.',
            createdAt: '2026-03-03T10:00:00.000Z',
            responder: person('user-moderator', 'Mo Moderator'),
            links: [],
            mergedInto: answered.feedback.mergedInto,
          },
          {
            __typename: 'FeedbackEntry',
            id: 'h-1',
            status: 'UNDER_CONSIDERATION',
            text: 'We kijken ernaar.',
            createdAt: '2026-03-02T10:00:00.000Z',
            responder: person(null, 'Anoniem', true),
            links: [],
            mergedInto: null,
          },
        ]),
      },
    });
    const section = await screen.findByRole('region', { name: 'Wat er met dit idee gebeurt' });
    await within(section).findByText('Dit idee is', { exact: false });
    expect(within(section).getAllByText('Samengevoegd').length).toBeGreaterThan(0);
    expect(within(section).getByText('hetzelfde').tagName).toBe('STRONG');
    expect(section.textContent).toContain('Beantwoord door Mo Moderator op 3 maart 2026');
    expect(
      within(section)
        .getAllByRole('link', { name: 'Autovrije Dorpsstraat' })[0]
        .getAttribute('href'),
    ).toBe('/ideeen/i-2');
    expect(
      within(section).getByRole('link', { name: 'Pilot fietsstraat in 2026' }).getAttribute('href'),
    ).toBe('/trajecten/t-1/besluitregels#item-d-1');
    // A link that is not http(s) stays text.
    expect(within(section).queryByRole('link', { name: /Nieuwsbericht/ })).toBeNull();
    expect(section.textContent).toContain('Nieuwsbericht');
    expect(within(section).getByText('Geschiedenis (2 wijzigingen)')).toBeTruthy();
    expect(section.textContent).toContain('We kijken ernaar.');
    expect(section.textContent).toContain('het trajectteam');
    // No form for those who cannot answer, no due date either.
    expect(within(section).queryByRole('form')).toBeNull();
    expect(section.textContent).not.toContain('Antwoord verwacht');
  });

  it('lets a moderator answer "not adopted" with a reason from a template', async () => {
    let current = summary('i-1', 'Fietsstraat', { feedback: feedback({ overdue: true }) });
    const { calls } = renderApp({
      path: '/ideeen/i-1',
      answers: {
        Me: { me: MODERATOR },
        Idea: { idea: IDEA },
        IdeaComments: NO_COMMENTS,
        InputFeedback: () => inputFeedback(current),
        FeedbackTemplates: { feedbackTemplates: [TEMPLATE] },
        TrajectoryDecisions: {
          trajectory: {
            __typename: 'Trajectory',
            id: 't-1',
            decisions: [
              {
                __typename: 'Decision',
                id: 'd-1',
                outcome: 'Geen nieuwe fietsstraten dit jaar',
                decidedOn: '2026-02-01',
              },
            ],
          },
        },
        RespondToInput: (variables) => {
          const input = variables['input'] as { status: string; text: string };
          current = {
            ...current,
            feedback: feedback({
              status: input.status,
              response: input.text,
              respondedAt: '2026-03-05T10:00:00.000Z',
              firstRespondedAt: '2026-03-05T10:00:00.000Z',
              responder: person('user-moderator', 'Mo Moderator'),
            }),
          };
          return {
            respondToInput: { __typename: 'InputSummary', id: 'i-1', feedback: current.feedback },
          };
        },
      },
    });
    const section = await screen.findByRole('region', { name: 'Wat er met dit idee gebeurt' });
    const form = await within(section).findByRole('form', { name: '‘Fietsstraat’ beantwoorden' });
    expect(section.textContent).toContain('Te laat: antwoord was verwacht op 13 maart 2026');
    // The first answer needs a text.
    fireEvent.click(within(form).getByRole('button', { name: 'Antwoord publiceren' }));
    expect(
      await within(form).findByText(
        'Schrijf een antwoord: wat er met de inbreng gebeurt en waarom.',
      ),
    ).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'RespondToInput')).toBe(false);

    // A template sets the status and the text, with the title filled in.
    fireEvent.change(await within(form).findByLabelText('Sjabloon'), {
      target: { value: 'tpl-1' },
    });
    expect(within(form).getByLabelText<HTMLSelectElement>('Status').value).toBe('NOT_ADOPTED');
    expect(within(form).getByLabelText<HTMLTextAreaElement>('Antwoord').value).toBe(
      'Dank voor ‘Fietsstraat’. Het past niet in het budget van dit jaar.',
    );
    fireEvent.change(await within(form).findByLabelText('Besluit van het traject'), {
      target: { value: 'd-1' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Antwoord publiceren' }));
    await screen.findByText('Het antwoord op ‘Fietsstraat’ is gepubliceerd.');
    const sent = calls.find((c) => c.operationName === 'RespondToInput')?.variables['input'];
    const { idempotencyKey, ...rest } = sent as Record<string, unknown>;
    expect(rest).toEqual({
      inputId: 'i-1',
      status: 'NOT_ADOPTED',
      text: 'Dank voor ‘Fietsstraat’. Het past niet in het budget van dit jaar.',
      links: [{ kind: 'DECISION', targetId: 'd-1' }],
    });
    // A retry of this answer would carry the same key.
    expect(String(idempotencyKey).length).toBeGreaterThan(10);
    await waitFor(() => expect(section.textContent).toContain('Beantwoord door Mo Moderator'));
    expect(within(section).getAllByText('Niet overgenomen').length).toBeGreaterThan(0);
  });

  it('explains a refused transition from the API', async () => {
    renderApp({
      path: '/ideeen/i-1',
      answers: {
        Me: { me: MODERATOR },
        Idea: { idea: IDEA },
        IdeaComments: NO_COMMENTS,
        InputFeedback: inputFeedback(summary('i-1', 'Fietsstraat')),
        FeedbackTemplates: { feedbackTemplates: [] },
        TrajectoryDecisions: apiError('FORBIDDEN'),
        RespondToInput: apiError('PRECONDITION_FAILED', [
          { field: 'input.status', code: 'INVALID_TRANSITION' },
        ]),
      },
    });
    const form = await screen.findByRole('form', { name: '‘Fietsstraat’ beantwoorden' });
    fireEvent.change(within(form).getByLabelText('Antwoord'), { target: { value: 'Gepland!' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Antwoord publiceren' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'Deze status kan niet volgen op de huidige status.',
    );
  });

  it('merges a duplicate into an idea found by its title', async () => {
    const { calls } = renderApp({
      path: '/ideeen/i-1',
      answers: {
        Me: { me: MODERATOR },
        Idea: { idea: IDEA },
        IdeaComments: NO_COMMENTS,
        InputFeedback: inputFeedback(summary('i-1', 'Fietsstraat')),
        FeedbackTemplates: { feedbackTemplates: [] },
        TrajectoryDecisions: {
          trajectory: { __typename: 'Trajectory', id: 't-1', decisions: [] },
        },
        SimilarIdeas: {
          similarIdeas: [
            { __typename: 'SimilarIdea', id: 'i-1', title: 'Fietsstraat', score: 1 },
            { __typename: 'SimilarIdea', id: 'i-2', title: 'Autovrije Dorpsstraat', score: 0.8 },
          ],
        },
        MergeInput: {
          mergeInput: {
            __typename: 'InputSummary',
            id: 'i-2',
            title: 'Autovrije Dorpsstraat',
            path: '/ideeen/i-2',
          },
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Samenvoegen met een ander idee' }));
    const dialog = await screen.findByRole('dialog', { name: '‘Fietsstraat’ samenvoegen' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Samenvoegen' }));
    expect(await within(dialog).findByText('Zoek en kies het idee dat blijft.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Zoek het idee dat blijft'), {
      target: { value: 'Dorpsstraat' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Zoeken' }));
    // The idea itself is never offered.
    const option = await within(dialog).findByRole('radio', { name: 'Autovrije Dorpsstraat' });
    expect(within(dialog).queryByRole('radio', { name: 'Fietsstraat' })).toBeNull();
    fireEvent.click(option);
    fireEvent.change(within(dialog).getByLabelText('Waarom samenvoegen?'), {
      target: { value: 'Zelfde voorstel.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Samenvoegen' }));
    await screen.findByText('‘Fietsstraat’ is samengevoegd met ‘Autovrije Dorpsstraat’.');
    expect(calls.find((c) => c.operationName === 'SimilarIdeas')?.variables).toEqual({
      challengeId: 'ch-1',
      text: 'Dorpsstraat',
    });
    expect(calls.find((c) => c.operationName === 'MergeInput')?.variables).toEqual({
      input: { inputId: 'i-1', intoId: 'i-2', text: 'Zelfde voorstel.' },
    });
  });
});

const inbox = (nodes: unknown[], totalCount: number, overdueCount: number) => ({
  feedbackInbox: {
    __typename: 'FeedbackInboxConnection',
    totalCount,
    overdueCount,
    edges: nodes.map((node, index) => ({
      __typename: 'InputSummaryEdge',
      cursor: `c${index}`,
      node,
    })),
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
  },
});

const TRAJECTORIES = {
  trajectories: {
    __typename: 'TrajectoryConnection',
    edges: [
      {
        __typename: 'TrajectoryEdge',
        node: { __typename: 'Trajectory', id: 't-1', title: 'Scanauto' },
      },
    ],
  },
};

const METRICS = {
  feedbackMetrics: [
    {
      __typename: 'FeedbackMetricsRow',
      key: 't-1',
      label: 'Scanauto',
      total: 12,
      answered: 9,
      answeredShare: 0.75,
      medianFirstResponseHours: 84,
      overdue: 2,
    },
  ],
};

describe('feedback inbox', () => {
  it('lists inputs by due date with counts and answers a selection in bulk', async () => {
    let polls = 0;
    const { calls } = renderApp({
      path: '/terugkoppeling?telaat=1',
      answers: {
        Me: { me: MODERATOR },
        FeedbackTrajectories: TRAJECTORIES,
        FeedbackInbox: inbox(
          [
            summary('i-1', 'Fietsstraat', { feedback: feedback({ overdue: true }) }),
            summary('i-2', 'Deelauto', { feedback: feedback({ overdue: true }) }),
            summary('i-3', 'Laadpalen', {
              canRespond: false,
              feedback: feedback({ overdue: true }),
            }),
          ],
          3,
          3,
        ),
        FeedbackMetrics: METRICS,
        FeedbackTemplates: { feedbackTemplates: [TEMPLATE] },
        BulkRespond: {
          bulkRespond: {
            __typename: 'BulkFeedbackJob',
            id: 'job-1',
            state: 'RUNNING',
            total: 2,
            done: 0,
            failed: 0,
            errors: [],
          },
        },
        BulkFeedbackJob: () => {
          polls += 1;
          return {
            bulkFeedbackJob: {
              __typename: 'BulkFeedbackJob',
              id: 'job-1',
              state: polls > 1 ? 'DONE' : 'RUNNING',
              total: 2,
              done: polls > 1 ? 2 : 1,
              failed: 0,
              errors: [],
            },
          };
        },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Terugkoppeling' });
    expect(screen.getByLabelText<HTMLInputElement>('Alleen te laat').checked).toBe(true);
    expect(calls.find((c) => c.operationName === 'FeedbackInbox')?.variables).toMatchObject({
      filter: { overdueOnly: true, trajectoryId: null, statuses: null },
      first: 25,
    });
    const table = await screen.findByRole('table', { name: 'Inbreng om te beantwoorden' });
    expect(screen.getByText('3 items')).toBeTruthy();
    expect(screen.getAllByText('3 te laat').length).toBeGreaterThan(0);
    expect(within(table).getAllByText('Te laat')).toHaveLength(3);
    // Inputs the viewer cannot answer cannot be selected.
    expect(
      within(table).getByRole<HTMLInputElement>('checkbox', { name: 'Selecteer ‘Laadpalen’' })
        .disabled,
    ).toBe(true);
    fireEvent.click(
      within(table).getByRole('checkbox', { name: 'Selecteer alles op deze pagina' }),
    );
    expect(screen.getByText('2 geselecteerd')).toBeTruthy();

    // The loop's figures: 75 % answered, median 3.5 days.
    const metrics = await screen.findByRole('table', { name: /Cijfers/ });
    expect(within(metrics).getByRole('row', { name: /Scanauto/ }).textContent).toContain('75%');
    expect(within(metrics).getByRole('row', { name: /Scanauto/ }).textContent).toContain(
      '3,5 dagen',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Geselecteerde beantwoorden' }));
    const dialog = await screen.findByRole('dialog', { name: '2 items beantwoorden' });
    fireEvent.click(within(dialog).getByRole('button', { name: '2 items beantwoorden' }));
    expect(
      await within(dialog).findByText('Kies een sjabloon of schrijf een antwoord.'),
    ).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Sjabloon'), { target: { value: 'tpl-1' } });
    expect(within(dialog).getByLabelText<HTMLSelectElement>('Status').value).toBe('NOT_ADOPTED');
    fireEvent.click(within(dialog).getByRole('button', { name: '2 items beantwoorden' }));
    await within(dialog).findByText('Klaar: 2 van 2 beantwoord, 0 mislukt.', {}, { timeout: 4000 });
    const progress = within(dialog).getByLabelText<HTMLProgressElement>('Voortgang');
    expect(progress.value).toBe(2);
    expect(calls.find((c) => c.operationName === 'BulkRespond')?.variables).toEqual({
      input: { inputIds: ['i-1', 'i-2'], status: 'NOT_ADOPTED', text: null, templateId: 'tpl-1' },
    });
    const inboxLoads = calls.filter((c) => c.operationName === 'FeedbackInbox').length;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Terug naar de lijst' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.operationName === 'FeedbackInbox').length).toBeGreaterThan(
        inboxLoads,
      ),
    );
    expect(screen.queryByText('2 geselecteerd')).toBeNull();
  });

  it('changes the filters in the address and hides the figures when they are not allowed', async () => {
    const { calls } = renderApp({
      path: '/terugkoppeling',
      answers: {
        Me: { me: MODERATOR },
        FeedbackTrajectories: TRAJECTORIES,
        FeedbackInbox: inbox([], 0, 0),
        FeedbackMetrics: apiError('FORBIDDEN'),
      },
    });
    expect(await screen.findByText('Niets te beantwoorden.')).toBeTruthy();
    fireEvent.change(await screen.findByLabelText('Traject'), { target: { value: 't-1' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'PLANNED' } });
    await waitFor(() =>
      expect(
        calls.filter((c) => c.operationName === 'FeedbackInbox').at(-1)?.variables,
      ).toMatchObject({ filter: { trajectoryId: 't-1', statuses: ['PLANNED'] } }),
    );
    expect(screen.queryByRole('heading', { name: 'Cijfers' })).toBeNull();
  });

  it('answers "no access" to people who answer nothing', async () => {
    renderApp({
      path: '/terugkoppeling',
      answers: {
        FeedbackTrajectories: TRAJECTORIES,
        FeedbackInbox: apiError('FORBIDDEN'),
        FeedbackMetrics: apiError('FORBIDDEN'),
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeTruthy();
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Jij zei, wij deden' }),
    ).toBeTruthy();
  });
});

describe('"Jij zei, wij deden" board', () => {
  it('shows what was said and what was done, and filters by status and words', async () => {
    const board = (nodes: unknown[]) => ({
      feedbackBoard: {
        __typename: 'FeedbackBoardConnection',
        edges: nodes.map((node, index) => ({
          __typename: 'InputSummaryEdge',
          cursor: `c${index}`,
          node,
        })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    });
    const { calls } = renderApp({
      path: '/jij-zei-wij-deden',
      answers: {
        FeedbackBoard: board([
          summary('i-1', 'Fietsstraat', {
            canRespond: false,
            author: person(null, 'Anoniem', true),
            feedback: feedback({
              status: 'NOT_ADOPTED',
              response: 'Past niet in het budget.',
              respondedAt: '2026-03-05T10:00:00.000Z',
              firstRespondedAt: '2026-03-05T10:00:00.000Z',
              responder: person('user-moderator', 'Mo Moderator'),
            }),
          }),
        ]),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Jij zei, wij deden' });
    const card = await screen.findByRole('listitem', { name: 'Fietsstraat' });
    expect(card.textContent).toContain('Jij zei');
    expect(card.textContent).toContain('Wij deden');
    expect(card.textContent).toContain('Niet overgenomen');
    expect(card.textContent).toContain('Past niet in het budget.');
    expect(card.textContent).toContain('Anoniem');
    expect(card.textContent).toContain('Scanauto');
    expect(within(card).getByRole('link', { name: 'Fietsstraat' }).getAttribute('href')).toBe(
      '/ideeen/i-1',
    );

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'NOT_ADOPTED' } });
    fireEvent.change(screen.getByLabelText('Zoeken'), { target: { value: 'fiets' } });
    fireEvent.submit(screen.getByRole('search', { name: 'Filters' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.operationName === 'FeedbackBoard').at(-1)?.variables).toEqual({
        trajectoryId: null,
        filter: { statuses: ['NOT_ADOPTED'], phase: null, search: 'fiets' },
        first: 20,
      }),
    );
  });
});

describe('response templates', () => {
  it('creates an organisation-wide template and deletes one after asking', async () => {
    let templates = [TEMPLATE];
    const { calls } = renderApp({
      path: '/terugkoppeling/sjablonen',
      answers: {
        Me: { me: MODERATOR },
        FeedbackTrajectories: TRAJECTORIES,
        FeedbackTemplates: () => ({ feedbackTemplates: templates }),
        CreateFeedbackTemplate: (variables) => {
          const input = variables['input'] as Record<string, unknown>;
          const created = { ...TEMPLATE, id: 'tpl-2', ...input, trajectory: null };
          templates = [...templates, created];
          return { createFeedbackTemplate: created };
        },
        DeleteFeedbackTemplate: (variables) => {
          templates = templates.filter((t) => t.id !== variables['id']);
          return { deleteFeedbackTemplate: true };
        },
      },
    });
    await screen.findByRole('heading', { level: 2, name: 'Buiten budget' });
    fireEvent.click(screen.getByRole('button', { name: 'Nieuw sjabloon' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nieuw sjabloon' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(await within(dialog).findAllByText('Vul dit veld in.')).toHaveLength(2);
    fireEvent.change(within(dialog).getByLabelText('Naam'), { target: { value: 'Gepland' } });
    fireEvent.change(within(dialog).getByLabelText('Status'), { target: { value: 'PLANNED' } });
    fireEvent.change(within(dialog).getByLabelText('Antwoord'), {
      target: { value: '‘{titel}’ staat op de planning.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('Sjabloon ‘Gepland’ opgeslagen.');
    expect(calls.find((c) => c.operationName === 'CreateFeedbackTemplate')?.variables).toEqual({
      input: {
        title: 'Gepland',
        status: 'PLANNED',
        text: '‘{titel}’ staat op de planning.',
        trajectoryId: null,
      },
    });
    await screen.findByRole('heading', { level: 2, name: 'Gepland' });

    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen Buiten budget' }));
    const confirm = await screen.findByRole('alertdialog');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Verwijderen' }));
    await screen.findByText('Sjabloon ‘Buiten budget’ verwijderd.');
    expect(calls.find((c) => c.operationName === 'DeleteFeedbackTemplate')?.variables).toEqual({
      id: 'tpl-1',
    });
    await waitFor(() =>
      expect(screen.queryByRole('heading', { level: 2, name: 'Buiten budget' })).toBeNull(),
    );
  });
});
