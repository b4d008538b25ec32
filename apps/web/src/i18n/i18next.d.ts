import 'i18next';
import type pulseAnswer from '../features/pulse-answer/i18n/nl.json';
import type pulse from '../features/pulse/i18n/nl.json';
import type nl from './nl.json';

// Dutch is the reference language: keys are type-checked against nl.json and, for the lazily
// loaded feature namespaces (namespaces.ts), against each feature's i18n/nl.json.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof nl;
      pulse: typeof pulse;
      'pulse-answer': typeof pulseAnswer;
    };
  }
}
