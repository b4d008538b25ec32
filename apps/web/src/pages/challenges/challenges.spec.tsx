import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, renderApp } from '../../test/render-app';

const CHALLENGE_ID = 'c-1';

const challenge = (extra: Record<string, unknown> = {}) => ({
  __typename: 'Challenge',
  id: CHALLENGE_ID,
  title: 'Hoe krijgen we de kennis van handhavers in de data?',
  state: 'OPEN',
  phase: 'GENERATE',
  opensAt: '2026-10-01T08:00:00.000Z',
  closesAt: '2026-12-19T17:00:00.000Z',
  ideaCount: 2,
  trajectoryId: 't-1',
  trajectoryTitle: 'Informatiegestuurde handhaving',
  prize: 'Een lunch',
  problemStatement: 'Het datateam **mist** wat handhavers zien.',
  rules: 'Wees concreet.',
  createdAt: '2026-09-01T08:00:00.000Z',
  viewer: { __typename: 'ChallengeViewer', canSubmit: true, canEdit: false, canModerate: false },
  ...extra,
});

const idea = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Idea',
  id,
  challengeId: CHALLENGE_ID,
  title,
  description: 'Een <b>beschrijving</b> met **nadruk**.',
  tags: ['app'],
  anonymous: false,
  author: { __typename: 'InputAuthor', id: 'user-x', name: 'Hanna Handhaver', anonymous: false },
  supportCount: 4,
  commentCount: 1,
  createdAt: '2026-11-01T08:00:00.000Z',
  hidden: false,
  status: 'ACTIVE',
  feedback: { __typename: 'Feedback', status: 'RECEIVED', respondedAt: null },
  viewer: { __typename: 'IdeaViewer', supported: false, isAuthor: false },
  ...extra,
});

const ideas = (nodes: unknown[]) => ({
  ideas: {
    __typename: 'IdeaConnection',
    edges: nodes.map((node, index) => ({ __typename: 'IdeaEdge', cursor: `c${index}`, node })),
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
  },
});

const ANONYMOUS_IDEA = idea('i-2', 'Anoniem idee', {
  anonymous: true,
  author: { __typename: 'InputAuthor', id: null, name: 'Anoniem', anonymous: true },
  viewer: { __typename: 'IdeaViewer', supported: true, isAuthor: true },
  supportCount: 7,
});

