import { Locale } from '@inspraak/contracts';
import { composeMail, RenderedMail } from '@inspraak/server-mail';

/** The mails of this folder in Dutch (default) and English; the recipient's locale decides. */
const lang = (locale: string): Locale => (locale === (Locale.EN as string) ? Locale.EN : Locale.NL);

export function invitationMail(p: {
  locale: string;
  name: string;
  inviterName: string;
  organisation: string;
  url: string;
  validDays: number;
}): RenderedMail {
  const locale = lang(p.locale);
  if (locale === Locale.EN) {
    return composeMail({
      locale,
      subject: `Your invitation to Inspraak at ${p.organisation}`,
      greeting: `Dear ${p.name},`,
      paragraphs: [
        `${p.inviterName} invites you to Inspraak, where the employees of ${p.organisation} help decide how new technology changes their work.`,
        'Choose a password to activate your account.',
      ],
      action: { label: 'Activate your account', url: p.url },
      notes: [
        `This link is valid for ${p.validDays} days and works once.`,
        'Not expecting this invitation? Then you can ignore this e-mail.',
      ],
      signature: `Kind regards, Inspraak – ${p.organisation}`,
    });
  }
  return composeMail({
    locale,
    subject: `Uitnodiging voor Inspraak van ${p.organisation}`,
    greeting: `Beste ${p.name},`,
    paragraphs: [
      `${p.inviterName} nodigt je uit voor Inspraak, waar medewerkers van ${p.organisation} meebeslissen over nieuwe technologie in hun werk.`,
      'Kies een wachtwoord om je account te activeren.',
    ],
    action: { label: 'Account activeren', url: p.url },
    notes: [
      `Deze link is ${p.validDays} dagen geldig en werkt één keer.`,
      'Verwachtte je deze uitnodiging niet? Dan kun je deze e-mail negeren.',
    ],
    signature: `Met vriendelijke groet, Inspraak – ${p.organisation}`,
  });
}

export function passwordResetMail(p: {
  locale: string;
  name: string;
  organisation: string;
  url: string;
  validMinutes: number;
}): RenderedMail {
  const locale = lang(p.locale);
  if (locale === Locale.EN) {
    return composeMail({
      locale,
      subject: 'Reset your Inspraak password',
      greeting: `Dear ${p.name},`,
      paragraphs: ['Someone (probably you) asked for a new password for your Inspraak account.'],
      action: { label: 'Choose a new password', url: p.url },
      notes: [
        `This link is valid for ${p.validMinutes} minutes and works once. Setting a new password signs you out everywhere else.`,
        'Did not ask for this? Then ignore this e-mail; your password stays the same.',
      ],
      signature: `Kind regards, Inspraak – ${p.organisation}`,
    });
  }
  return composeMail({
    locale,
    subject: 'Nieuw wachtwoord voor Inspraak',
    greeting: `Beste ${p.name},`,
    paragraphs: [
      'Iemand (waarschijnlijk jij) vroeg om een nieuw wachtwoord voor je Inspraak-account.',
    ],
    action: { label: 'Nieuw wachtwoord kiezen', url: p.url },
    notes: [
      `Deze link is ${p.validMinutes} minuten geldig en werkt één keer. Met een nieuw wachtwoord word je overal elders uitgelogd.`,
      'Heb je dit niet zelf gevraagd? Dan kun je deze e-mail negeren; je wachtwoord blijft hetzelfde.',
    ],
    signature: `Met vriendelijke groet, Inspraak – ${p.organisation}`,
  });
}

/** A link under PUBLIC_URL, whatever path PUBLIC_URL itself has. */
export function publicLink(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/${path}`;
}
