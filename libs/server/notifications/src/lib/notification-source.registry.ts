import { Injectable } from '@nestjs/common';
import { NOTIFICATION_TYPES, NotificationSource, NotificationType } from './contract';

/**
 * The sources that know the recipients and texts of each notification type. The domain that owns
 * a subject registers its source from `onModuleInit` (one source per type).
 */
@Injectable()
export class NotificationSourceRegistry {
  private readonly sources = new Map<NotificationType, NotificationSource>();
  private readonly overrides = new Map<NotificationType, NotificationSource>();

  register(source: NotificationSource): void {
    for (const type of source.types) {
      if (!NOTIFICATION_TYPES.includes(type)) {
        throw new Error(`notifications: unknown notification type "${type}"`);
      }
      if (this.sources.has(type)) {
        throw new Error(`notifications: type "${type}" has two sources`);
      }
    }
    for (const type of source.types) this.sources.set(type, source);
  }

  /**
   * Tests and tools: `source` answers for its types ahead of the registered sources, whatever
   * the order of registration. Returns a function that removes the override.
   */
  override(source: NotificationSource): () => void {
    for (const type of source.types) this.overrides.set(type, source);
    return () => {
      for (const type of source.types) {
        if (this.overrides.get(type) === source) this.overrides.delete(type);
      }
    };
  }

  /** The source of `type`; throws if none is registered (a wiring error, not user input). */
  forType(type: NotificationType): NotificationSource {
    const source = this.overrides.get(type) ?? this.sources.get(type);
    if (!source) throw new Error(`notifications: no source registered for "${type}"`);
    return source;
  }

  has(type: NotificationType): boolean {
    return this.overrides.has(type) || this.sources.has(type);
  }

  /** Every distinct source in effect (for the notification centre's anonymous lookup). */
  all(): NotificationSource[] {
    const types = new Set([...this.sources.keys(), ...this.overrides.keys()]);
    return [...new Set([...types].map((t) => this.forType(t)))];
  }
}
