import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { captureDownloads } from '../../test/downloads';
import { ADMIN, apiError, EMPLOYEE, renderApp, user } from '../../test/render-app';

const edge = (node: Record<string, unknown>) => ({
  __typename: 'UserEdge',
  cursor: `c-${String(node['id'])}`,
  node,
});
const page = (nodes: Record<string, unknown>[], hasNextPage: boolean) => ({
  users: {
    __typename: 'UserConnection',
    edges: nodes.map(edge),
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'next' : null },
  },
});
const asAdmin = { Me: { me: ADMIN } };

describe('admin: users', () => {
  it('lists users, loads more and searches', async () => {
    const { calls } = renderApp({
      path: '/beheer/gebruikers',
      answers: {
        ...asAdmin,
        Users: (variables) =>
          variables['search']
            ? page([], false)
            : variables['after']
              ? page([user('MODERATOR', 'Mo Moderator')], false)
              : page([ADMIN, EMPLOYEE], true),
      },
    });
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getAllByText('Team Parkeerhandhaving', { selector: 'td' })).toHaveLength(
      2,
    );
    // One cannot deactivate oneself.
    expect(screen.queryByRole('button', { name: 'Deactiveren Ahmed Beheerder' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    expect(screen.getByText('3 gebruikers getoond')).toBeTruthy();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Zoek op naam of e-mailadres' }), {
      target: { value: 'xyz' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(await screen.findByText('Geen gebruikers gevonden voor "xyz".')).toBeTruthy();
    expect(calls.filter((c) => c.operationName === 'Users').map((c) => c.variables)).toContainEqual(
      { first: 25, search: 'xyz' },
    );
  });

  it('shows the API field errors next to the fields when creating a user', async () => {
    renderApp({
      path: '/beheer/gebruikers',
      answers: {
        ...asAdmin,
        Users: page([ADMIN], false),
        CreateUser: apiError('BAD_USER_INPUT', [{ field: 'input.password', code: 'TOO_COMMON' }]),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuwe gebruiker' }));
    const dialog = screen.getByRole('dialog', { name: 'Nieuwe gebruiker' });
    fireEvent.change(within(dialog).getByLabelText('Naam'), { target: { value: 'Nieuw' } });
    fireEvent.change(within(dialog).getByLabelText('E-mailadres'), {
      target: { value: 'nieuw@voorbeeld.nl' },
    });
    fireEvent.change(within(dialog).getByLabelText('Eerste wachtwoord (optioneel)'), {
      target: { value: 'wachtwoord123' },
    });
    act(() => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Gebruiker aanmaken' }));
    });
    expect(await within(dialog).findByText(/Dit wachtwoord komt te vaak voor/)).toBeTruthy();
    expect(
      within(dialog).getByLabelText('Eerste wachtwoord (optioneel)').getAttribute('aria-invalid'),
    ).toBe('true');
  });

  it('creates a user and confirms with a toast', async () => {
    const created = user('EMPLOYEE', 'Nieuwe Collega', { id: 'user-new' });
    const { calls } = renderApp({
      path: '/beheer/gebruikers',
      answers: { ...asAdmin, Users: page([ADMIN], false), CreateUser: { createUser: created } },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuwe gebruiker' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Naam'), {
      target: { value: 'Nieuwe Collega' },
    });
    fireEvent.change(within(dialog).getByLabelText('E-mailadres'), {
      target: { value: 'nieuw@voorbeeld.nl' },
    });
    fireEvent.change(within(dialog).getByLabelText('Organisatie-eenheid'), {
      target: { value: 'unit-dept' },
    });
    // The scope appears only for managers.
    expect(
      within(dialog).queryByRole('group', { name: /Eenheden die deze manager aanstuurt/ }),
    ).toBeNull();
    fireEvent.change(within(dialog).getByLabelText('Rol'), { target: { value: 'MANAGER' } });
    const scope = within(dialog).getByRole('group', {
      name: /Eenheden die deze manager aanstuurt/,
    });
    fireEvent.click(within(scope).getByLabelText(/Afdeling Handhaving$/));
    act(() => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Gebruiker aanmaken' }));
    });
    expect(await screen.findByText('Gebruiker Nieuwe Collega is aangemaakt.')).toBeTruthy();
    expect(calls.find((c) => c.operationName === 'CreateUser')?.variables).toEqual({
      input: {
        name: 'Nieuwe Collega',
        email: 'nieuw@voorbeeld.nl',
        role: 'MANAGER',
        locale: 'NL',
        primaryOrgUnitId: 'unit-dept',
        managedOrgUnitIds: ['unit-dept'],
      },
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('deactivates a user after confirmation', async () => {
    renderApp({
      path: '/beheer/gebruikers',
      answers: {
        ...asAdmin,
        Users: page([ADMIN, EMPLOYEE], false),
        DeactivateUser: {
          deactivateUser: {
            __typename: 'User',
            id: EMPLOYEE.id,
            deactivatedAt: '2025-03-14T10:00:00Z',
          },
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Deactiveren Eva Medewerker' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Eva Medewerker deactiveren?' });
    act(() => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Ja, deactiveren' }));
    });
    expect(await screen.findByText('Gedeactiveerd')).toBeTruthy();
    // The toast follows the mutation's answer; the cache may show the badge a moment earlier.
    expect(
      await screen.findByText('Eva Medewerker is gedeactiveerd en overal uitgelogd.'),
    ).toBeTruthy();
  });
});

const MODERATOR = user('MODERATOR', 'Mo Moderator');
const ERASED = user('MANAGER', 'Verwijderd account', {
  id: 'user-erased',
  email: 'erased-user-erased@erased.invalid',
  primaryOrgUnitId: null,
  deactivatedAt: '2025-03-01T10:00:00Z',
  erasedAt: '2025-03-01T10:00:00Z',
});
const DEACTIVATED = user('EMPLOYEE', 'Dirk Gedeactiveerd', {
  id: 'user-deactivated',
  deactivatedAt: '2025-03-01T10:00:00Z',
});
/** Eva after her erasure, as the API answers it. */
const EVA_ERASED = {
  ...EMPLOYEE,
  name: 'Verwijderd account',
  email: 'erased-user-employee@erased.invalid',
  primaryOrgUnitId: null,
  deactivatedAt: '2025-03-14T10:00:00Z',
  erasedAt: '2025-03-14T10:00:00Z',
};
const count = (section: string, kind: string, n: number) => ({
  __typename: 'ErasureCount',
  section,
  kind,
  count: n,
});

describe('admin: personal data and erasure', () => {
  it('shows erased people as erased, with only their export left', async () => {
    renderApp({
      path: '/beheer/gebruikers',
      answers: { ...asAdmin, Users: page([ADMIN, DEACTIVATED, EMPLOYEE, ERASED], false) },
    });
    const table = await screen.findByRole('table');
    const row = (name: string) =>
      within(table).getByText(name, { selector: 'strong' }).closest('tr')!;

    const erased = row('Verwijderd account');
    expect(within(erased).getByText('Gewist')).toBeTruthy();
    expect(within(erased).queryByText('Gedeactiveerd')).toBeNull();
    // No address shown (it is a placeholder), no edit, deactivate or erase; export stays.
    expect(within(erased).queryByText(/erased\.invalid/)).toBeNull();
    expect(
      within(erased)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Gegevens exporteren Verwijderd account']);

    // Deactivated but not erased: still erasable.
    const deactivated = row('Dirk Gedeactiveerd');
    expect(within(deactivated).getByText('Gedeactiveerd')).toBeTruthy();
    expect(
      within(deactivated).getByRole('button', { name: 'Wissen Dirk Gedeactiveerd' }),
    ).toBeTruthy();
    expect(
      within(row('Eva Medewerker')).getByRole('button', { name: 'Wissen Eva Medewerker' }),
    ).toBeTruthy();
    // One cannot erase oneself, but can export one's own data.
    expect(screen.queryByRole('button', { name: 'Wissen Ahmed Beheerder' })).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Gegevens exporteren Ahmed Beheerder' }),
    ).toBeTruthy();
  });

  it("exports a person's data as a file", async () => {
    const capture = captureDownloads();
    try {
      const { calls } = renderApp({
        path: '/beheer/gebruikers',
        answers: {
          ...asAdmin,
          Users: page([ADMIN, EMPLOYEE], false),
          PersonalData: {
            personalData: {
              __typename: 'PersonalDataExport',
              fileName: 'inspraak-gegevens-2025-03-14.json',
              json: '{"requestedBy":"administrator"}',
              generatedAt: '2025-03-14T10:00:00.000Z',
            },
          },
        },
      });
      fireEvent.click(
        await screen.findByRole('button', { name: 'Gegevens exporteren Eva Medewerker' }),
      );
      await waitFor(() => expect(capture.downloads).toHaveLength(1));
      expect(capture.downloads[0].fileName).toBe('inspraak-gegevens-2025-03-14.json');
      expect(await capture.downloads[0].blob.text()).toBe('{"requestedBy":"administrator"}');
      expect(calls.find((c) => c.operationName === 'PersonalData')?.variables).toEqual({
        id: EMPLOYEE.id,
      });
      expect(
        await screen.findByText(
          'De gegevens van Eva Medewerker zijn gedownload als inspraak-gegevens-2025-03-14.json.',
        ),
      ).toBeTruthy();
    } finally {
      capture.restore();
    }
  });

  it('erases a person: asks for a new owner of their trajectories, then says what changed', async () => {
    let erased = false;
    let attempts = 0;
    const { calls } = renderApp({
      path: '/beheer/gebruikers',
      answers: {
        ...asAdmin,
        Users: () => page([ADMIN, erased ? EVA_ERASED : EMPLOYEE, MODERATOR], false),
        OwnerCandidates: {
          users: {
            __typename: 'UserConnection',
            edges: [EMPLOYEE, MODERATOR, DEACTIVATED, ERASED].map((node) => ({
              __typename: 'UserEdge',
              node,
            })),
          },
        },
        EraseUser: () => {
          attempts += 1;
          if (attempts === 1) {
            return apiError('BAD_USER_INPUT', [
              { field: 'input.newOwnerId', code: 'OWNS_TRAJECTORIES' },
            ]);
          }
          erased = true;
          return {
            eraseUser: {
              __typename: 'EraseUserPayload',
              user: EVA_ERASED,
              counts: [
                count('account', 'sessions', 0),
                count('inputs', 'unlinkedInputs', 3),
                count('inputs', 'unlinkedComments', 2),
                count('notifications', 'notifications', 5),
                count('trajectories', 'ownershipTransferred', 1),
                count('future', 'thing', 4),
              ],
            },
          };
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Wissen Eva Medewerker' }));
    const dialog = screen.getByRole('dialog', { name: 'Eva Medewerker definitief wissen?' });
    expect(within(dialog).getByText('Wissen kan niet ongedaan worden gemaakt.')).toBeTruthy();
    expect(dialog.textContent).toContain('blijven staan, maar zonder naam');
    const email = within(dialog).getByLabelText(
      'Typ het e-mailadres van deze persoon ter bevestiging',
    );
    // A form dialog starts at its first field.
    expect(document.activeElement).toBe(email);
    const owner = within(dialog).getByLabelText('Nieuwe eigenaar van hun trajecten');
    expect(owner.getAttribute('aria-describedby')).toBeTruthy();
    expect(dialog.textContent).toContain('Verplicht als deze persoon trajecten beheert');

    fireEvent.change(email, { target: { value: 'employee@voorbeeld.nl' } });
    act(() => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Definitief wissen' }));
    });
    // The server says the person owns trajectories: the owner field says so and gets focus.
    expect(
      await within(dialog).findByText('Deze persoon beheert trajecten. Kies wie ze overneemt.'),
    ).toBeTruthy();
    expect(owner.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(owner));
    expect(email.getAttribute('aria-invalid')).toBeNull();

    fireEvent.change(owner, { target: { value: 'Mo' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Zoeken' }));
    const results = await within(dialog).findByRole('group', { name: 'Kies de nieuwe eigenaar' });
    // Not the person being erased, nobody deactivated or erased.
    expect(within(results).getAllByRole('radio')).toHaveLength(1);
    fireEvent.click(within(results).getByLabelText('Mo Moderator (moderator@voorbeeld.nl)'));
    act(() => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Definitief wissen' }));
    });

    expect(
      await screen.findByText(
        'Eva Medewerker is gewist: 3 ideeën zonder naam, 2 reacties zonder naam, 5 meldingen verwijderd, 1 traject naar de nieuwe eigenaar en future.thing: 4.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls.filter((c) => c.operationName === 'EraseUser').map((c) => c.variables)).toEqual([
      { input: { userId: EMPLOYEE.id, confirmEmail: 'employee@voorbeeld.nl' } },
      {
        input: {
          userId: EMPLOYEE.id,
          confirmEmail: 'employee@voorbeeld.nl',
          newOwnerId: MODERATOR.id,
        },
      },
    ]);
    // The row now shows the empty account, erased, with nothing left to do but export.
    const table = screen.getByRole('table');
    const row = within(table)
      .getByText('Verwijderd account', { selector: 'strong' })
      .closest('tr')!;
    expect(within(row).getByText('Gewist')).toBeTruthy();
    expect(within(table).queryByRole('button', { name: /^Wissen Verwijderd account/ })).toBeNull();
    expect(
      within(table).queryByRole('button', { name: /^Bewerken Verwijderd account/ }),
    ).toBeNull();
    // Focus lands on what is left of the row instead of getting lost.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(row).getByRole('button', { name: 'Gegevens exporteren Verwijderd account' }),
      ),
    );
    // And the list was loaded again.
    await waitFor(() =>
      expect(calls.filter((c) => c.operationName === 'Users').length).toBeGreaterThan(1),
    );
  });

  it('shows a wrong confirmation address on the e-mail field', async () => {
    const { calls } = renderApp({
      path: '/beheer/gebruikers',
      answers: {
        ...asAdmin,
        Users: page([ADMIN, EMPLOYEE], false),
        EraseUser: apiError('BAD_USER_INPUT', [
          { field: 'input.confirmEmail', code: 'CONFIRMATION_MISMATCH' },
        ]),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Wissen Eva Medewerker' }));
    const dialog = screen.getByRole('dialog');
    const email = within(dialog).getByLabelText(
      'Typ het e-mailadres van deze persoon ter bevestiging',
    );
    // Empty: refused before asking the API.
    act(() => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Definitief wissen' }));
    });
    expect(await within(dialog).findByText('Vul dit veld in.')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'EraseUser')).toBe(false);

    fireEvent.change(email, { target: { value: 'iemand@voorbeeld.nl' } });
    act(() => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Definitief wissen' }));
    });
    expect(
      await within(dialog).findByText(
        'Dit is niet het e-mailadres van deze persoon. Typ het precies over.',
      ),
    ).toBeTruthy();
    expect(email.getAttribute('aria-invalid')).toBe('true');
    // The error is read with the field (after its description).
    const describedBy = (email.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent).join(' ')).toContain(
      'Dit is niet het e-mailadres',
    );
    await waitFor(() => expect(document.activeElement).toBe(email));
    expect(
      within(dialog)
        .getByLabelText('Nieuwe eigenaar van hun trajecten')
        .getAttribute('aria-invalid'),
    ).toBeNull();
    // Nothing happened: the dialog stays and the person is still there.
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(
      within(screen.getByRole('table')).getByText('Eva Medewerker', { selector: 'strong' }),
    ).toBeTruthy();
  });

  it('explains an error about the person as a whole inside the dialog', async () => {
    renderApp({
      path: '/beheer/gebruikers',
      language: 'en',
      answers: {
        ...asAdmin,
        Users: page([ADMIN, EMPLOYEE], false),
        EraseUser: apiError('BAD_USER_INPUT', [{ field: 'input.userId', code: 'ALREADY_ERASED' }]),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Erase Eva Medewerker' }));
    const dialog = screen.getByRole('dialog', { name: 'Erase Eva Medewerker permanently?' });
    fireEvent.change(
      within(dialog).getByLabelText("Type this person's e-mail address to confirm"),
      { target: { value: 'employee@voorbeeld.nl' } },
    );
    act(() => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Erase permanently' }));
    });
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'This person has already been erased.',
    );
  });
});

describe('admin: editing someone erased meanwhile', () => {
  it('says the account can no longer be changed', async () => {
    renderApp({
      path: '/beheer/gebruikers',
      answers: {
        ...asAdmin,
        Users: page([ADMIN, EMPLOYEE], false),
        UpdateUser: apiError('BAD_USER_INPUT', [{ field: 'id', code: 'ERASED' }]),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Bewerken Eva Medewerker' }));
    const dialog = screen.getByRole('dialog', { name: 'Eva Medewerker bewerken' });
    act(() => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    });
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Deze persoon is gewist. Het account kan niet meer worden gewijzigd.',
    );
  });
});

describe('admin: org units', () => {
  it('shows a keyboard-operable tree', async () => {
    renderApp({ path: '/beheer/eenheden', answers: asAdmin });
    const tree = await screen.findByRole('tree', { name: 'Organisatieboom' });
    const top = within(tree).getByRole('treeitem', { name: 'Directie Dienstverlening' });
    expect(top.getAttribute('aria-expanded')).toBe('true');
    expect(top.tabIndex).toBe(0);
    const dept = within(tree).getByRole('treeitem', { name: 'Afdeling Handhaving' });
    expect(dept.getAttribute('aria-expanded')).toBe('false');

    act(() => top.focus());
    fireEvent.keyDown(top, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(dept);
    fireEvent.keyDown(dept, { key: 'ArrowRight' });
    expect(dept.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(dept, { key: 'ArrowRight' });
    const team = within(tree).getByRole('treeitem', { name: 'Team Parkeerhandhaving' });
    expect(document.activeElement).toBe(team);
    fireEvent.keyDown(team, { key: 'Enter' });
    expect(team.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('heading', { level: 2, name: 'Team Parkeerhandhaving' })).toBeTruthy();
    fireEvent.keyDown(team, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(dept);
  });

  it('creates a sub-unit and shows it in the tree', async () => {
    renderApp({
      path: '/beheer/eenheden',
      answers: {
        ...asAdmin,
        CreateOrgUnit: {
          createOrgUnit: {
            __typename: 'OrgUnit',
            id: 'unit-new',
            name: '<img src=x onerror=alert(1)>',
            parentId: 'unit-dir2',
            archivedAt: null,
          },
        },
      },
    });
    fireEvent.click(
      await screen
        .findByRole('treeitem', { name: 'Directie Ruimte' })
        .then((el) => el.querySelector('.ins-tree__row')!),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Onderdeel toevoegen' }));
    const dialog = screen.getByRole('dialog', { name: 'Nieuw onderdeel van Directie Ruimte' });
    fireEvent.change(within(dialog).getByLabelText('Naam'), {
      target: { value: '<img src=x onerror=alert(1)>' },
    });
    act(() => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Aanmaken' }));
    });
    expect(
      await screen.findByRole('treeitem', { name: '<img src=x onerror=alert(1)>' }),
    ).toBeTruthy();
    expect(document.querySelector('main img')).toBeNull();
  });

  it('offers only valid new parents when moving', async () => {
    renderApp({ path: '/beheer/eenheden', answers: asAdmin });
    fireEvent.click(
      (await screen.findByRole('treeitem', { name: 'Directie Dienstverlening' })).querySelector(
        '.ins-tree__row',
      )!,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Verplaatsen' }));
    const select = within(screen.getByRole('dialog')).getByLabelText('Nieuwe plek: onderdeel van');
    const options = [...(select as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).toEqual(['Bovenste niveau', 'Directie Ruimte']);
  });
});

describe('admin: audit log', () => {
  it('filters by action', async () => {
    const event = {
      __typename: 'AuditEvent',
      id: 'e1',
      action: 'auth.sign_in',
      result: 'FAILURE',
      actorId: null,
      objectType: 'user',
      objectId: 'abcdef123456',
      originIp: '127.0.0.1',
      details: '{"reason":"password"}',
      createdAt: '2025-03-14T09:30:00Z',
    };
    const { calls } = renderApp({
      path: '/beheer/auditlog',
      answers: {
        ...asAdmin,
        AuditEvents: {
          auditEvents: {
            __typename: 'AuditEventConnection',
            edges: [{ __typename: 'AuditEventEdge', cursor: 'c1', node: event }],
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      },
    });
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Mislukt')).toBeTruthy();
    expect(within(table).getByText('reason: password')).toBeTruthy();
    // The erasure's own actions have labels in the filter.
    const filter = screen.getByLabelText<HTMLSelectElement>('Toon alleen');
    const labels = [...filter.options].map((option) => option.textContent);
    expect(labels).toContain('Persoonsgegevens geëxporteerd');
    expect(labels).toContain('Gebruiker gewist');
    fireEvent.change(screen.getByLabelText('Toon alleen'), { target: { value: 'user.create' } });
    await waitFor(() =>
      expect(calls.filter((c) => c.operationName === 'AuditEvents').at(-1)?.variables).toEqual({
        first: 25,
        action: 'user.create',
      }),
    );
  });
});
