import { NotificationType } from './contract';

/** How mail footers and digests name each type (what one unsubscribes from). */
const TYPE_LABELS: Partial<Record<NotificationType, { nl: string; en: string }>> = {
  'input.status-changed': {
    nl: 'reacties en statuswijzigingen bij ideeën',
    en: 'responses and status changes of ideas',
  },
  'input.merged': { nl: 'samengevoegde ideeën', en: 'merged ideas' },
  'feedback.overdue': { nl: 'achterstallige reacties', en: 'overdue responses' },
  'pulse.invitation': { nl: 'uitnodigingen voor peilingen', en: 'pulse survey invitations' },
  'pulse.reminder': { nl: 'herinneringen voor peilingen', en: 'pulse survey reminders' },
  'pulse.action-published': {
    nl: 'wat er met de uitkomsten van peilingen gebeurt',
    en: 'what is done with the outcomes of pulse surveys',
  },
};

export const mailLocale = (locale: string | null | undefined): 'nl' | 'en' =>
  locale === 'en' ? 'en' : 'nl';

export function typeLabel(type: NotificationType, locale: string): string {
  const label = TYPE_LABELS[type];
  if (label) return label[mailLocale(locale)];
  return mailLocale(locale) === 'en' ? `notifications (${type})` : `meldingen (${type})`;
}

/** The day as shown in a digest subject, e.g. "12 maart 2026" / "12 March 2026". */
export function dayLabel(day: string, locale: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  return new Intl.DateTimeFormat(mailLocale(locale) === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}
