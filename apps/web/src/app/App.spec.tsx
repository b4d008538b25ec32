import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app';

describe('web shell', () => {
  it('renders the header with the organisation name, navigation, skip link and footer', async () => {
    renderApp();
    const banner = screen.getByRole('banner');
    expect(await within(banner).findByText('Gemeente Voorbeeld')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBe(
      'page',
    );
    // The skip link is the first focusable element in the document.
    const firstLink = document.querySelector('a, button');
    expect(firstLink?.textContent).toBe('Naar de hoofdinhoud');
    const footer = screen.getByRole('contentinfo');
    expect(
      within(footer).getByRole('link', { name: 'Privacyverklaring' }).getAttribute('href'),
    ).toBe('/privacy');
    expect(
      within(footer).getByRole('link', { name: 'Toegankelijkheid' }).getAttribute('href'),
    ).toBe('/toegankelijkheid');
  });

  it('shows the five SIM phases on the home page', async () => {
    renderApp();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom bij Gemeente Voorbeeld' }),
    ).toBeTruthy();
    const names = (await screen.findAllByRole('heading', { level: 3 })).map((h) => h.textContent);
    expect(names).toEqual([
      'Voorbereiden',
      'Genereren',
      'Selecteren',
      'Testen',
      'Implementeren en evalueren',
    ]);
    expect(screen.getByText('5 fasen')).toBeTruthy();
  });

  it('switches to English, sets <html lang> and remembers the choice', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Welkom bij Gemeente Voorbeeld' });
    const english = screen.getByRole('button', { name: 'EN English' });
    expect(english.getAttribute('aria-pressed')).toBe('false');

    act(() => {
      fireEvent.click(english);
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to Gemeente Voorbeeld' }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Implement and evaluate' })).toBeTruthy();
    expect(screen.getByText('5 phases')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('inspraak.language')).toBe('en');
    expect(screen.getByRole('button', { name: 'EN English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('shows a 404 page for an unknown address', async () => {
    renderApp({ path: '/bestaat-niet' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar de homepage' }).getAttribute('href')).toBe('/');
  });

  it('shows a friendly error when the phases cannot be loaded', async () => {
    renderApp({ answers: { SimPhases: new Error('network down') } });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Deze gegevens konden niet worden geladen',
    );
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeTruthy();
  });

  it('shows an empty state when no phases are set up', async () => {
    renderApp({ answers: { SimPhases: { simPhases: [] } } });
    expect(await screen.findByText('Er zijn nog geen fasen ingesteld.')).toBeTruthy();
  });

  it('formats the status page with the locale', async () => {
    renderApp({ path: '/status' });
    expect(await screen.findByText('1.2.3')).toBeTruthy();
    expect(screen.getByText('Ingebouwd (één proces)')).toBeTruthy();
    expect(screen.getByText(/^14 maart 2025 om 09:30/)).toBeTruthy();
  });

  it('shows the status page in English', async () => {
    renderApp({ path: '/status', language: 'en' });
    expect(await screen.findByText('Embedded (single process)')).toBeTruthy();
    expect(screen.getByText(/^14 March 2025 at 09:30/)).toBeTruthy();
  });

  it('renders the privacy and accessibility pages in both languages', async () => {
    renderApp({ path: '/privacy' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Privacyverklaring' }),
    ).toBeTruthy();
    renderApp({ path: '/toegankelijkheid', language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Accessibility' })).toBeTruthy();
  });

  it('opens and closes the mobile menu', async () => {
    renderApp();
    const button = await screen.findByRole('button', { name: 'Menu' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(screen.getByRole('button', { name: 'Sluiten' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
  });
});
