export enum Locale {
  NL = 'nl',
  EN = 'en',
}

export const DEFAULT_LOCALE = Locale.NL;
