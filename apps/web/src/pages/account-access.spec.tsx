import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ADMIN, apiError, EMPLOYEE, renderApp } from '../test/render-app';

const signedOut = { Me: { me: null } };

const fill = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });

describe('account access', () => {
  it('explains a refused single sign-on and links to the forgotten-password page', async () => {
    renderApp({ path: '/inloggen?sso=no_account', answers: signedOut });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Er is op dit platform geen account met jouw e-mailadres');
    expect(screen.getByRole('link', { name: 'Wachtwoord vergeten?' }).getAttribute('href')).toBe(
      '/wachtwoord-vergeten',
    );
  });

  it('always confirms a reset request the same way and explains a rate limit', async () => {
    let limited = false;
    renderApp({
      path: '/wachtwoord-vergeten',
      answers: {
        ...signedOut,
        RequestPasswordReset: () =>
          limited ? apiError('RATE_LIMITED') : { requestPasswordReset: true },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Link versturen' }));
    expect(await screen.findByText('Vul dit veld in.')).toBeTruthy();
    fill('E-mailadres', 'iemand@voorbeeld.nl');
    limited = true;
    fireEvent.click(screen.getByRole('button', { name: 'Link versturen' }));
    expect((await screen.findByRole('alert')).textContent).toContain('te vaak');
    limited = false;
    fireEvent.click(screen.getByRole('button', { name: 'Link versturen' }));
    expect(await screen.findByText('Controleer je e-mail.')).toBeTruthy();
    expect(screen.getByText(/iemand@voorbeeld\.nl/)).toBeTruthy();
  });

  it('sets a new password: mismatch, policy error, expired link, then signed in', async () => {
    let answer: Record<string, unknown> = apiError('BAD_USER_INPUT', [
      { field: 'input.password', code: 'TOO_COMMON' },
    ]);
    const { calls } = renderApp({
      path: '/wachtwoord-herstellen/abc123',
      answers: { ...signedOut, ResetPassword: () => answer },
    });
    await screen.findByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen' });
    fill('Nieuw wachtwoord', 'een lange zin van mij');
    fill('Herhaal het nieuwe wachtwoord', 'iets anders');
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(await screen.findByText('De twee wachtwoorden zijn niet gelijk.')).toBeTruthy();

    fill('Herhaal het nieuwe wachtwoord', 'een lange zin van mij');
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(await screen.findByText(/komt te vaak voor/)).toBeTruthy();
    expect(calls.find((c) => c.operationName === 'ResetPassword')?.variables).toEqual({
      input: { token: 'abc123', password: 'een lange zin van mij' },
    });

    answer = apiError('TOKEN_EXPIRED');
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Deze link is verlopen.');
    expect(within(alert).getByRole('link', { name: 'Nieuwe link aanvragen' })).toBeTruthy();

    answer = { resetPassword: EMPLOYEE };
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(
      await screen.findByText(/Je nieuwe wachtwoord is opgeslagen, Eva Medewerker/),
    ).toBeTruthy();
  });

  it('accepts an invitation and signs in', async () => {
    renderApp({
      path: '/uitnodiging/tok',
      answers: { ...signedOut, AcceptInvitation: { acceptInvitation: EMPLOYEE } },
    });
    await screen.findByRole('heading', { level: 1, name: 'Account activeren' });
    fill('Nieuw wachtwoord', 'een lange zin van mij');
    fill('Herhaal het nieuwe wachtwoord', 'een lange zin van mij');
    fireEvent.click(screen.getByRole('button', { name: 'Account activeren' }));
    expect(await screen.findByText(/Welkom, Eva Medewerker/)).toBeTruthy();
  });
});

const importRun = (extra: Record<string, unknown>) => ({
  __typename: 'UserImport',
  id: 'imp-1',
  kind: 'USERS',
  dryRun: true,
  status: 'INVALID',
  processedRows: 2,
  totalRows: 2,
  createdAt: '2026-01-01T10:00:00.000Z',
  finishedAt: '2026-01-01T10:00:01.000Z',
  problems: [
    {
      __typename: 'ImportProblem',
      line: 3,
      column: 'unit',
      code: 'UNKNOWN_UNIT',
      message: 'Unknown unit "Nergens"',
    },
  ],
  summary: null,
  ...extra,
});

describe('admin: import and mailbox', () => {
  it('checks a file and reports problems by line', async () => {
    const { calls } = renderApp({
      path: '/beheer/import',
      answers: {
        Me: { me: ADMIN },
        StartUserImport: { startUserImport: importRun({}) },
        UserImport: { userImport: importRun({}) },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Importeren' });
    fireEvent.click(screen.getByRole('button', { name: 'Bestand controleren' }));
    expect(await screen.findByText('Kies een CSV-bestand.')).toBeTruthy();
    const file = new File(['email;name\na@b.nl;A\nc@d.nl;C'], 'users.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('CSV-bestand'), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Bestand controleren' }));
    const table = await screen.findByRole('table', { name: 'Problemen per regel' });
    expect(within(table).getByRole('rowheader').textContent).toBe('3');
    expect(table.textContent).toContain('Onbekende organisatie-eenheid.');
    const started = calls.find((c) => c.operationName === 'StartUserImport');
    expect(started?.variables).toEqual({
      input: { kind: 'USERS', csvBase64: btoa('email;name\na@b.nl;A\nc@d.nl;C'), dryRun: true },
    });
    expect(screen.queryByRole('button', { name: 'Importeren' })).toBeNull();
  });

  it('shows mail as text, never as HTML', async () => {
    const { container } = renderApp({
      path: '/beheer/mailbox',
      answers: {
        Me: { me: ADMIN },
        DevMailbox: {
          devMailbox: {
            __typename: 'DevMailConnection',
            edges: [
              {
                __typename: 'DevMailEdge',
                cursor: 'c1',
                node: {
                  __typename: 'DevMail',
                  id: 'm1',
                  to: 'nieuw@voorbeeld.nl',
                  subject: 'Welkom bij Inspraak',
                  text: 'Open <b>deze</b> link: http://x/uitnodiging/abc',
                  createdAt: '2026-01-01T10:00:00.000Z',
                },
              },
            ],
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
          },
        },
      },
    });
    expect(await screen.findByText('Welkom bij Inspraak')).toBeTruthy();
    expect(container.querySelector('pre')?.textContent).toContain('<b>deze</b>');
    expect(container.querySelector('pre b')).toBeNull();
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Mailbox (ontwikkeling)' })).toBeTruthy(),
    );
  });
});
