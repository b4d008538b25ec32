import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiError, renderApp, user, type ApiCall } from '../../test/render-app';
import en from './i18n/en.json';
import nl from './i18n/nl.json';

const text = (nlText: string, enText = nlText) => ({
  __typename: 'PulseText',
  nl: nlText,
  en: enText,
});
const AGREE = {
  lowLabel: text('Helemaal oneens', 'Strongly disagree'),
  highLabel: text('Helemaal eens', 'Strongly agree'),
};

const question = (extra: Record<string, unknown>) => ({
  __typename: 'PulseQuestion',
  dimension: 'quality-of-work',
  required: true,
  lowLabel: null,
  highLabel: null,
  options: [],
  ...extra,
});

const QUESTIONS = [
  question({
    key: 'qow.autonomy',
    type: 'SCALE_5',
    text: text('Ik kan zelf bepalen hoe ik mijn werk aanpak.'),
    ...AGREE,
  }),
  question({
    key: 'qow.comment',
    type: 'OPEN_TEXT',
    required: false,
    text: text('Wat zou je werk beter maken? (niet verplicht)'),
  }),
  question({
    key: 'enps',
    type: 'SCALE_11',
    dimension: 'enps',
    text: text('Hoe waarschijnlijk is het dat je deze organisatie aanraadt als werkgever?'),
    lowLabel: text('Zeer onwaarschijnlijk'),
    highLabel: text('Zeer waarschijnlijk'),
  }),
  question({
    key: 'custom.1',
    type: 'SINGLE_CHOICE',
    dimension: null,
    text: text('Hoe vaak werk je thuis?'),
    options: [
      { __typename: 'PulseOption', key: 'o1', label: text('Nooit') },
      { __typename: 'PulseOption', key: 'o2', label: text('Soms') },
    ],
  }),
];

const round = (extra: Record<string, unknown> = {}, viewer: Record<string, unknown> = {}) => ({
  __typename: 'PulseRound',
  id: 'round-1',
  surveyId: 'survey-1',
  surveyTitle: 'Kwaliteit van werk bij parkeerhandhaving',
  surveyDescription: 'Elke vier weken vijf minuten.',
  number: 2,
  state: 'OPEN',
  opensAt: '2026-03-01T08:00:00.000Z',
  closesAt: '2026-03-15T17:00:00.000Z',
  closedAt: null,
  resultsAvailable: false,
  promise: {
    __typename: 'PulsePromise',
    k: 5,
    kComments: 10,
    privacyPath: '/privacy#pulsmetingen',
    text: text(
      'Je antwoorden zijn anoniem. We bewaren ze zonder je naam.',
      'Your answers are anonymous.',
    ),
  },
  dimensions: [
    {
      __typename: 'PulseDimension',
      key: 'quality-of-work',
      name: text('Kwaliteit van werk', 'Quality of work'),
    },
    { __typename: 'PulseDimension', key: 'enps', name: text('Aanbevelen', 'Recommending') },
  ],
  questions: QUESTIONS,
  viewer: {
    __typename: 'PulseRoundViewer',
    asked: true,
    answered: false,
    canAnswer: true,
    ...viewer,
  },
  ...extra,
});

const submitted = () => ({
  submitPulseResponse: {
    __typename: 'PulseSubmitResult',
    roundId: 'round-1',
    answered: true,
    round: {
      __typename: 'PulseRound',
      id: 'round-1',
      state: 'OPEN',
      closesAt: '2026-03-15T17:00:00.000Z',
      resultsAvailable: false,
      viewer: { __typename: 'PulseRoundViewer', asked: true, answered: true, canAnswer: false },
    },
  },
});

const submits = (calls: ApiCall[]) =>
  calls.filter((c) => c.operationName === 'SubmitPulseResponse');
const inputOf = (call: ApiCall) =>
  call.variables['input'] as {
    roundId: string;
    idempotencyKey: string;
    answers: Record<string, unknown>[];
  };

