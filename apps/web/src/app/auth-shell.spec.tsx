import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ADMIN, apiError, EMPLOYEE, renderApp } from '../test/render-app';

const signedOut = { Me: { me: null } };

describe('auth-aware shell', () => {
  it('sends a signed-out visitor to sign-in and back to the page they wanted', async () => {
    const { calls } = renderApp({
      path: '/profiel',
      answers: {
        ...signedOut,
        SignIn: (variables) => ({
          signIn: { ...EMPLOYEE, email: (variables['input'] as { email: string }).email },
        }),
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeTruthy();
    // No navigation, user menu or bell while signed out.
    expect(screen.queryByRole('navigation', { name: 'Hoofdmenu' })).toBeNull();
    expect(screen.queryByRole('button', { name: /gebruikersmenu/ })).toBeNull();

    fireEvent.change(screen.getByLabelText('E-mailadres'), {
      target: { value: ' employee@voorbeeld.nl ' },
    });
    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: 'geheim' } });
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn profiel' })).toBeTruthy();
    expect(calls.find((c) => c.operationName === 'SignIn')?.variables).toEqual({
      input: { email: 'employee@voorbeeld.nl', password: 'geheim' },
    });
    expect(await screen.findByText('Welkom, Eva Medewerker. Je bent ingelogd.')).toBeTruthy();
  });

  it('validates the sign-in form before calling the API', async () => {
    const { calls } = renderApp({ path: '/inloggen', answers: signedOut });
    await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
    fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: 'geen-adres' } });
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    });
    const email = screen.getByLabelText('E-mailadres');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = email.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toContain(
      'Vul een geldig e-mailadres in',
    );
    expect(screen.getByLabelText('Wachtwoord').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(email);
    expect(calls.some((c) => c.operationName === 'SignIn')).toBe(false);
  });

  it.each([
    ['UNAUTHENTICATED', 'Het e-mailadres of wachtwoord klopt niet.'],
    ['RATE_LIMITED', 'Je account is tijdelijk geblokkeerd.'],
  ])('explains a %s answer', async (code, message) => {
    renderApp({ path: '/inloggen', answers: { ...signedOut, SignIn: apiError(code) } });
    await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
    fireEvent.change(screen.getByLabelText('E-mailadres'), {
      target: { value: 'a@voorbeeld.nl' },
    });
    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: 'fout' } });
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    });
    expect((await screen.findByRole('alert')).textContent).toContain(message);
  });

  it('shows the demo accounts only in embedded mode', async () => {
    renderApp({ path: '/inloggen', answers: signedOut });
    expect(await screen.findByRole('heading', { name: 'Demo-accounts' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Invullen (account Beheerder)' }));
    expect(screen.getByLabelText<HTMLInputElement>('E-mailadres').value).toBe('admin@voorbeeld.nl');

    renderApp({
      path: '/inloggen',
      answers: {
        ...signedOut,
        RuntimeMode: {
          platformStatus: { __typename: 'PlatformStatus', runtimeMode: 'SERVICES' },
          signInOptions: {
            __typename: 'SignInOptions',
            singleSignOn: {
              __typename: 'SingleSignOnOption',
              displayName: 'Gemeente Voorbeeld',
              startUrl: '/auth/oidc/start',
            },
          },
        },
      },
    });
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(2));
    expect(screen.getAllByRole('heading', { name: 'Demo-accounts' })).toHaveLength(1);
    // Single sign-on shows only when the API has it configured.
    expect(
      screen.getByRole('link', { name: 'Inloggen met Gemeente Voorbeeld' }).getAttribute('href'),
    ).toBe('/auth/oidc/start?returnTo=%2F');
  });

  it('shows an employee Home, Trajecten, the board, the bell and the user menu', async () => {
    renderApp();
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Home', 'Trajecten', 'Uitdagingen', 'Pulsmetingen', 'Jij zei, wij deden']);
    // Few links: the bar keeps its normal spacing and the user's full name.
    expect(document.getElementById('main-navigation')!.classList).not.toContain(
      'ins-site-nav--crowded',
    );
    const bell = screen.getByRole('button', { name: 'Meldingen' });
    expect(bell.getAttribute('aria-expanded')).toBe('false');

    const menu = screen.getByRole('button', { name: 'Eva Medewerker (gebruikersmenu)' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('link', { name: 'Mijn profiel' }).getAttribute('href')).toBe(
      '/profiel',
    );
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menu);
  });

  it('shows an administrator the admin entry', async () => {
    renderApp({ answers: { Me: { me: ADMIN } } });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await waitFor(() =>
      expect(
        within(nav)
          .getAllByRole('link')
          .map((a) => a.textContent),
      ).toEqual([
        'Home',
        'Trajecten',
        'Uitdagingen',
        'Pulsmetingen',
        'Jij zei, wij deden',
        'Terugkoppeling',
        'Moderatie',
        'Beheer',
      ]),
    );
    // More than six links: tighter links and, on mid-size screens, only the initials in the
    // user menu button (CSS); the button's accessible name keeps the full name.
    expect(document.getElementById('main-navigation')!.classList).toContain(
      'ins-site-nav--crowded',
    );
    expect(screen.getByRole('button', { name: 'Ahmed Beheerder (gebruikersmenu)' })).toBeTruthy();
  });

  it('answers admin pages with "not found" for an employee', async () => {
    renderApp({ path: '/beheer/gebruikers' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' }),
    ).toBeTruthy();
  });

  it('signs out and forgets the user', async () => {
    let signedIn = true;
    renderApp({
      answers: {
        Me: () => ({ me: signedIn ? EMPLOYEE : null }),
        SignOut: () => {
          signedIn = false;
          return { signOut: true };
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: /gebruikersmenu/ }));
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Uitloggen' }));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeTruthy();
    expect(await screen.findByText('Je bent uitgelogd.')).toBeTruthy();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /gebruikersmenu/ })).toBeNull(),
    );
    // Public data comes back: the header still names the organisation.
    expect(within(screen.getByRole('banner')).getByText('Gemeente Voorbeeld')).toBeTruthy();
  });

  it('lets an employee save their own name and language', async () => {
    const { calls } = renderApp({
      path: '/profiel',
      answers: {
        UpdateMyProfile: (variables: Record<string, unknown>) => {
          const input = variables['input'] as { name: string; locale: string };
          return { updateMyProfile: { ...EMPLOYEE, name: input.name, locale: input.locale } };
        },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Mijn profiel' });
    const name = screen.getByLabelText<HTMLInputElement>('Naam');
    expect(name.readOnly).toBe(false);
    fireEvent.change(name, { target: { value: 'Eva de Vries' } });
    fireEvent.click(screen.getByLabelText('English'));
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'My profile' })).toBeTruthy();
    const call = calls.find((c) => c.operationName === 'UpdateMyProfile');
    expect(call?.variables).toEqual({ input: { name: 'Eva de Vries', locale: 'EN' } });
    expect(calls.some((c) => c.operationName === 'UpdateUser')).toBe(false);
    expect(window.localStorage.getItem('inspraak.language')).toBe('en');
  });
});
