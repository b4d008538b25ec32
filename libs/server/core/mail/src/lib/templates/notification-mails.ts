import { composeMail, RenderedMail } from './compose';

const en = (locale: string) => locale === 'en';

export interface NotificationMailParts {
  locale: string;
  name: string;
  /** The notification's one-line title (already in the recipient's language). */
  title: string;
  body: string | null;
  url: string;
  /** Names the type in the footer, e.g. "status changes of inputs". */
  typeLabel: string;
  unsubscribeUrl: string;
}

/** One notification by mail (Dutch default, English), with the per-type unsubscribe link. */
export function notificationMail(p: NotificationMailParts): RenderedMail {
  const isEn = en(p.locale);
  return composeMail({
    locale: isEn ? 'en' : 'nl',
    subject: p.title,
    greeting: isEn ? `Dear ${p.name},` : `Beste ${p.name},`,
    // The HTML heading and the subject carry the title already.
    paragraphs: p.body ? [p.body] : [p.title],
    action: { label: isEn ? 'View in Inspraak' : 'Bekijk in Inspraak', url: p.url },
    signature: isEn ? 'Kind regards, Inspraak' : 'Met vriendelijke groet, Inspraak',
    footer: {
      text: isEn
        ? `You receive this e-mail because you get e-mail about ${p.typeLabel}.`
        : `Je krijgt deze e-mail omdat je e-mail ontvangt over ${p.typeLabel}.`,
      links: [
        {
          label: isEn ? 'Unsubscribe from these e-mails' : 'Afmelden voor deze e-mails',
          url: p.unsubscribeUrl,
        },
      ],
    },
  });
}

export interface DigestMailParts {
  locale: string;
  name: string;
  /** The day the digest covers, as shown (e.g. "12 maart 2026"). */
  dayLabel: string;
  items: { title: string; url: string }[];
  centreUrl: string;
  settingsUrl: string;
  /** One unsubscribe link per type the digest lists. */
  unsubscribe: { typeLabel: string; url: string }[];
}

/** The daily digest: one mail listing the day's notifications. */
export function digestMail(p: DigestMailParts): RenderedMail {
  const isEn = en(p.locale);
  const n = p.items.length;
  return composeMail({
    locale: isEn ? 'en' : 'nl',
    subject: isEn
      ? `Inspraak: ${n} ${n === 1 ? 'notification' : 'notifications'} (${p.dayLabel})`
      : `Inspraak: ${n} ${n === 1 ? 'melding' : 'meldingen'} (${p.dayLabel})`,
    greeting: isEn ? `Dear ${p.name},` : `Beste ${p.name},`,
    paragraphs: [
      isEn
        ? 'This is what happened since your last summary:'
        : 'Dit is er gebeurd sinds je vorige samenvatting:',
    ],
    links: p.items.map((i) => ({ label: i.title, url: i.url })),
    action: { label: isEn ? 'All notifications' : 'Alle meldingen', url: p.centreUrl },
    signature: isEn ? 'Kind regards, Inspraak' : 'Met vriendelijke groet, Inspraak',
    footer: {
      text: isEn
        ? 'You receive this daily summary because of your notification settings.'
        : 'Je krijgt deze dagelijkse samenvatting door je instellingen voor meldingen.',
      links: [
        { label: isEn ? 'Change your settings' : 'Instellingen wijzigen', url: p.settingsUrl },
        ...p.unsubscribe.map((u) => ({
          label: isEn ? `Unsubscribe: ${u.typeLabel}` : `Afmelden: ${u.typeLabel}`,
          url: u.url,
        })),
      ],
    },
  });
}
