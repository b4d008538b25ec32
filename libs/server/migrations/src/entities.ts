import { QUEUE_ENTITIES } from '@inspraak/server-queue';
import { AUDIT_ENTITIES } from '@inspraak/server-audit';
import {
  ACCOUNT_ACCESS_ENTITIES,
  IDENTITY_ENTITIES,
  IMPORT_ENTITIES,
  SSO_ENTITIES,
} from '@inspraak/server-identity';
import { MAIL_ENTITIES } from '@inspraak/server-mail';
import { STORAGE_ENTITIES } from '@inspraak/server-storage';
import { ORGANISATION_ENTITIES } from '@inspraak/server-organisation';
import { PLATFORM_ENTITIES } from '@inspraak/server-platform';
import { TRAJECTORY_ENTITIES } from '@inspraak/server-trajectories';
import { INPUT_ENTITIES } from '@inspraak/server-inputs';
import { CHALLENGE_ENTITIES, EVALUATION_ENTITIES } from '@inspraak/server-challenges';
import { MODERATION_ENTITIES } from '@inspraak/server-moderation';
import { NOTIFICATION_ENTITIES } from '@inspraak/server-notifications';
import { FEEDBACK_ENTITIES } from '@inspraak/server-feedback';
import { PULSE_ENTITIES } from '@inspraak/server-pulse';

/** Every table of the platform; the migrations below must create exactly these. */
export const ENTITIES = [
  ...QUEUE_ENTITIES,
  ...PLATFORM_ENTITIES,
  ...ORGANISATION_ENTITIES,
  ...AUDIT_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...SSO_ENTITIES,
  ...IMPORT_ENTITIES,
  ...MAIL_ENTITIES,
  ...STORAGE_ENTITIES,
  ...ACCOUNT_ACCESS_ENTITIES,
  ...TRAJECTORY_ENTITIES,
  ...MODERATION_ENTITIES,
  ...INPUT_ENTITIES,
  ...CHALLENGE_ENTITIES,
  ...EVALUATION_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...FEEDBACK_ENTITIES,
  ...PULSE_ENTITIES,
];
