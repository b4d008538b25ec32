import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, user } from '../../../test/render-app';
import { checkField, parseAmount } from './FormDialog';
import { sectionHref } from './HealthSection';

const MODERATOR = user('MODERATOR', 'Mira Innovatie');
const person = (id: string, name: string) => ({ __typename: 'TrajectoryPerson', id, name });

/** One trajectory in phase 4 with a team, a locked criterion, two options and a stakeholder. */
const trajectory = (viewer: Record<string, unknown> = {}) => ({
  trajectory: {
    __typename: 'Trajectory',
    id: 't-1',
    title: 'Scanauto',
    problemStatement: 'Te weinig gebied.',
    goals: '',
    phase: 'TEST',
    phaseNumber: 4,
    visibility: 'ORGANISATION',
    orgUnitIds: [],
    ownerId: 'user-moderator',
    responseTargetDays: 10,
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    owner: person('user-moderator', 'Mira Innovatie'),
    viewer: {
      __typename: 'TrajectoryViewer',
      canEdit: true,
      canSeeWorkspace: true,
      roles: ['OWNER'],
      invitedStakeholderIds: [],
      invitedStakeholders: [],
      ratings: [],
      ...viewer,
    },
    phaseHistory: [],
    mandate: null,
    team: [
      {
        __typename: 'TeamMember',
        id: 'tm-2',
        role: 'EXPERT',
        userId: 'user-daan',
        addedAt: '2026-01-02T09:00:00.000Z',
        person: person('user-daan', 'Daan Analist'),
      },
      {
        __typename: 'TeamMember',
        id: 'tm-1',
        role: 'OWNER',
        userId: 'user-moderator',
        addedAt: '2026-01-01T09:00:00.000Z',
        person: person('user-moderator', 'Mira Innovatie'),
      },
    ],
    decisionRules: [],
    decisions: [],
    stakeholders: [
      {
        __typename: 'Stakeholder',
        id: 's-1',
        name: 'Controleurs',
        kind: 'GROUP',
        influence: 4,
        stance: 1,
        employerInterests: '',
        employeeInterests: '',
        involvement: '',
        orgUnitId: null,
      },
    ],
    successCriteria: [
      {
        __typename: 'SuccessCriterion',
        id: 'c-1',
        metric: 'Betalingsbereidheid',
        target: '85%',
        howMeasured: '',
        dimension: 'PRODUCTIVITY',
        agreedOn: null,
        agreedBy: '',
        lockedAt: '2026-01-05T09:00:00.000Z',
        results: [],
      },
    ],
    solutionOptions: ['Desk', 'App'].map((title, index) => ({
      __typename: 'SolutionOption',
      id: `o-${index + 1}`,
      trajectoryId: 't-1',
      title,
      description: '',
      effects: [],
      businessCase: [],
    })),
    valuation: [
      {
        __typename: 'ValuationGroup',
        stakeholderId: 's-1',
        stakeholderName: 'Controleurs',
        scores: [{ __typename: 'ValuationScore', optionId: 'o-1', averageScore: 4.5, ratings: 2 }],
      },
    ],
    valuationInvites: [],
    simHealth: [
      {
        __typename: 'SimHealthResult',
        checkId: 'select.impact',
        phase: 'SELECT',
        status: 'NOT_MET',
        guideline: { __typename: 'LocalizedString', nl: 'Impactanalyse per optie', en: 'Impact' },
        evidence: { __typename: 'LocalizedString', nl: '1 van 2 opties mist aspecten.', en: '' },
        link: { __typename: 'SimHealthLink', section: 'IMPACT_ANALYSIS', itemId: 'o-2' },
      },
      {
        __typename: 'SimHealthResult',
        checkId: 'later.roast',
        phase: 'TEST',
        status: 'NOT_YET_MEASURABLE',
        guideline: { __typename: 'LocalizedString', nl: 'Roasts houden', en: 'Roasts' },
        evidence: { __typename: 'LocalizedString', nl: 'Komt met roasts.', en: '' },
        link: { __typename: 'SimHealthLink', section: 'ROASTS', itemId: null },
      },
    ],
  },
});

const GUIDELINES = {
  simPhases: [
    {
      __typename: 'SimPhaseInfo',
      phase: 'TEST',
      guidelines: [
        { __typename: 'LocalizedText', nl: 'Probeer varianten uit.', en: 'Try variants.' },
      ],
    },
  ],
};

