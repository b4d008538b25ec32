import { Injectable } from '@nestjs/common';

/** What a deferred mail resolves to at send time (used for one delivery, never stored). */
export interface ResolvedMail {
  to: string;
  locale: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string> | null;
}

/**
 * Renders a deferred outbox mail when it is sent. Returns null when there is nobody (left) to
 * send it to; the outbox row is then marked `skipped`.
 */
export type DeferredMailResolver = (ref: string) => Promise<ResolvedMail | null>;

/** The resolvers of deferred mail, registered by the modules that store such mail (worker side). */
@Injectable()
export class DeferredMailRegistry {
  private readonly resolvers = new Map<string, DeferredMailResolver>();

  register(name: string, resolver: DeferredMailResolver): void {
    if (this.resolvers.has(name)) throw new Error(`mail: resolver "${name}" registered twice`);
    this.resolvers.set(name, resolver);
  }

  /** Throws for an unknown resolver (the delivery fails and is retried, not silently dropped). */
  async resolve(name: string, ref: string): Promise<ResolvedMail | null> {
    const resolver = this.resolvers.get(name);
    if (!resolver) throw new Error(`mail: no resolver "${name}" registered`);
    return resolver(ref);
  }
}
