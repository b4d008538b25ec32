import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, EMPLOYEE, renderApp, user } from '../../test/render-app';

const MODERATOR = user('MODERATOR', 'Mira Innovatie');

const node = (id: string, title: string, phase = 'PREPARE', phaseNumber = 1) => ({
  __typename: 'Trajectory',
  id,
  title,
  phase,
  phaseNumber,
  visibility: 'ORGANISATION',
  updatedAt: '2026-01-10T09:00:00.000Z',
  owner: { __typename: 'TrajectoryPerson', id: 'user-moderator', name: 'Mira Innovatie' },
});

const listPage = (nodes: ReturnType<typeof node>[], hasNextPage: boolean) => ({
  trajectories: {
    __typename: 'TrajectoryConnection',
    edges: nodes.map((n) => ({ __typename: 'TrajectoryEdge', cursor: `c-${n.id}`, node: n })),
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'next' : null },
  },
});

const detail = (viewer: { canEdit: boolean; canSeeWorkspace: boolean }) => ({
  trajectory: {
    ...node('t-1', 'Scanauto en desk control', 'GENERATE', 2),
    problemStatement: 'Handhaving kost te veel tijd.',
    goals: 'Meer gebied met dezelfde mensen.',
    orgUnitIds: [],
    ownerId: 'user-moderator',
    responseTargetDays: 10,
    createdAt: '2026-01-01T09:00:00.000Z',
    viewer: {
      __typename: 'TrajectoryViewer',
      roles: [],
      invitedStakeholderIds: [],
      invitedStakeholders: [],
      ratings: [],
      ...viewer,
    },
    phaseHistory: [
      {
        __typename: 'PhaseChange',
        id: 'h-1',
        at: '2026-01-01T09:00:00.000Z',
        fromPhase: null,
        toPhase: 'PREPARE',
        steppedBack: false,
        reason: null,
        actor: { __typename: 'TrajectoryPerson', id: 'user-moderator', name: 'Mira Innovatie' },
      },
      {
        __typename: 'PhaseChange',
        id: 'h-2',
        at: '2026-01-05T09:00:00.000Z',
        fromPhase: 'PREPARE',
        toPhase: 'GENERATE',
        steppedBack: false,
        reason: null,
        actor: null,
      },
    ],
    mandate: null,
    team: [
      {
        __typename: 'TeamMember',
        id: 'tm-1',
        role: 'OWNER',
        userId: 'user-moderator',
        addedAt: '2026-01-01T09:00:00.000Z',
        person: { __typename: 'TrajectoryPerson', id: 'user-moderator', name: 'Mira Innovatie' },
      },
    ],
    decisionRules: [],
    decisions: [],
    stakeholders: viewer.canSeeWorkspace ? [] : null,
    successCriteria: [],
    solutionOptions: viewer.canSeeWorkspace ? [] : null,
    valuation: viewer.canSeeWorkspace ? [] : null,
    valuationInvites: viewer.canSeeWorkspace ? [] : null,
    simHealth: viewer.canSeeWorkspace ? [] : null,
  },
});

