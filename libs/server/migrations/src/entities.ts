import { QUEUE_ENTITIES } from '@inspraak/server-queue';
import { AUDIT_ENTITIES } from '@inspraak/server-audit';
import { IDENTITY_ENTITIES } from '@inspraak/server-identity';
import { ORGANISATION_ENTITIES } from '@inspraak/server-organisation';
import { PLATFORM_ENTITIES } from '@inspraak/server-platform';

/** Every table of the platform; the migrations below must create exactly these. */
export const ENTITIES = [
  ...QUEUE_ENTITIES,
  ...PLATFORM_ENTITIES,
  ...ORGANISATION_ENTITIES,
  ...AUDIT_ENTITIES,
  ...IDENTITY_ENTITIES,
];
