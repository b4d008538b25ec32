import {
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import type { AuditEventsQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { auditActionLabel } from '../audit-actions';

type AuditEvent = AuditEventsQuery['auditEvents']['edges'][number]['node'];

const RESULT_STATUS = { SUCCESS: 'safe', FAILURE: 'danger', DENIED: 'warning' } as const;

/** Details are a JSON object; shown as "key: value" pairs, never interpreted as markup. */
function detailText(details: string): string {
  try {
    const parsed = JSON.parse(details) as unknown;
    if (!parsed || typeof parsed !== 'object') return '';
    return Object.entries(parsed as Record<string, unknown>)
      .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
      .join(', ');
  } catch {
    return details;
  }
}

export function AuditLogTable({ events }: { events: readonly AuditEvent[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <TableContainer tabIndex={0} role="region" aria-label={t('audit.tableLabel')}>
      <Table>
        <TableCaption className="ins-visually-hidden">{t('audit.tableLabel')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('audit.columns.time')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.columns.action')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.columns.result')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.columns.actor')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.columns.object')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.columns.origin')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {events.map((event) => {
            const details = detailText(event.details);
            return (
              <TableRow key={event.id}>
                <TableCell className="ins-nowrap">
                  <time dateTime={event.createdAt}>
                    {formatDateTime(event.createdAt, language)}
                  </time>
                </TableCell>
                <TableCell>
                  {auditActionLabel(t, event.action)}
                  <span className="ins-cell-secondary" translate="no">
                    {event.action}
                  </span>
                </TableCell>
                <TableCell>
                  <StatusBadge status={RESULT_STATUS[event.result]}>
                    {t(`audit.results.${event.result}`)}
                  </StatusBadge>
                </TableCell>
                <TableCell>
                  {event.actorId ? (
                    <code className="ins-code" translate="no" title={event.actorId}>
                      {event.actorId.slice(0, 8)}
                    </code>
                  ) : (
                    t('audit.system')
                  )}
                </TableCell>
                <TableCell>
                  {event.objectType ? (
                    <>
                      {t(
                        `audit.objectTypes.${event.objectType === 'org_unit' ? 'org_unit' : event.objectType === 'user' ? 'user' : 'other'}`,
                      )}
                      {event.objectId ? (
                        <code className="ins-code" translate="no" title={event.objectId}>
                          {` ${event.objectId.slice(0, 8)}`}
                        </code>
                      ) : null}
                    </>
                  ) : (
                    '—'
                  )}
                  {details ? (
                    <span className="ins-cell-secondary" translate="no">
                      {details}
                    </span>
                  ) : null}
                </TableCell>
                <TableCell className="ins-nowrap">
                  <span translate="no">{event.originIp ?? '—'}</span>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
