import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import pulseEn from '../features/pulse-answer/i18n/en.json';
import pulseNl from '../features/pulse-answer/i18n/nl.json';
import en from '../i18n/en.json';
import nl from '../i18n/nl.json';
import { renderApp } from '../test/render-app';

const ORDER = [
  'wat-we-bewaren',
  'bijdragen',
  'anoniem',
  'pulsmetingen',
  'meldingen',
  'wie-ziet-wat',
  'geen-volgsysteem',
  'bewaartermijnen',
  'je-rechten',
] as const;

const LANGUAGES = [
  { language: 'nl', texts: nl, pulse: pulseNl },
  { language: 'en', texts: en, pulse: pulseEn },
] as const;

function sectionTitle(texts: typeof nl, id: (typeof ORDER)[number], pulse: typeof pulseNl) {
  return id === 'pulsmetingen' ? pulse.privacy.title : texts.privacy.sections[id].title;
}

describe('the privacy page', () => {
  it.each(LANGUAGES)(
    'has the h1, a contents list and one h2 per section, in order ($language)',
    async ({ language, texts, pulse }) => {
      renderApp({ path: '/privacy', language });
      expect(
        await screen.findByRole('heading', { level: 1, name: texts.privacy.title }),
      ).toBeTruthy();
      // The pulse section appears once its lazily loaded texts are there.
      await screen.findByRole('region', { name: pulse.privacy.title });

      const main = screen.getByRole('main');
      const headings = within(main)
        .getAllByRole('heading', { level: 2 })
        .map((heading) => heading.textContent);
      expect(headings).toEqual([
        texts.privacy.contents.title,
        ...ORDER.map((id) => sectionTitle(texts, id, pulse)),
      ]);

      // Every section is a region named by its heading, with its anchor as id.
      for (const id of ORDER) {
        const region = screen.getByRole('region', { name: sectionTitle(texts, id, pulse) });
        expect(region.id).toBe(id);
      }

      // The contents link to every section's anchor.
      const contents = screen.getByRole('navigation', { name: texts.privacy.contents.title });
      expect(
        within(contents)
          .getAllByRole('link')
          .map((link) => link.getAttribute('href')),
      ).toEqual(ORDER.map((id) => `#${id}`));
    },
  );

  it('says that anonymous input can not be traced back, administrators included', async () => {
    renderApp({ path: '/privacy' });
    const section = await screen.findByRole('region', {
      name: nl.privacy.sections.anoniem.title,
    });
    expect(section.textContent).toContain(
      "Niemand kan zien dat een anonieme bijdrage van jou is: collega's niet, de jury niet, en ook moderatoren, managers en beheerders niet.",
    );
    expect(section.textContent).toContain('geen naam, account of e-mailadres');
  });

  it('says there is no per-employee monitoring and how to get a copy or erasure', async () => {
    renderApp({ path: '/privacy', language: 'en' });
    const monitoring = await screen.findByRole('region', {
      name: en.privacy.sections['geen-volgsysteem'].title,
    });
    expect(monitoring.textContent).toContain('Nobody has an overview per employee');
    expect(monitoring.textContent).toContain('Never per person.');
    const rights = screen.getByRole('region', { name: en.privacy.sections['je-rechten'].title });
    // A copy is self-service on the profile page; erasure goes through the administrator.
    expect(rights.textContent).toContain('download it yourself on your profile page');
    expect(
      within(rights).getByRole('link', { name: 'Go to your profile page' }).getAttribute('href'),
    ).toBe('/profiel');
    expect(rights.textContent).toContain('ask the Inspraak administrator to erase your data');
    expect(rights.textContent).toContain('Your support keeps counting');
    expect(rights.textContent).toContain('the audit log keeps its entries');
    expect(rights.textContent).toContain('Your pulse answers were never linked to you');
    expect(rights.textContent).toContain('data protection officer');
    expect(rights.textContent).not.toContain('does not yet have a button');
  });

  it('keeps the pulse section with its guarantees', async () => {
    renderApp({ path: '/privacy' });
    const section = await screen.findByRole('region', { name: pulseNl.privacy.title });
    expect(section.id).toBe('pulsmetingen');
    expect(within(section).getAllByRole('listitem')).toHaveLength(6);
    expect(section.textContent).toContain(pulseNl.privacy.items.nobody.title);
  });

  it('puts focus on the heading of the section its address points at', async () => {
    renderApp({ path: '/privacy#bewaartermijnen' });
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: nl.privacy.sections.bewaartermijnen.title,
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });
});
