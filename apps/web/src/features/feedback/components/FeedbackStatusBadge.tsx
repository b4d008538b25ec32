import { StatusBadge } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import type { FeedbackStatus } from '../../../gql/graphql';
import { statusTone } from '../feedback-status';

/** "Ontvangen", "Gepland", "Niet overgenomen", … as a coloured badge. */
export function FeedbackStatusBadge({ status }: { status: FeedbackStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge status={statusTone(status)} className="ins-feedback-status">
      {t(`feedback.statuses.${status}`)}
    </StatusBadge>
  );
}
