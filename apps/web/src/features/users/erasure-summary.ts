import type { TFunction } from 'i18next';
import type { Language } from '../../i18n/i18n';
import { formatList } from '../../i18n/format';

export interface ErasureCount {
  section: string;
  kind: string;
  count: number;
}

// What the API reports per `section.kind` (each module's erasure); a kind added later shows as
// its technical name with the number until it gets a label here.
const COUNT_KEYS = {
  'inputs.unlinkedInputs': 'unlinkedInputs',
  'inputs.unlinkedComments': 'unlinkedComments',
  'inputs.follows': 'follows',
  'notifications.notifications': 'notifications',
  'notifications.preferences': 'preferences',
  'notifications.digestItems': 'digestItems',
  'notifications.digests': 'digests',
  'trajectories.ownershipTransferred': 'ownershipTransferred',
  'trajectories.teamRoles': 'teamRoles',
  'trajectories.valuationInvites': 'valuationInvites',
  'account.sessions': 'sessions',
  'account.oneTimeLinks': 'oneTimeLinks',
  'account.managedOrgUnits': 'managedOrgUnits',
  'mail.mails': 'mails',
  'mail.devMailbox': 'devMailbox',
} as const;

function isLabelled(kind: string): kind is keyof typeof COUNT_KEYS {
  return Object.prototype.hasOwnProperty.call(COUNT_KEYS, kind);
}

/** One line for the person who erased someone: what changed, non-zero counts only. */
export function erasureSummary(
  t: TFunction,
  language: Language,
  name: string,
  counts: readonly ErasureCount[],
): string {
  const parts = counts
    .filter((entry) => entry.count > 0)
    .map(({ section, kind, count }) => {
      const full = `${section}.${kind}`;
      return isLabelled(full)
        ? t(`users.erase.counts.${COUNT_KEYS[full]}`, { count })
        : `${full}: ${count}`;
    });
  return parts.length
    ? t('users.erase.doneWithCounts', { name, summary: formatList(parts, language) })
    : t('users.erase.done', { name });
}