/** Answers every required question by clicking (the browser test does it by keyboard). */
function answerRequired() {
  const autonomy = screen.getByRole('group', { name: /Ik kan zelf bepalen/ });
  fireEvent.click(within(autonomy).getByRole('radio', { name: /^4/ }));
  const enps = screen.getByRole('group', { name: /aanraadt als werkgever/ });
  fireEvent.click(within(enps).getByRole('radio', { name: /^9/ }));
  const choice = screen.getByRole('group', { name: /Hoe vaak werk je thuis/ });
  fireEvent.click(within(choice).getByRole('radio', { name: 'Soms' }));
}

const send = () => fireEvent.click(screen.getByRole('button', { name: nl.form.submit }));

beforeEach(() => window.sessionStorage.clear());

describe('answering a pulse round', () => {
  it('shows the promise, groups the questions by dimension and sends the answers once', async () => {
    const { calls } = renderApp({
      path: '/puls/round-1',
      answers: { PulseAnswerRound: { pulseRound: round() }, SubmitPulseResponse: submitted() },
    });
    await screen.findByRole('heading', {
      level: 1,
      name: 'Kwaliteit van werk bij parkeerhandhaving',
    });
    // The promise in plain words, with a link to the privacy page's section.
    const promise = screen.getByRole('complementary', { name: nl.form.promiseTitle });
    expect(promise.textContent).toContain('We bewaren ze zonder je naam.');
    expect(
      within(promise).getByRole('link', { name: nl.form.promiseLink }).getAttribute('href'),
    ).toBe('/privacy#pulsmetingen');
    // Dimensions as headings, questions without a dimension last.
    const headings = within(screen.getByRole('main'))
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(headings).toEqual([
      nl.form.promiseTitle,
      'Kwaliteit van werk',
      'Aanbevelen',
      nl.form.otherQuestions,
    ]);
    // Scales: 1–5 and 0–10 as radio groups, the ends named.
    const autonomy = screen.getByRole('group', { name: /Ik kan zelf bepalen/ });
    expect(within(autonomy).getAllByRole('radio')).toHaveLength(5);
    expect(within(autonomy).getByRole('radio', { name: /^1\s+Helemaal oneens$/ })).toBeTruthy();
    expect(within(autonomy).getByRole('radio', { name: /^5\s+Helemaal eens$/ })).toBeTruthy();
    const enps = screen.getByRole('group', { name: /aanraadt als werkgever/ });
    expect(
      within(enps)
        .getAllByRole('radio')
        .map((r) => (r as HTMLInputElement).value),
    ).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    // Open text with its limit and counter.
    const comment = screen.getByRole('textbox', { name: /Wat zou je werk beter maken/ });
    fireEvent.change(comment, { target: { value: '  Meer overleg  ' } });
    expect(screen.getByText('16 van 1000 tekens')).toBeTruthy();

    answerRequired();
    send();
    await screen.findByRole('heading', { name: nl.states.thanksTitle });
    // What happens next: results after the close, only for groups of at least k.
    expect(document.body.textContent).toContain('minstens 5 mensen');
    expect(screen.getByRole('link', { name: nl.states.toList }).getAttribute('href')).toBe('/puls');
    const [call] = submits(calls);
    expect(submits(calls)).toHaveLength(1);
    expect(inputOf(call).roundId).toBe('round-1');
    expect(inputOf(call).answers).toEqual([
      { questionKey: 'qow.autonomy', value: 4 },
      { questionKey: 'qow.comment', text: 'Meer overleg' },
      { questionKey: 'enps', value: 9 },
      { questionKey: 'custom.1', choice: 'o2' },
    ]);
    // The key is gone once the answer is stored.
    expect(window.sessionStorage.length).toBe(0);
  });

  it('reuses the idempotency key when sending again after a failure, and after a reload', async () => {
    let attempt = 0;
    const answers = {
      PulseAnswerRound: { pulseRound: round() },
      SubmitPulseResponse: () => (++attempt < 3 ? new Error('offline') : submitted()),
    };
    const first = renderApp({ path: '/puls/round-1', answers });
    await screen.findByRole('heading', { level: 1 });
    answerRequired();
    send();
    const alert = await screen.findByText(nl.form.problems.network);
    await waitFor(() => expect(alert.closest('[tabindex="-1"]')).toBe(document.activeElement));
    // The page is reloaded: a new page, the same tab.
    first.unmount();
    const second = renderApp({ path: '/puls/round-1', answers });
    await screen.findByRole('heading', { level: 1 });
    answerRequired();
    send();
    await screen.findByText(nl.form.problems.network);
    send();
    await screen.findByRole('heading', { name: nl.states.thanksTitle });
    const keys = [...submits(first.calls), ...submits(second.calls)].map(
      (c) => inputOf(c).idempotencyKey,
    );
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/.{16,}/);
    expect(new Set(keys).size).toBe(1);
  });

  it('checks required questions before sending and ties the errors to the questions', async () => {
    const { calls } = renderApp({
      path: '/puls/round-1',
      answers: { PulseAnswerRound: { pulseRound: round() } },
    });
    await screen.findByRole('heading', { level: 1 });
    const comment = screen.getByRole('textbox', { name: /Wat zou je werk beter maken/ });
    fireEvent.change(comment, { target: { value: 'x'.repeat(1001) } });
    expect(screen.getByText('1001 van 1000 tekens: 1 te veel')).toBeTruthy();
    send();
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain(nl.form.errorSummaryTitle);
    await waitFor(() => expect(summary.closest('[tabindex="-1"]')).toBe(document.activeElement));
    // Three closed questions unanswered, one text too long; open text is not required.
    expect(within(summary).getAllByRole('listitem')).toHaveLength(4);
    const autonomy = screen.getByRole('group', { name: /Ik kan zelf bepalen/ });
    expect(autonomy.getAttribute('aria-invalid')).toBe('true');
    const described = (autonomy.getAttribute('aria-describedby') ?? '').split(' ');
    const error = described.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    expect(error).toContain(nl.form.errors.MISSING_ANSWER);
    expect(comment.getAttribute('aria-invalid')).toBe('true');
    // The summary's link moves focus to the question.
    fireEvent.click(
      within(summary).getByRole('link', { name: `Vraag 1: ${nl.form.errors.MISSING_ANSWER}` }),
    );
    expect(document.activeElement).toBe(within(autonomy).getAllByRole('radio')[0]);
    expect(submits(calls)).toHaveLength(0);
  });

  it('shows the API’s field errors at the questions they belong to', async () => {
    renderApp({
      path: '/puls/round-1',
      answers: {
        PulseAnswerRound: { pulseRound: round() },
        // answers[0] is qow.autonomy (question order), answers[2] the choice.
        SubmitPulseResponse: apiError('BAD_USER_INPUT', [
          { field: 'input.answers[0].value', code: 'OUT_OF_RANGE' },
          { field: 'input.answers[2].choice', code: 'NOT_AN_OPTION' },
        ]),
      },
    });
    await screen.findByRole('heading', { level: 1 });
    answerRequired();
    send();
    const summary = await screen.findByRole('alert');
    const items = within(summary)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      `Vraag 1: ${nl.form.errors.OUT_OF_RANGE}`,
      `Vraag 4: ${nl.form.errors.NOT_AN_OPTION}`,
    ]);
    const choice = screen.getByRole('group', { name: /Hoe vaak werk je thuis/ });
    expect(choice.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByRole('group', { name: /aanraadt als werkgever/ }).getAttribute('aria-invalid'),
    ).toBeNull();
  });

  it('says clearly when the round was answered before (CONFLICT ALREADY_ANSWERED)', async () => {
    renderApp({
      path: '/puls/round-1',
      answers: {
        PulseAnswerRound: { pulseRound: round() },
        SubmitPulseResponse: apiError('CONFLICT', [
          { field: 'input.roundId', code: 'ALREADY_ANSWERED' },
        ]),
      },
    });
    await screen.findByRole('heading', { level: 1 });
    answerRequired();
    send();
    const heading = await screen.findByRole('heading', { name: nl.states.answeredTitle });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.queryByRole('button', { name: nl.form.submit })).toBeNull();
    expect(window.sessionStorage.length).toBe(0);
  });

  it('shows "already answered" with the closing date instead of the form', async () => {
    renderApp({
      path: '/puls/round-1',
      answers: {
        PulseAnswerRound: { pulseRound: round({}, { answered: true, canAnswer: false }) },
      },
    });
    await screen.findByRole('heading', { name: nl.states.answeredTitle });
    expect(document.body.textContent).toContain('15 maart 2026');
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
  });

  it('shows a preview to survey owners: marked, no send button', async () => {
    renderApp({
      path: '/puls/round-1',
      answers: {
        Me: { me: user('MODERATOR', 'Mo Moderator') },
        PulseAnswerRound: {
          pulseRound: round({ state: 'SCHEDULED' }, { asked: false, canAnswer: false }),
        },
      },
    });
    await screen.findByText(nl.preview.text);
    expect(screen.getByRole('link', { name: nl.preview.back }).getAttribute('href')).toBe(
      '/puls/beheer/survey-1',
    );
    expect(screen.getAllByRole('radio').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: nl.form.submit })).toBeNull();
  });

  it('explains a closed round and links to its released results', async () => {
    renderApp({
      path: '/puls/round-1',
      answers: {
        PulseAnswerRound: {
          pulseRound: round(
            { state: 'CLOSED', closedAt: '2026-03-15T17:00:00.000Z', resultsAvailable: true },
            { canAnswer: false },
          ),
        },
      },
    });
    await screen.findByRole('heading', { name: nl.states.closedTitle });
    expect(screen.getByRole('link', { name: nl.states.results }).getAttribute('href')).toBe(
      '/puls/resultaten/round-1',
    );
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
  });

  it('explains a round that is not open yet', async () => {
    renderApp({
      path: '/puls/round-1',
      answers: {
        PulseAnswerRound: { pulseRound: round({ state: 'SCHEDULED' }, { canAnswer: false }) },
      },
    });
    await screen.findByRole('heading', { name: nl.states.scheduledTitle });
    expect(document.body.textContent).toContain('1 maart 2026');
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
  });

  it('shows the normal not-found page for a round one was not asked for', async () => {
    renderApp({ path: '/puls/round-x', answers: { PulseAnswerRound: apiError('NOT_FOUND') } });
    await screen.findByText(nl.states.notFound);
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('works in English', async () => {
    renderApp({
      path: '/puls/round-1',
      language: 'en',
      answers: { PulseAnswerRound: { pulseRound: round() } },
    });
    await screen.findByRole('complementary', { name: en.form.promiseTitle });
    expect(screen.getByText('Your answers are anonymous.')).toBeTruthy();
    expect(screen.getByRole('button', { name: en.form.submit })).toBeTruthy();
  });
});