describe('trajectories', () => {
  it('lists trajectories, filters by phase and offers "Nieuw traject" to moderators', async () => {
    const { calls } = renderApp({
      path: '/trajecten',
      answers: {
        Me: { me: MODERATOR },
        Trajectories: (variables) =>
          variables['phase'] ? listPage([], false) : listPage([node('t-1', 'Scanauto')], false),
      },
    });
    const table = await screen.findByRole('table', { name: 'Trajecten' });
    expect(within(table).getByRole('link', { name: 'Scanauto' })).toBeTruthy();
    expect(within(table).getByText('Fase 1: Voorbereiden')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Nieuw traject' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Fase'), { target: { value: 'TEST' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filteren' }));
    expect(await screen.findByText('Geen trajecten gevonden met deze filters.')).toBeTruthy();
    expect(
      calls.filter((c) => c.operationName === 'Trajectories').map((c) => c.variables),
    ).toContainEqual({ first: 20, phase: 'TEST', orgUnitId: null, mine: false });
  });

  it('hides "Nieuw traject" from employees', async () => {
    renderApp({
      path: '/trajecten',
      answers: { Me: { me: EMPLOYEE }, Trajectories: listPage([node('t-1', 'Scanauto')], false) },
    });
    await screen.findByRole('table', { name: 'Trajecten' });
    expect(screen.queryByRole('link', { name: 'Nieuw traject' })).toBeNull();
  });

  it('lists every reason the API gives when the phase cannot change', async () => {
    renderApp({
      path: '/trajecten/t-1',
      answers: {
        Me: { me: MODERATOR },
        Trajectory: detail({ canEdit: true, canSeeWorkspace: true }),
        ChangePhase: apiError('PRECONDITION_FAILED', [
          { field: 'to', code: 'SUCCESS_CRITERION_REQUIRED' },
          { field: 'to', code: 'SOLUTION_OPTION_REQUIRED' },
        ]),
      },
    });
    expect(await screen.findByRole('heading', { name: 'Scanauto en desk control' })).toBeTruthy();
    expect(screen.getByText('Fase 2: Genereren (huidige fase)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fase wijzigen' }));
    const dialog = screen.getByRole('dialog', { name: 'Fase wijzigen' });
    act(() => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Fase wijzigen' }));
    });
    const alert = await within(dialog).findByRole('alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Leg eerst minstens één succescriterium vast.',
      'Voeg eerst minstens één oplossingsrichting toe.',
    ]);
  });

  it('asks for a reason before stepping back', async () => {
    const { calls } = renderApp({
      path: '/trajecten/t-1',
      answers: {
        Me: { me: MODERATOR },
        Trajectory: detail({ canEdit: true, canSeeWorkspace: true }),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Fase wijzigen' }));
    const dialog = screen.getByRole('dialog', { name: 'Fase wijzigen' });
    fireEvent.change(within(dialog).getByLabelText('Naar fase'), {
      target: { value: 'PREPARE' },
    });
    act(() => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Fase wijzigen' }));
    });
    expect(await within(dialog).findByText('Geef een reden van minstens 3 tekens.')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'ChangePhase')).toBe(false);
  });

  it('shows employees the public page without working material or editing controls', async () => {
    renderApp({
      path: '/trajecten/t-1',
      answers: {
        Me: { me: EMPLOYEE },
        Trajectory: detail({ canEdit: false, canSeeWorkspace: false }),
      },
    });
    expect(await screen.findByText('Je bekijkt de openbare pagina van dit traject.')).toBeTruthy();
    const tabs = screen.getByRole('navigation', { name: 'Onderdelen van het traject' });
    expect(
      within(tabs)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Overzicht',
      'Team',
      'Besluitregels',
      'Succescriteria',
      'Uitdagingen',
      'Jij zei, wij deden',
    ]);
    expect(screen.queryByRole('button', { name: 'Fase wijzigen' })).toBeNull();
    fireEvent.click(within(tabs).getByRole('link', { name: 'Team' }));
    await waitFor(() => expect(screen.getByRole('table', { name: 'Team' })).toBeTruthy());
    expect(screen.getByText('Innovatiemanager (eigenaar)')).toBeTruthy();
  });

  it('shows the mandate once it is recorded', async () => {
    renderApp({
      path: '/trajecten/t-1/mandaat',
      answers: {
        Me: { me: MODERATOR },
        Trajectory: detail({ canEdit: true, canSeeWorkspace: true }),
        TrajectorySimHealth: { trajectory: { __typename: 'Trajectory', id: 't-1', simHealth: [] } },
        SetMandate: {
          setMandate: {
            __typename: 'Mandate',
            budget: 25000,
            deadline: '2027-06-30',
            decisionSpace: 'Keuze van de routeplanner.',
            constraints: '',
            recordedAt: '2026-01-10T09:00:00.000Z',
            updatedAt: '2026-01-10T09:00:00.000Z',
          },
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Mandaat vastleggen' }));
    const dialog = screen.getByRole('dialog', { name: 'Mandaat vastleggen' });
    fireEvent.change(within(dialog).getByLabelText('Beslisruimte'), {
      target: { value: 'Keuze van de routeplanner.' },
    });
    act(() => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText('Mandaat opgeslagen.')).toBeTruthy();
    expect(screen.getByText('Keuze van de routeplanner.', { selector: 'dd' })).toBeTruthy();
  });

  it('links the board and, for those who answer, the feedback inbox; edits the response target', async () => {
    const trajectory = detail({ canEdit: true, canSeeWorkspace: true });
    let days = 10;
    const current = () => ({ ...trajectory.trajectory, responseTargetDays: days });
    const { calls } = renderApp({
      path: '/trajecten/t-1',
      answers: {
        Me: { me: MODERATOR },
        Trajectory: () => ({ trajectory: current() }),
        UpdateTrajectory: (variables) => {
          days = (variables['input'] as { responseTargetDays: number }).responseTargetDays;
          return { updateTrajectory: current() };
        },
      },
    });
    await screen.findByRole('heading', { name: 'Scanauto en desk control' });
    const tabs = screen.getByRole('navigation', { name: 'Onderdelen van het traject' });
    expect(
      within(tabs).getByRole('link', { name: 'Jij zei, wij deden' }).getAttribute('href'),
    ).toBe('/trajecten/t-1/jij-zei-wij-deden');
    expect(within(tabs).getByRole('link', { name: 'Terugkoppeling' }).getAttribute('href')).toBe(
      '/terugkoppeling?traject=t-1',
    );
    expect(screen.getByText(/10 werkdagen/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Traject wijzigen' }));
    const dialog = screen.getByRole('dialog', { name: 'Traject wijzigen' });
    const daysField = within(dialog).getByLabelText('Reactietermijn (werkdagen)');
    fireEvent.change(daysField, { target: { value: '61' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(
      await within(dialog).findByText('Vul een aantal werkdagen van 1 tot en met 60 in.'),
    ).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'UpdateTrajectory')).toBe(false);
    fireEvent.change(daysField, { target: { value: '15' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.find((c) => c.operationName === 'UpdateTrajectory')?.variables).toMatchObject({
      input: { id: 't-1', responseTargetDays: 15 },
    });
    expect(await screen.findByText(/15 werkdagen/)).toBeTruthy();
  });

  it('keeps the inbox link from team members who do not answer', async () => {
    renderApp({
      path: '/trajecten/t-1',
      answers: {
        Me: { me: EMPLOYEE },
        Trajectory: detail({ canEdit: false, canSeeWorkspace: true }),
      },
    });
    await screen.findByRole('heading', { name: 'Scanauto en desk control' });
    const tabs = screen.getByRole('navigation', { name: 'Onderdelen van het traject' });
    expect(within(tabs).queryByRole('link', { name: 'Terugkoppeling' })).toBeNull();
  });
});
