import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, user } from '../../test/render-app';

const MODERATOR = user('MODERATOR', 'Mo Moderator');

const TRAJECTORY = {
  __typename: 'Trajectory',
  id: 'traj-1',
  title: 'Sneller vergunningen',
  phase: 'GENERATE',
  viewer: {
    __typename: 'TrajectoryViewer',
    canEdit: true,
    canSeeWorkspace: true,
    roles: ['OWNER'],
  },
};

const criterion = (id: string, nameNl: string, weight: number, position: number) => ({
  __typename: 'ChallengeCriterion',
  id,
  nameNl,
  nameEn: `${nameNl} (en)`,
  weight,
  position,
});

const challenge = (state: string) => ({
  __typename: 'Challenge',
  id: 'ch-1',
  title: 'Hoe maken we de aanvraag eenvoudiger?',
  problemStatement: 'Aanvragers haken af.',
  rules: '',
  prize: null,
  phase: 'GENERATE',
  state,
  opensAt: '2026-11-01T00:00:00.000Z',
  closesAt: '2026-11-20T23:59:00.000Z',
  orgUnitIds: [],
  ideaCount: 2,
  trajectoryId: 'traj-1',
  trajectoryTitle: 'Sneller vergunningen',
  updatedAt: '2026-11-21T10:00:00.000Z',
  criteria: [criterion('c1', 'Haalbaarheid', 40, 1), criterion('c2', 'Kosten', 10, 2)],
  viewer: { __typename: 'ChallengeViewer', canEdit: true, canModerate: true },
});

const idea = (id: string, title: string) => ({
  __typename: 'Idea',
  id,
  title,
  description: '**Vet** idee met een [link](https://example.test).',
  createdAt: '2026-11-05T10:00:00.000Z',
  supportCount: 3,
  commentCount: 1,
  feedback: { __typename: 'Feedback', status: 'RECEIVED' },
});

/** What respondToInput answers: the input with its new feedback. */
const answered = (id: string, status: string, text: string) => ({
  __typename: 'InputSummary',
  id,
  feedback: {
    __typename: 'Feedback',
    status,
    response: text,
    respondedAt: '2026-11-22T10:00:00.000Z',
    firstRespondedAt: '2026-11-22T10:00:00.000Z',
    dueAt: '2026-11-19T23:00:00.000Z',
    overdue: false,
    responder: { __typename: 'InputAuthor', id: 'user-moderator', name: 'Mo', anonymous: false },
    mergedInto: null,
    links: [],
  },
});

