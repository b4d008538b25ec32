import 'i18next';
import type nl from './nl.json';

// Dutch is the reference language: keys are type-checked against nl.json.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}