describe('form checks', () => {
  it('reads amounts written the Dutch or the English way', () => {
    expect(parseAmount('25000')).toBe(25000);
    expect(parseAmount('1.234,50')).toBe(1234.5);
    expect(parseAmount('1,234.50')).toBe(1234.5);
    expect(parseAmount('12 500')).toBe(12500);
    expect(parseAmount('-3000')).toBe(-3000);
    expect(parseAmount('tien')).toBeNaN();
  });

  it('checks required fields, real dates and number ranges', () => {
    expect(checkField({ name: 'd', label: 'D', kind: 'date', required: true }, '')).toBe(
      'REQUIRED',
    );
    expect(checkField({ name: 'd', label: 'D', kind: 'date' }, '')).toBeUndefined();
    expect(checkField({ name: 'd', label: 'D', kind: 'date' }, '2026-02-30')).toBe('INVALID_DATE');
    expect(checkField({ name: 'd', label: 'D', kind: 'date' }, '2026-02-28')).toBeUndefined();
    // A half-typed date: the browser reports an empty value but bad input.
    expect(checkField({ name: 'd', label: 'D', kind: 'date' }, '', true)).toBe('INVALID_DATE');
    const amount = { name: 'a', label: 'A', kind: 'number' as const, min: 0, max: 100 };
    expect(checkField(amount, 'veel')).toBe('INVALID_NUMBER');
    expect(checkField(amount, '-1')).toBe('OUT_OF_RANGE');
    expect(checkField(amount, '100')).toBeUndefined();
  });
});