describe('challenge management pages', () => {
  it('keep Close disabled with the reason while ideas await a response, and close once none do', async () => {
    let awaiting = [idea('i1', 'Online formulier'), idea('i2', 'Belservice')];
    const { calls } = renderApp({
      path: '/trajecten/traj-1/uitdagingen/ch-1/beheer',
      answers: {
        Me: { me: MODERATOR },
        ChallengeAdmin: { challenge: challenge('REVIEW') },
        IdeasAwaitingResponse: () => ({
          challenge: {
            __typename: 'Challenge',
            id: 'ch-1',
            awaitingResponseCount: awaiting.length,
          },
          ideasAwaitingResponse: awaiting,
        }),
        FeedbackTemplates: { feedbackTemplates: [] },
        RespondToInput: (variables) => {
          const input = variables['input'] as { inputId: string; text: string; status: string };
          awaiting = awaiting.filter((i) => i.id !== input.inputId);
          return { respondToInput: answered(input.inputId, input.status, input.text) };
        },
        ChangeChallengeState: { changeChallengeState: challenge('CLOSED') },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Hoe maken we de aanvraag eenvoudiger?' });
    const close = await screen.findByRole('button', { name: 'Afsluiten' });
    await screen.findByText(/Nog 2 ideeën wachten op een antwoord/);
    expect(close.hasAttribute('disabled')).toBe(true);
    expect(
      document.getElementById(close.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toContain('Afsluiten kan pas als elk idee een gepubliceerd antwoord heeft');
    // Markdown marks are left out of the excerpt.
    expect(screen.getAllByText('Vet idee met een link.')).toHaveLength(2);
    // The criteria are fixed in review.
    expect(
      screen.getByText('De criteria liggen vast sinds de beoordeling is begonnen.'),
    ).toBeTruthy();
    expect(screen.queryByLabelText('Gewicht van criterium 1')).toBeNull();

    // An empty response is refused; a written one is published and the idea leaves the list.
    fireEvent.click(screen.getByRole('button', { name: 'Antwoord publiceren Online formulier' }));
    await screen.findByText('Schrijf een antwoord: wat er met de inbreng gebeurt en waarom.');
    fireEvent.change(screen.getByLabelText('Antwoord op ‘Online formulier’'), {
      target: { value: 'We nemen het mee.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Antwoord publiceren Online formulier' }));
    await screen.findByText(/Nog 1 idee wacht op een antwoord/);
    const sent = calls.find((c) => c.operationName === 'RespondToInput')?.variables['input'];
    const { idempotencyKey, ...rest } = sent as Record<string, unknown>;
    expect(rest).toEqual({
      inputId: 'i1',
      status: 'UNDER_CONSIDERATION',
      text: 'We nemen het mee.',
    });
    expect(String(idempotencyKey).length).toBeGreaterThan(10);
    expect(screen.getByRole('button', { name: 'Afsluiten' }).hasAttribute('disabled')).toBe(true);

    // The second is not adopted, with the reason.
    const belservice = screen.getByRole('form', { name: '‘Belservice’ beantwoorden' });
    fireEvent.change(within(belservice).getByLabelText('Status'), {
      target: { value: 'NOT_ADOPTED' },
    });
    fireEvent.change(screen.getByLabelText('Antwoord op ‘Belservice’'), {
      target: { value: 'Dit past niet in de pilot.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Antwoord publiceren Belservice' }));
    await screen.findByText('Elk idee heeft een antwoord.');
    expect(
      calls.filter((c) => c.operationName === 'RespondToInput').map((c) => c.variables['input']),
    ).toMatchObject([
      { inputId: 'i1', status: 'UNDER_CONSIDERATION' },
      { inputId: 'i2', status: 'NOT_ADOPTED', text: 'Dit past niet in de pilot.' },
    ]);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Afsluiten' }).hasAttribute('disabled')).toBe(
        false,
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Afsluiten' }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Afsluiten' }));
    await waitFor(() =>
      expect(calls.find((c) => c.operationName === 'ChangeChallengeState')?.variables).toEqual({
        input: { id: 'ch-1', to: 'CLOSED', reason: null },
      }),
    );
  });

  it('prefill the standard criteria, check the weights and send the adjusted ones', async () => {
    const { calls } = renderApp({
      path: '/trajecten/traj-1/uitdagingen/nieuw',
      answers: {
        Me: { me: MODERATOR },
        ChallengeTrajectory: { trajectory: TRAJECTORY },
        CreateChallenge: { createChallenge: challenge('DRAFT') },
        ChallengeAdmin: { challenge: challenge('DRAFT') },
        TrajectoryChallenges: {
          challenges: {
            __typename: 'ChallengeConnection',
            edges: [],
            pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
          },
        },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Nieuwe uitdaging' });
    expect(screen.getAllByText('20% van het totaal')).toHaveLength(5);
    fireEvent.change(screen.getByLabelText('Vraag'), { target: { value: 'Hoe sneller?' } });
    fireEvent.change(screen.getByLabelText('Probleemstelling'), {
      target: { value: 'Het duurt lang.' },
    });
    fireEvent.change(screen.getByLabelText('Gewicht van criterium 2'), {
      target: { value: '2,5' },
    });
    fireEvent.change(screen.getByLabelText('Criterium 5 (Nederlands)'), {
      target: { value: 'haalbaarheid' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Uitdaging aanmaken' }));
    await screen.findByText('Vul een heel getal in.');
    expect(screen.getAllByText('Twee criteria hebben dezelfde naam.')).toHaveLength(2);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText('Gewicht van criterium 2')),
    );
    expect(calls.some((c) => c.operationName === 'CreateChallenge')).toBe(false);

    fireEvent.change(screen.getByLabelText('Gewicht van criterium 2'), { target: { value: '60' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen haalbaarheid' }));
    // 20 + 60 + 20 + 20 = 120 points: 60 is half of the total.
    expect(screen.getByText('50% van het totaal')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Uitdaging aanmaken' }));
    await waitFor(() =>
      expect(calls.some((c) => c.operationName === 'CreateChallenge')).toBe(true),
    );
    const input = calls.find((c) => c.operationName === 'CreateChallenge')?.variables['input'] as {
      criteria: { nameNl: string; weight: number }[];
      phase: string;
      trajectoryId: string;
    };
    expect(input.trajectoryId).toBe('traj-1');
    expect(input.phase).toBe('GENERATE');
    expect(input.criteria.map((c) => [c.nameNl, c.weight])).toEqual([
      ['Impact op de dienstverlening', 20],
      ['Impact op de kwaliteit van werk', 60],
      ['Haalbaarheid', 20],
      ['Kosten', 20],
    ]);
  });
});
