import { useQuery } from '@apollo/client/react';
import {
  SelectField,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackMetricsGroup } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import type { Language } from '../../../i18n/i18n';
import { useLanguage } from '../../../i18n/useLanguage';
import { apiErrorCode } from '../../../lib/graphql-errors';
import { FeedbackMetricsQuery } from '../graphql/feedback';

const GROUPS: readonly FeedbackMetricsGroup[] = ['TRAJECTORY', 'PHASE', 'ORG_UNIT'];

const PERCENT: Record<Language, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }),
};

/** Hours as "5 uur" below two days, otherwise "3,5 dagen" (one decimal). */
export function durationParts(hours: number): { unit: 'hours' | 'days'; value: number } {
  if (hours < 48) return { unit: 'hours', value: Math.round(hours) };
  return { unit: 'days', value: Math.round((hours / 24) * 10) / 10 };
}

/**
 * How well the loop is closed: share answered, median time to the first response and overdue,
 * by trajectory, phase or org unit. Shown only to those the API lets see it.
 */
export function FeedbackMetricsTable({ trajectoryId }: { trajectoryId: string | null }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [groupBy, setGroupBy] = useState<FeedbackMetricsGroup>('TRAJECTORY');
  const { data, error } = useQuery(FeedbackMetricsQuery, {
    variables: { trajectoryId, groupBy },
    fetchPolicy: 'cache-and-network',
  });
  // Not for this viewer: the inbox works without the figures.
  if (error && (apiErrorCode(error) === 'FORBIDDEN' || !data)) return null;
  const rows = data?.feedbackMetrics ?? [];
  const median = (hours: number | null | undefined) => {
    if (hours === null || hours === undefined) return '—';
    const { unit, value } = durationParts(hours);
    return t(`feedback.metrics.${unit}`, { count: value, value: formatNumber(value, language) });
  };
  const label = t('feedback.metrics.title');

  return (
    <section aria-labelledby="feedback-metrics-heading" className="ins-feedback-metrics">
      <div className="ins-feedback-metrics__head">
        <h2 id="feedback-metrics-heading" className="utrecht-heading-2">
          {label}
        </h2>
        <SelectField
          label={t('feedback.metrics.groupBy')}
          value={groupBy}
          onChange={(value) => setGroupBy(value as FeedbackMetricsGroup)}
          options={GROUPS.map((group) => ({
            value: group,
            label: t(`feedback.metrics.groups.${group}`),
          }))}
        />
      </div>
      {data && rows.length === 0 ? <p>{t('feedback.metrics.empty')}</p> : null}
      {rows.length > 0 ? (
        <TableContainer tabIndex={0} role="region" aria-label={label}>
          <Table>
            <TableCaption className="ins-visually-hidden">
              {`${label} (${t(`feedback.metrics.groups.${groupBy}`)})`}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">
                  {t(`feedback.metrics.groups.${groupBy}`)}
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="ins-number">
                  {t('feedback.metrics.columns.total')}
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="ins-number">
                  {t('feedback.metrics.columns.answered')}
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="ins-number">
                  {t('feedback.metrics.columns.median')}
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="ins-number">
                  {t('feedback.metrics.columns.overdue')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.key}>
                  <TableHeaderCell scope="row">
                    {groupBy === 'PHASE'
                      ? t(`trajectories.phases.${row.key}` as 'trajectories.phases.PREPARE', {
                          defaultValue: row.label,
                        })
                      : row.label}
                  </TableHeaderCell>
                  <TableCell className="ins-number">{formatNumber(row.total, language)}</TableCell>
                  <TableCell className="ins-number">
                    {`${PERCENT[language].format(row.answeredShare)} (${formatNumber(row.answered, language)})`}
                  </TableCell>
                  <TableCell className="ins-number">
                    {median(row.medianFirstResponseHours)}
                  </TableCell>
                  <TableCell className="ins-number">
                    {formatNumber(row.overdue, language)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
    </section>
  );
}
