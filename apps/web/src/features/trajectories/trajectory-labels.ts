import type { TFunction } from 'i18next';
import type { SimPhase } from '../../gql/graphql';
import type { Language } from '../../i18n/i18n';

export const SIM_PHASE_ORDER: readonly SimPhase[] = [
  'PREPARE',
  'GENERATE',
  'SELECT',
  'TEST',
  'IMPLEMENT_AND_EVALUATE',
];

export type Scale = '-2' | '-1' | '0' | '1' | '2';
export const SCALE: readonly Scale[] = ['-2', '-1', '0', '1', '2'];

export function phaseNumber(phase: SimPhase): number {
  return SIM_PHASE_ORDER.indexOf(phase) + 1;
}

/** "Fase 2: Genereren". */
export function phaseLabel(t: TFunction, phase: SimPhase): string {
  return t('trajectories.phaseLabel', {
    number: phaseNumber(phase),
    name: t(`trajectories.phases.${phase}`),
  });
}

export function phaseOptions(t: TFunction) {
  return SIM_PHASE_ORDER.map((phase) => ({ value: phase, label: phaseLabel(t, phase) }));
}

/** A calendar date (YYYY-MM-DD or a timestamp) in the reader's language. */
export function formatDay(value: string | null | undefined, language: Language): string {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}

export function formatEuro(amount: number, language: Language): string {
  return new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(amount);
}

export function toScale(value: number): Scale {
  const clamped = Math.max(-2, Math.min(2, Math.round(value)));
  return String(clamped) as Scale;
}