describe('challenge page', () => {
  it('shows the challenge, its ideas with authors or "Anoniem", and the viewer’s support', async () => {
    const { calls } = renderApp({
      path: `/uitdagingen/${CHALLENGE_ID}`,
      answers: {
        Challenge: { challenge: challenge() },
        Ideas: ideas([idea('i-1', 'Foto’s in de app'), ANONYMOUS_IDEA]),
      },
    });
    await screen.findByRole('heading', { level: 1, name: challenge().title });
    expect(screen.getByText('mist').tagName).toBe('STRONG');
    const list = await screen.findByRole('list', { name: 'Ideeën bij deze uitdaging' });
    const cards = within(list).getAllByRole('heading', { level: 3 });
    expect(cards.map((heading) => heading.textContent)).toEqual([
      'Foto’s in de app',
      'Anoniem idee',
    ]);
    expect(within(list).getByText(/^Anoniem ·/)).toBeTruthy();
    expect(within(list).getByText(/^Hanna Handhaver ·/)).toBeTruthy();
    // The excerpt is plain text: no markup from the description.
    expect(list.querySelector('b')).toBeNull();
    const buttons = within(list).getAllByRole('button', { name: /Steunen/ });
    expect(buttons.map((button) => button.getAttribute('aria-pressed'))).toEqual(['false', 'true']);
    expect(calls.find((call) => call.operationName === 'Ideas')?.variables).toMatchObject({
      challengeId: CHALLENGE_ID,
      sort: 'NEWEST',
      state: 'ALL',
      mine: false,
    });
  });

  it('asks for another order and remembers the list view', async () => {
    const { calls } = renderApp({
      path: `/uitdagingen/${CHALLENGE_ID}`,
      answers: {
        Challenge: { challenge: challenge() },
        Ideas: ideas([idea('i-1', 'Foto’s in de app')]),
      },
    });
    await screen.findByRole('list', { name: 'Ideeën bij deze uitdaging' });
    fireEvent.change(screen.getByLabelText('Sorteren'), { target: { value: 'MOST_SUPPORTED' } });
    await waitFor(() =>
      expect(
        calls.some(
          (call) => call.operationName === 'Ideas' && call.variables['sort'] === 'MOST_SUPPORTED',
        ),
      ).toBe(true),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Lijst' }));
    expect(screen.getByRole('button', { name: 'Lijst' }).getAttribute('aria-pressed')).toBe('true');
    expect(window.localStorage.getItem('inspraak.ideaView')).toBe('list');
  });

  it('supports at once and takes it back when the API refuses', async () => {
    let allow = true;
    const { calls } = renderApp({
      path: `/uitdagingen/${CHALLENGE_ID}`,
      answers: {
        Challenge: { challenge: challenge() },
        Ideas: ideas([idea('i-1', 'Foto’s in de app')]),
        SupportIdea: () =>
          allow
            ? {
                supportIdea: {
                  __typename: 'Idea',
                  id: 'i-1',
                  supportCount: 5,
                  viewer: { __typename: 'IdeaViewer', supported: true },
                },
              }
            : apiError('NOT_FOUND'),
        WithdrawIdeaSupport: () => apiError('INTERNAL_SERVER_ERROR'),
      },
    });
    const button = await screen.findByRole('button', { name: /Steunen/ });
    expect(button.textContent).toContain('4');
    await act(async () => {
      fireEvent.click(button);
    });
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
    expect(button.textContent).toContain('5');
    expect(calls.filter((call) => call.operationName === 'SupportIdea')).toHaveLength(1);
    // Withdrawing fails: the optimistic change is rolled back and the user is told.
    allow = false;
    await act(async () => {
      fireEvent.click(button);
    });
    await screen.findByText('Je steun is niet opgeslagen. Probeer het opnieuw.');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(button.textContent).toContain('5');
  });
});

describe('new idea form', () => {
  it('explains anonymity, validates, and submits with an idempotency key', async () => {
    const { calls } = renderApp({
      path: `/uitdagingen/${CHALLENGE_ID}/nieuw-idee`,
      answers: {
        Challenge: { challenge: challenge() },
        SimilarIdeas: { similarIdeas: [] },
        SubmitIdea: { submitIdea: { __typename: 'Idea', id: 'i-9', challengeId: CHALLENGE_ID } },
        Idea: apiError('NOT_FOUND'),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Nieuw idee' });
    // The explanation of anonymity is tied to the checkbox.
    const toggle = screen.getByLabelText('Dien mijn idee anoniem in');
    const explanation = document.getElementById(toggle.getAttribute('aria-describedby') ?? '');
    expect(explanation?.textContent).toContain('beheerders ook niet');
    expect(explanation?.textContent).toContain('bewerken');
    expect(explanation?.textContent).toContain('bericht');
    // The code of conduct is on the form.
    expect(screen.getByRole('heading', { name: 'Gedragscode' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Idee indienen' }));
    expect(await screen.findByText('Geef je idee een titel.')).toBeTruthy();
    expect(screen.getByText('Beschrijf je idee.')).toBeTruthy();
    expect(calls.some((call) => call.operationName === 'SubmitIdea')).toBe(false);

    fireEvent.change(screen.getByLabelText('Titel'), { target: { value: 'Kort' } });
    fireEvent.change(screen.getByLabelText('Beschrijving'), { target: { value: 'Iets.' } });
    fireEvent.change(screen.getByLabelText('Labels'), { target: { value: 'Foto, #app, foto' } });
    fireEvent.click(screen.getByRole('button', { name: 'Idee indienen' }));
    expect(await screen.findByText('Gebruik minstens 5 tekens.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Titel'), { target: { value: 'Foto’s in de app' } });
    fireEvent.click(toggle);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Idee indienen' }));
    });
    const submit = await waitFor(() => {
      const found = calls.find((call) => call.operationName === 'SubmitIdea');
      expect(found).toBeTruthy();
      return found!;
    });
    const input = submit.variables['input'] as Record<string, unknown>;
    expect(input).toMatchObject({
      challengeId: CHALLENGE_ID,
      title: 'Foto’s in de app',
      description: 'Iets.',
      tags: ['foto', 'app'],
      anonymous: true,
    });
    expect(typeof input['idempotencyKey']).toBe('string');
    expect((input['idempotencyKey'] as string).length).toBeGreaterThan(10);
  });
});
