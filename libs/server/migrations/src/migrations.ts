// Generated list: `npm run migration:generate -- <Name>` appends here. Never edit a landed migration.
import { Initial1795888690372 } from './lib/1795888690372-initial';
import { Identity1795889627004 } from './lib/1795889627004-identity';
import { SsoAndImport1795890921001 } from './lib/1795890921001-sso-and-import';
import { MailAndAccountTokens1795891141214 } from './lib/1795891141214-mail-and-account-tokens';
import { Trajectories1795891471781 } from './lib/1795891471781-trajectories';
import { AuditAppendOnly1795893900000 } from './lib/1795893900000-audit-append-only';
import { Moderation1795897503990 } from './lib/1795897503990-moderation';
import { Attachments1795897624289 } from './lib/1795897624289-attachments';
import { Challenges1795897886624 } from './lib/1795897886624-challenges';
import { Evaluation1795898614184 } from './lib/1795898614184-evaluation';
import { AttachmentDescriptions1795909114766 } from './lib/1795909114766-attachment-descriptions';
import { SimilarIdeasGist1795909509469 } from './lib/1795909509469-similar-ideas-gist';
import { Notifications1795909771079 } from './lib/1795909771079-notifications';
import { Feedback1795910059774 } from './lib/1795910059774-feedback';
import { PulseSurveys1795910984953 } from './lib/1795910984953-pulse-surveys';
import { PulseActions1795920781147 } from './lib/1795920781147-pulse-actions';
import { PersonalData1795954562351 } from './lib/1795954562351-personal-data';

export const MIGRATIONS = [
  Initial1795888690372,
  Identity1795889627004,
  SsoAndImport1795890921001,
  MailAndAccountTokens1795891141214,
  Trajectories1795891471781,
  AuditAppendOnly1795893900000,
  Moderation1795897503990,
  Attachments1795897624289,
  Challenges1795897886624,
  Evaluation1795898614184,
  AttachmentDescriptions1795909114766,
  SimilarIdeasGist1795909509469,
  Notifications1795909771079,
  Feedback1795910059774,
  PulseSurveys1795910984953,
  PulseActions1795920781147,
  PersonalData1795954562351,
];
