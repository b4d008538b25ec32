import { describe, expect, it } from 'vitest';

// The design system stays reusable: no data layer, routing or app features inside.
const sources = import.meta.glob<string>(['./**/*.ts', './**/*.tsx', '!./**/*.spec.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const FORBIDDEN =
  /from ['"](@apollo\/|react-router|i18next|react-i18next|.*apps\/web|.*features\/)/;

describe('web-ui boundaries', () => {
  it('imports no Apollo, router, i18n or app code', () => {
    const offenders = Object.entries(sources)
      .filter(([, source]) => FORBIDDEN.test(source))
      .map(([file]) => file);
    expect(Object.keys(sources).length).toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });
});
