import { Injectable } from '@nestjs/common';
import type { Principal } from '@inspraak/server-auth';

/** May this viewer (null: signed out) see the owner's attachments? */
export type AttachmentCanView = (viewer: Principal | null, ownerId: string) => Promise<boolean>;

const KIND_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/;

/**
 * Each kind of owner (`idea`, later `comment`, `roast`, …) registers who may see its
 * attachments, in its module's onModuleInit. An attachment of an unregistered kind is served to
 * nobody.
 */
@Injectable()
export class AttachmentAccessRegistry {
  private readonly kinds = new Map<string, AttachmentCanView>();

  register(kind: string, canView: AttachmentCanView): void {
    if (!KIND_PATTERN.test(kind)) throw new Error(`Invalid attachment owner kind "${kind}"`);
    if (this.kinds.has(kind)) throw new Error(`Attachment owner kind "${kind}" registered twice`);
    this.kinds.set(kind, canView);
  }

  has(kind: string): boolean {
    return this.kinds.has(kind);
  }

  /** False for an unknown kind; a failing check counts as "no". */
  async canView(kind: string, viewer: Principal | null, ownerId: string): Promise<boolean> {
    const check = this.kinds.get(kind);
    if (!check) return false;
    return (await check(viewer, ownerId)) === true;
  }
}

export function assertValidOwnerKind(kind: string): void {
  if (!KIND_PATTERN.test(kind)) throw new Error(`Invalid attachment owner kind "${kind}"`);
}
