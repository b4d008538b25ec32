import { useMutation } from '@apollo/client/react';
import { Heading3, SecondaryActionButton, StatusBadge, SubtleButton } from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useToast } from '../../../app/toasts';
import type { ModerationItemFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { ConfirmActionDialog } from '../../challenge-admin/components/ConfirmActionDialog';
import {
  DismissReportsMutation,
  HideContentMutation,
  RestoreContentMutation,
} from '../graphql/moderation';

type Action = 'hide' | 'restore' | 'dismiss';

export interface ModerationItemCardProps {
  item: ModerationItemFieldsFragment;
  /** The queue is loaded again after every decision (the item may leave it). */
  onDecided: () => Promise<unknown>;
}

/** Known content kinds get a name; anything newer shows its kind as the API says it. */
function useKindLabel() {
  const { t } = useTranslation();
  return (kind: string) =>
    kind === 'idea' || kind === 'comment' ? t(`moderation.kinds.${kind}`) : kind;
}

/** One piece of reported or hidden content with its reports and the moderator's actions. */
export function ModerationItemCard({ item, onDecided }: ModerationItemCardProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const kindLabel = useKindLabel();
  const [action, setAction] = useState<Action | null>(null);
  const [hide] = useMutation(HideContentMutation);
  const [restore] = useMutation(RestoreContentMutation);
  const [dismiss] = useMutation(DismissReportsMutation);
  const headingId = `moderation-item-${item.id}`;
  const name = item.title || kindLabel(item.kind);

  const run = (note: string) => {
    const target = { kind: item.kind, contentId: item.contentId };
    if (action === 'hide') return hide({ variables: { input: { ...target, reason: note } } });
    if (action === 'restore')
      return restore({ variables: { input: { ...target, note: note || null } } });
    return dismiss({ variables: { input: { ...target, note: note || null } } });
  };

  return (
    <li className="ins-card-list__item ins-moderation-item" aria-labelledby={headingId}>
      <p className="ins-moderation-item__meta">
        <StatusBadge status="neutral">{kindLabel(item.kind)}</StatusBadge>
        {item.hidden ? (
          <StatusBadge status="danger">
            {item.autoHidden ? t('moderation.item.autoHidden') : t('moderation.item.hidden')}
          </StatusBadge>
        ) : null}
        {item.openReportCount > 0 ? (
          <StatusBadge status="warning">
            {t('moderation.item.openReports', { count: item.openReportCount })}
          </StatusBadge>
        ) : null}
      </p>
      <Heading3 id={headingId}>
        <Link to={item.path}>{name}</Link>
      </Heading3>
      {item.excerpt ? (
        <blockquote className="ins-moderation-item__excerpt">{item.excerpt}</blockquote>
      ) : null}
      {item.hidden && item.hiddenReason ? (
        <p>
          <strong>{t('moderation.item.reasonShown')}</strong> {item.hiddenReason}
        </p>
      ) : null}
      {item.reasonCounts.length > 0 ? (
        <ul className="ins-moderation-item__reasons" aria-label={t('moderation.item.reasonsLabel')}>
          {item.reasonCounts.map((count) => (
            <li key={count.reason}>
              {t('moderation.item.reasonCount', {
                reason: t(`moderation.reasons.${count.reason}`),
                count: count.count,
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {item.reports.length > 0 ? (
        <details className="ins-moderation-item__reports">
          <summary>{t('moderation.item.showReports', { count: item.reports.length })}</summary>
          <ul>
            {item.reports.map((report, index) => (
              <li key={`${report.createdAt}-${index}`}>
                <strong>{t(`moderation.reasons.${report.reason}`)}</strong>
                {` · ${formatDateTime(report.createdAt, language)}`}
                {report.text ? <span className="ins-pre-line">{`: ${report.text}`}</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="ins-meta">
        {item.lastReportedAt
          ? t('moderation.item.lastReported', { at: formatDateTime(item.lastReportedAt, language) })
          : null}
        {item.lastReportedAt && item.moderatedAt ? ' · ' : null}
        {item.moderatedAt
          ? t('moderation.item.moderatedAt', { at: formatDateTime(item.moderatedAt, language) })
          : null}
      </p>
      <div className="ins-button-row">
        {!item.hidden || item.autoHidden ? (
          <SecondaryActionButton type="button" onClick={() => setAction('hide')}>
            {t('moderation.actions.hide')}
            <span className="ins-visually-hidden">{` ${name}`}</span>
          </SecondaryActionButton>
        ) : null}
        {item.hidden ? (
          <SecondaryActionButton type="button" onClick={() => setAction('restore')}>
            {t('moderation.actions.restore')}
            <span className="ins-visually-hidden">{` ${name}`}</span>
          </SecondaryActionButton>
        ) : null}
        {item.openReportCount > 0 ? (
          <SubtleButton type="button" onClick={() => setAction('dismiss')}>
            {t('moderation.actions.dismiss')}
            <span className="ins-visually-hidden">{` ${name}`}</span>
          </SubtleButton>
        ) : null}
      </div>
      {action ? (
        <ConfirmActionDialog
          title={t(`moderation.confirm.${action}.title`)}
          message={t(`moderation.confirm.${action}.message`, { title: name })}
          confirmLabel={t(`moderation.actions.${action}`)}
          note={
            action === 'hide'
              ? {
                  label: t('moderation.confirm.hide.reason'),
                  description: t('moderation.confirm.hide.reasonHint'),
                  required: true,
                  maxLength: 2000,
                }
              : {
                  label: t('moderation.confirm.note'),
                  description: t('moderation.confirm.noteHint'),
                  maxLength: 2000,
                }
          }
          onClose={() => setAction(null)}
          onConfirm={async (note) => {
            await run(note);
            await onDecided();
          }}
          onDone={() => {
            toast(t(`moderation.done.${action}`, { title: name }));
            setAction(null);
            setTimeout(() => document.getElementById('moderation-queue')?.focus(), 0);
          }}
        />
      ) : null}
    </li>
  );
}
