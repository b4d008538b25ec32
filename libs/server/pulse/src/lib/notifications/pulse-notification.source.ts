import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  AnonymousRecipient,
  NotificationSource,
  NotificationSourceRegistry,
  RecipientPage,
  RenderedNotification,
  StoredNotificationEvent,
} from '@inspraak/server-notifications';
import { VoterKeys } from '../anonymity/voter-keys';
import { AnswerRepository } from '../repositories/answer.repository';
import { PulseRoundState, RoundRepository } from '../repositories/round.repository';

/** The web path of answering a round. */
export const roundPath = (roundId: string) => `/puls/${roundId}`;
/** The web path of a round's results, at its actions ("Wat we ermee doen"). */
export const roundActionsPath = (roundId: string) => `/puls/resultaten/${roundId}#pulse-actions`;

const text = (v: unknown) => (typeof v === 'string' ? v : '');

const dateLabel = (iso: unknown, locale: string) => {
  const d = typeof iso === 'string' ? new Date(iso) : null;
  if (!d || Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(d);
};

/**
 * `pulse.invitation` (when a round opens: everyone it asks), `pulse.reminder` (once per round:
 * those asked who have neither a participation row nor a pending answer — checked with the
 * voter hash, never by looking at answers) and `pulse.action-published` (an owner published an
 * action on a closed round's outcome: everyone the round asked, who may all see its results —
 * whether they answered is not known and not asked). Recipients are worked out at fan-out time,
 * page by page in user-id order, so nothing about who answered is stored with the event or the
 * job. The texts carry the survey title, closing date and the action's public text only.
 */
@Injectable()
export class PulseNotificationSource implements NotificationSource, OnModuleInit {
  readonly types = ['pulse.invitation', 'pulse.reminder', 'pulse.action-published'] as const;

  constructor(
    private readonly registry: NotificationSourceRegistry,
    private readonly rounds: RoundRepository,
    private readonly answers: AnswerRepository,
    private readonly keys: VoterKeys,
  ) {}

  onModuleInit() {
    this.registry.register(this);
  }

  async recipients(
    event: StoredNotificationEvent,
    after: string | null,
    limit: number,
  ): Promise<RecipientPage> {
    const roundId = event.subjectId;
    const round = await this.rounds.get(roundId);
    // Invitations and reminders while the round is open; actions once it closed.
    const state =
      event.type === 'pulse.action-published' ? PulseRoundState.CLOSED : PulseRoundState.OPEN;
    if (!round || round.state !== (state as string)) {
      return { userIds: [], next: null };
    }
    const page =
      event.type === 'pulse.reminder'
        ? await this.answers.notParticipated(roundId, after, limit + 1)
        : await this.answers.members(roundId, after, limit + 1);
    const more = page.length > limit;
    const users = page.slice(0, limit);
    const next = more ? users[users.length - 1] : null;
    if (event.type !== 'pulse.reminder') return { userIds: users, next };
    const hashes = this.keys.resolve(roundId, users);
    const pending = await this.answers.pendingVoters(roundId, [...hashes.keys()]);
    return { userIds: users.filter((u) => !pending.has(this.keys.voterHash(roundId, u))), next };
  }

  anonymousRecipient(): Promise<AnonymousRecipient | null> {
    return Promise.resolve(null);
  }

  resolveAnonymous(): Promise<string | null> {
    return Promise.resolve(null);
  }

  anonymousContentOf(): Promise<AnonymousRecipient[]> {
    return Promise.resolve([]);
  }

  render(event: StoredNotificationEvent, locale: string): RenderedNotification {
    const title = text(event.data['surveyTitle']);
    if (event.type === 'pulse.action-published') {
      const action = text(event.data['actionTitle']);
      return {
        title:
          locale === 'en'
            ? `What we do with the pulse survey ‘${title}’: ${action}`
            : `Wat we doen met de pulsmeting ‘${title}’: ${action}`,
        body: text(event.data['description']) || null,
        path: roundActionsPath(event.subjectId),
      };
    }
    const until = dateLabel(event.data['closesAt'], locale);
    const path = roundPath(event.subjectId);
    const reminder = event.type === 'pulse.reminder';
    if (locale === 'en') {
      return {
        title: reminder
          ? `Reminder: the pulse survey ‘${title}’ closes ${until}`
          : `New pulse survey: ‘${title}’`,
        body:
          'A few short questions. Your answers are anonymous: nobody, administrators included, ' +
          `can see what you answered. Open until ${until}.`,
        path,
      };
    }
    return {
      title: reminder
        ? `Herinnering: de pulsmeting ‘${title}’ sluit ${until}`
        : `Nieuwe pulsmeting: ‘${title}’`,
      body:
        'Een paar korte vragen. Je antwoorden zijn anoniem: niemand, ook een beheerder niet, ' +
        `kan zien wat jij hebt geantwoord. Invullen kan tot ${until}.`,
      path,
    };
  }
}