describe('SIM health links', () => {
  it('maps sections to workspace tabs, with the item as fragment', () => {
    expect(sectionHref('t-1', { section: 'DECISIONS', itemId: null })).toBe(
      '/trajecten/t-1/besluitregels',
    );
    expect(sectionHref('t-1', { section: 'IMPACT_ANALYSIS', itemId: 'o-2' })).toBe(
      '/trajecten/t-1/impactanalyse#item-o-2',
    );
    expect(sectionHref('t-1', { section: 'HISTORY' })).toBe('/trajecten/t-1');
    expect(sectionHref('t-1', { section: 'ROASTS' })).toBeNull();
  });

  it('shows the guidelines of the current phase and links only checks with a section', async () => {
    renderApp({
      path: '/trajecten/t-1/sim-gezondheid',
      answers: { Me: { me: MODERATOR }, Trajectory: trajectory(), SimPhaseGuidelines: GUIDELINES },
    });
    // The first render loads the lazy page: allow for a busy machine.
    expect(await screen.findByText('Probeer varianten uit.', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Richtlijnen voor Fase 4: Testen' })).toBeTruthy();
    const section = screen.getByRole('region', { name: 'SIM-gezondheid' });
    const links = within(section)
      .getAllByRole('link', { name: /^Naar / })
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/trajecten/t-1/impactanalyse#item-o-2']);
  });
});

describe('team management', () => {
  it('lists the owner first, searches people and adds the one picked with a role', async () => {
    const { calls } = renderApp({
      path: '/trajecten/t-1/team',
      answers: {
        Me: { me: MODERATOR },
        Trajectory: trajectory(),
        TrajectoryCandidates: {
          trajectoryCandidates: [
            {
              __typename: 'TrajectoryCandidate',
              id: 'user-hanna',
              name: 'Hanna Handhaver',
              email: 'handhaver@voorbeeld.nl',
            },
          ],
        },
        AddTeamMember: {
          addTeamMember: {
            __typename: 'TeamMember',
            id: 'tm-3',
            role: 'PROJECT_LEAD',
            userId: 'user-hanna',
          },
        },
      },
    });
    const table = await screen.findByRole('table', { name: 'Team' }, { timeout: 5000 });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Mira Innovatie', 'Daan Analist']);
    // The owner cannot be removed here; others can, each button naming whom.
    expect(
      within(table)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Verwijderen Daan Analist als Expert']);

    fireEvent.click(screen.getByRole('button', { name: 'Teamlid toevoegen' }));
    const dialog = screen.getByRole('dialog', { name: 'Teamlid toevoegen' });
    const search = within(dialog).getByLabelText('Persoon', { exact: false });
    fireEvent.change(search, { target: { value: 'h' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Zoeken' }));
    expect(within(dialog).getByText('Typ minstens 2 tekens.')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'TrajectoryCandidates')).toBe(false);

    fireEvent.change(search, { target: { value: 'ha' } });
    act(() => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Teamlid toevoegen' }));
    });
    expect(await within(dialog).findByText('Zoek en kies een persoon.')).toBeTruthy();

    fireEvent.change(search, { target: { value: 'hanna' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    fireEvent.click(await within(dialog).findByRole('radio', { name: /Hanna Handhaver/ }));
    expect(within(dialog).getByRole('status').textContent).toBe('1 persoon gevonden.');
    fireEvent.change(within(dialog).getByLabelText('Rol'), { target: { value: 'PROJECT_LEAD' } });
    act(() => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Teamlid toevoegen' }));
    });
    await waitFor(() =>
      expect(calls.find((c) => c.operationName === 'AddTeamMember')?.variables).toEqual({
        input: { trajectoryId: 't-1', userId: 'user-hanna', role: 'PROJECT_LEAD' },
      }),
    );
    expect(calls.find((c) => c.operationName === 'TrajectoryCandidates')?.variables).toEqual({
      trajectoryId: 't-1',
      search: 'hanna',
    });
  });
});

describe('criterion results', () => {
  it('asks for a value and a real date before recording a result in phase 4', async () => {
    const { calls } = renderApp({
      path: '/trajecten/t-1/succescriteria',
      answers: { Me: { me: MODERATOR }, Trajectory: trajectory() },
    });
    fireEvent.click(
      await screen.findByRole(
        'button',
        { name: 'Resultaat vastleggen Betalingsbereidheid' },
        { timeout: 5000 },
      ),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Resultaat vastleggen voor Betalingsbereidheid',
    });
    const date = within(dialog).getByLabelText('Gemeten op');
    expect(date.getAttribute('type')).toBe('date');
    fireEvent.change(date, { target: { value: '' } });
    act(() => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Resultaat vastleggen' }));
    });
    await waitFor(() => expect(within(dialog).getAllByText('Vul dit veld in.')).toHaveLength(2));
    expect(document.activeElement).toBe(
      within(dialog).getByLabelText('Gemeten waarde', { exact: false }),
    );
    expect(calls.some((c) => c.operationName === 'RecordCriterionResult')).toBe(false);
  });
});

describe('joint valuation', () => {
  it('shows an invited rater the results per group and their own ratings to change', async () => {
    renderApp({
      path: '/trajecten/t-1/waardering',
      answers: {
        Me: { me: user('EMPLOYEE', 'Eva Medewerker') },
        Trajectory: (() => {
          const data = trajectory({
            canEdit: false,
            canSeeWorkspace: false,
            roles: [],
            invitedStakeholderIds: ['s-1'],
            invitedStakeholders: [{ __typename: 'StakeholderRef', id: 's-1', name: 'Controleurs' }],
            ratings: [
              {
                __typename: 'ValuationRating',
                id: 'r-1',
                optionId: 'o-1',
                stakeholderId: 's-1',
                score: 5,
                comment: 'Prima',
              },
            ],
          });
          return {
            trajectory: {
              ...data.trajectory,
              stakeholders: null,
              valuationInvites: null,
              simHealth: null,
              mandate: null,
            },
          };
        })(),
      },
    });
    const results = await screen.findByRole(
      'table',
      { name: 'Gemiddelde beoordeling per oplossingsrichting en stakeholdergroep' },
      { timeout: 5000 },
    );
    expect(within(results).getByRole('row', { name: /Desk/ }).textContent).toContain(
      '4,5 (2 beoordelingen)',
    );
    const mine = screen.getByRole('table', { name: 'Jouw beoordeling namens Controleurs' });
    expect(within(mine).getByRole('row', { name: /Desk/ }).textContent).toContain('5 uitstekend');
    expect(within(mine).getByRole('button', { name: 'Beoordeling wijzigen Desk' })).toBeTruthy();
    expect(within(mine).getByRole('button', { name: 'Beoordelen App' })).toBeTruthy();
    // Raters do not manage raters.
    expect(screen.queryByRole('button', { name: 'Beoordelaar uitnodigen' })).toBeNull();
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
      'Waardering',
      'Uitdagingen',
      'Jij zei, wij deden',
    ]);
  });
});
