import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
    fireEvent.change(screen.getByLabelText('Toon alleen'), { target: { value: 'user.create' } });
    await waitFor(() =>
      expect(calls.filter((c) => c.operationName === 'AuditEvents').at(-1)?.variables).toEqual({
        first: 25,
        action: 'user.create',
      }),
    );
  });
});
