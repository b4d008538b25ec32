import { EntityManager } from 'typeorm';

/**
 * The contract between notification producers (the feedback loop now; consultations, roasts,
 * pulse surveys later) and the notification system. Producers `emit` an event inside the
 * transaction that causes it and `dispatch` it after commit (the MailOutbox pattern); the
 * worker fans it out to the recipients a registered `NotificationSource` names.
 */
export type NotificationType =
  /** An input's feedback status or public response changed (history entry). */
  | 'input.status-changed'
  /** An input was merged into another (its author hears where it went). */
  | 'input.merged'
  /** Moderators / trajectory team: inputs whose response is overdue (scheduled reminder). */
  | 'feedback.overdue'
  /** A pulse round opened: everyone it asks (pulse library). */
  | 'pulse.invitation'
  /** Once per pulse round: those asked who have not answered (participation and voter hash only). */
  | 'pulse.reminder'
  /** An action was published on a closed pulse round's outcome: everyone the round asked. */
  | 'pulse.action-published';

export const NOTIFICATION_TYPES: readonly NotificationType[] = [
  'input.status-changed',
  'input.merged',
  'feedback.overdue',
  'pulse.invitation',
  'pulse.reminder',
  'pulse.action-published',
];

export interface NotificationEventInput {
  type: NotificationType;
  /** Idempotency key: emitting the same key twice stores one event (e.g. `feedback:<historyId>`). */
  key: string;
  /** What the event is about (e.g. 'input' + its id); sources use it to find recipients. */
  subjectKind: string;
  subjectId: string;
  trajectoryId: string | null;
  /**
   * Non-personal data the renderer needs (ids, status, public texts, titles). Never the user id
   * of an anonymous author, never survey answers.
   */
  data: Record<string, unknown>;
  /** Who caused it; never notified about their own action. Null for system events. */
  actorId: string | null;
}

export interface StoredNotificationEvent extends NotificationEventInput {
  id: string;
  createdAt: Date;
}

/** One page of named recipients, ordered by user id; `next` is the cursor for the next page. */
export interface RecipientPage {
  userIds: string[];
  next: string | null;
}

/** An anonymous author is never stored with a notification: only the hash the input already holds. */
export interface AnonymousRecipient {
  /** The anonymous input (or comment) id the hash is keyed on. */
  contentId: string;
  authorHash: string;
}

export interface RenderedNotification {
  /** One line, e.g. "Je idee ‘Fietsstraat’ is niet overgenomen". */
  title: string;
  /** Optional longer text (the public response). */
  body: string | null;
  /** Web path to open, e.g. `/ideeen/<id>`. */
  path: string;
}

/** Who a text is rendered for: sources may address the subject's author personally. */
export interface NotificationReader {
  /** The named recipient (null: an anonymous author before resolution). */
  userId: string | null;
  /** Reached as the anonymous author of the subject (by its hash). */
  anonymousAuthor: boolean;
}

/**
 * Implemented by the domain that owns the subject (inputs/feedback for `input.*`), registered
 * with `NotificationSourceRegistry.register` on module init.
 */
export interface NotificationSource {
  readonly types: readonly NotificationType[];
  /**
   * Named recipients of an event: each user once even if they are in several groups (author,
   * supporters, commenters, followers), excluding the actor, paged by user id (`after`
   * exclusive). Only users who can still see the subject.
   */
  recipients(
    event: StoredNotificationEvent,
    after: string | null,
    limit: number,
  ): Promise<RecipientPage>;
  /** The anonymous author to notify, if the subject has one (resolved to a person only at send time). */
  anonymousRecipient(event: StoredNotificationEvent): Promise<AnonymousRecipient | null>;
  /**
   * Resolves an anonymous recipient to a user id at send time, by recomputing the keyed hash
   * over the users (the result is used for one delivery and never stored or logged).
   */
  resolveAnonymous(recipient: AnonymousRecipient): Promise<string | null>;
  /**
   * The anonymous content `userId` wrote (content id + stored hash), for the in-app notification
   * centre: notifications stored with only a hash are shown to whoever the hash belongs to.
   */
  anonymousContentOf(userId: string): Promise<AnonymousRecipient[]>;
  /**
   * Text in the recipient's language (`nl` or `en`), rendered at read / send time; `reader` lets
   * a source address the subject's author ("Je idee …"), never reveals anything to others.
   */
  render(
    event: StoredNotificationEvent,
    locale: string,
    reader?: NotificationReader,
  ): RenderedNotification;
}

/** Producers' entry point. */
export abstract class NotificationEvents {
  /** Stores the event (idempotent by `key`) in the caller's transaction; returns its id. */
  abstract emit(manager: EntityManager, event: NotificationEventInput): Promise<string>;
  /** After commit: enqueues the fan-out (bulk). A lost dispatch is repaired by a sweep job. */
  abstract dispatch(eventIds: string[]): Promise<void>;
}
