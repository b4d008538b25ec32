import { QUEUE_ENTITIES } from '@inspraak/server-queue';
import { ORGANISATION_ENTITIES } from '@inspraak/server-organisation';
import { PLATFORM_ENTITIES } from '@inspraak/server-platform';

/** Every table of the platform; the migrations below must create exactly these. */
export const ENTITIES = [...QUEUE_ENTITIES, ...PLATFORM_ENTITIES, ...ORGANISATION_ENTITIES];