const listRound = (
  id: string,
  extra: Record<string, unknown>,
  viewer: Record<string, unknown> = {},
) => ({
  __typename: 'PulseRound',
  id,
  surveyId: 'survey-1',
  surveyTitle: 'Kwaliteit van werk',
  number: 1,
  state: 'OPEN',
  opensAt: '2026-03-01T08:00:00.000Z',
  closesAt: '2026-03-15T17:00:00.000Z',
  closedAt: null,
  resultsAvailable: false,
  viewer: {
    __typename: 'PulseRoundViewer',
    asked: true,
    answered: false,
    canAnswer: true,
    ...viewer,
  },
  ...extra,
});

describe('my pulse rounds', () => {
  const ROUNDS = [
    listRound('r-open', { number: 3 }),
    listRound(
      'r-done',
      { surveyTitle: 'Veranderbereidheid', number: 1 },
      { answered: true, canAnswer: false },
    ),
    listRound('r-closed', {
      number: 2,
      state: 'CLOSED',
      closedAt: '2026-02-01T17:00:00.000Z',
      resultsAvailable: true,
    }),
  ];

  it('lists open rounds first with their status, then closed ones with a link to the results', async () => {
    renderApp({
      path: '/puls',
      answers: {
        MyPulseRounds: { myPulseRounds: ROUNDS },
        PulseAnswerManageable: { pulseSurveys: [] },
      },
    });
    const open = await screen.findByRole('region', { name: nl.list.openTitle });
    const items = within(open).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain(nl.list.notAnswered);
    expect(items[0].textContent).toContain('Open tot 15 maart 2026');
    expect(
      within(items[0])
        .getByRole('link', { name: /^Invullen/ })
        .getAttribute('href'),
    ).toBe('/puls/r-open');
    expect(items[1].textContent).toContain(nl.list.answered);
    const closed = screen.getByRole('region', { name: nl.list.closedTitle });
    expect(
      within(closed)
        .getByRole('link', { name: /^Uitkomsten bekijken/ })
        .getAttribute('href'),
    ).toBe('/puls/resultaten/r-closed');
    // An employee who owns no survey gets no link to the management pages.
    expect(screen.queryByRole('link', { name: nl.list.manage })).toBeNull();
  });

  it('links to the management pages for those who can manage surveys', async () => {
    renderApp({
      path: '/puls',
      answers: {
        MyPulseRounds: { myPulseRounds: [] },
        PulseAnswerManageable: {
          pulseSurveys: [
            {
              __typename: 'PulseSurvey',
              id: 's-1',
              viewer: { __typename: 'PulseSurveyViewer', canManage: true },
            },
          ],
        },
      },
    });
    const link = await screen.findByRole('link', { name: nl.list.manage });
    expect(link.getAttribute('href')).toBe('/puls/beheer');
    expect(screen.getByText(nl.list.openEmpty)).toBeTruthy();
  });

  it('shows the management link to moderators without asking', async () => {
    const { calls } = renderApp({
      path: '/puls',
      answers: {
        Me: { me: user('MODERATOR', 'Mo Moderator') },
        MyPulseRounds: { myPulseRounds: [] },
      },
    });
    await screen.findByRole('link', { name: nl.list.manage });
    expect(calls.some((c) => c.operationName === 'PulseAnswerManageable')).toBe(false);
  });
});

