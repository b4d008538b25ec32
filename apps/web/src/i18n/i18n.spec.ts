import { describe, expect, it } from 'vitest';
import en from './en.json';
import { createI18n, currentLanguage, initI18n } from './i18n';
import nl from './nl.json';
import pulseEn from '../features/pulse/i18n/en.json';
import pulseNl from '../features/pulse/i18n/nl.json';

describe('i18n loading', () => {
  it('has Dutch ready at once and does not load English until asked', () => {
    const i18n = createI18n('nl');
    expect(i18n.isInitialized).toBe(true);
    expect(i18n.t('language.label')).toBe(nl.language.label);
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
  });

  it('loads the stored English texts before the app renders', async () => {
    window.localStorage.setItem('inspraak.language', 'en');
    const i18n = await initI18n();
    expect(currentLanguage(i18n)).toBe('en');
    expect(i18n.t('language.label')).toBe(en.language.label);
    expect(document.documentElement.lang).toBe('en');
  });

  it('keeps showing Dutch while English loads, then switches and remembers it', async () => {
    const i18n = createI18n('nl');
    const switching = i18n.changeLanguage('en');
    expect(currentLanguage(i18n)).toBe('nl');
    expect(i18n.t('language.label')).toBe(nl.language.label);
    await switching;
    expect(currentLanguage(i18n)).toBe('en');
    expect(i18n.t('language.label')).toBe(en.language.label);
    expect(window.localStorage.getItem('inspraak.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('uses languages the caller bundles without loading them (test path)', () => {
    const i18n = createI18n('en', { en });
    expect(currentLanguage(i18n)).toBe('en');
    expect(i18n.t('language.label')).toBe(en.language.label);
  });

  it('fetches a feature namespace on first use and with every later language change', async () => {
    const i18n = createI18n('nl');
    expect(i18n.hasResourceBundle('nl', 'pulse')).toBe(false);
    await i18n.loadNamespaces('pulse');
    expect(i18n.t('title', { ns: 'pulse' })).toBe(pulseNl.title);
    expect(i18n.hasResourceBundle('en', 'pulse')).toBe(false);
    await i18n.changeLanguage('en');
    expect(i18n.hasResourceBundle('en', 'pulse')).toBe(true);
    expect(i18n.t('title', { ns: 'pulse' })).toBe(pulseEn.title);
    expect(i18n.t('language.label')).toBe(en.language.label);
  });
});