describe('the privacy page', () => {
  it('has the pulse section with the guarantees in plain words', async () => {
    renderApp({ path: '/privacy' });
    const section = await screen.findByRole('region', { name: nl.privacy.title });
    expect(section.id).toBe('pulsmetingen');
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(6);
    expect(section.textContent).toContain('minstens 5 mensen');
    expect(section.textContent).toContain('pas vanaf 10 mensen');
    expect(section.textContent).toContain(nl.privacy.items.apart.title);
  });

  it('names the thresholds of the round it was opened from', async () => {
    const stricter = round();
    stricter.promise = { ...stricter.promise, k: 7, kComments: 12 };
    renderApp({ path: '/puls/round-1', answers: { PulseAnswerRound: { pulseRound: stricter } } });
    fireEvent.click(await screen.findByRole('link', { name: nl.form.promiseLink }));
    const section = await screen.findByRole('region', { name: nl.privacy.title });
    expect(section.textContent).toContain('minstens 7 mensen');
    expect(section.textContent).toContain('pas vanaf 12 mensen');
    expect(section.textContent).not.toContain('minstens 5 mensen');
  });

  it('is in English too', async () => {
    renderApp({ path: '/privacy', language: 'en' });
    const section = await screen.findByRole('region', { name: en.privacy.title });
    expect(section.textContent).toContain('at least 5 people');
  });
});
