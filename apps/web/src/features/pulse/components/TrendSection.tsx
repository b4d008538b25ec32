import { useQuery } from '@apollo/client/react';
import { DataTable, Heading2, TableCell, TableRow } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../../i18n/useLanguage';
import { QueryStates } from '../../../lib/QueryStates';
import { PulseTrendQuery } from '../graphql/pulse';
import { PULSE_PATHS } from '../paths';
import { formatDay, formatDecimal, formatEnps, pick, type BilingualText } from '../pulse-format';

interface DimensionCell {
  key: string;
  score?: number | null;
}

/** A score with a small bar behind it (the number is the text; the bar only repeats it). */
function ScoreCell({ value }: { value: number | null | undefined }) {
  const { t } = useTranslation('pulse');
  const { language } = useLanguage();
  if (value == null) return <TableCell>{t('results.none')}</TableCell>;
  return (
    <TableCell>
      <span className="ins-pulse-score">
        <span className="ins-pulse-score__value">{formatDecimal(value, language)}</span>
        <span className="ins-pulse-score__track" aria-hidden="true">
          <span
            className="ins-pulse-score__bar"
            style={{ width: `${Math.max(0, Math.min(100, value))}%` }}
          />
        </span>
      </span>
    </TableCell>
  );
}

export interface TrendSectionProps {
  surveyId: string;
  dimensions: readonly { key: string; name: BilingualText }[];
}

/**
 * The whole audience across the closed rounds and pooled per SIM phase, as tables (dimension
 * scores 0–100 with a bar, eNPS). Rounds where the group was hidden say so, without numbers.
 */
export function TrendSection({ surveyId, dimensions }: TrendSectionProps) {
  const { t } = useTranslation('pulse');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const { data, loading, error, refetch } = useQuery(PulseTrendQuery, {
    variables: { surveyId },
    fetchPolicy: 'cache-and-network',
  });
  const trend = data?.pulseTrend;
  const scoreOf = (cells: readonly DimensionCell[], key: string) =>
    cells.find((cell) => cell.key === key)?.score;
  const hasEnps = !!trend && [...trend.points, ...trend.phases].some((entry) => entry.enps != null);
  // The eNPS has a column of its own (−100 to 100); its 0–100 score would only repeat it.
  const shownDimensions = hasEnps ? dimensions.filter((d) => d.key !== 'enps') : dimensions;
  const dimensionColumns = shownDimensions.map((d) => pick(d.name, language));
  const phaseName = (phase: string | null | undefined) =>
    phase ? tc(`trajectories.phases.${phase as 'PREPARE'}`) : t('trend.noPhase');

  return (
    <section aria-labelledby="pulse-trend" className="ins-pulse-section">
      <Heading2 id="pulse-trend">{t('trend.title')}</Heading2>
      <p className="ins-pulse-note">{t('trend.lead')}</p>
      <QueryStates hasData={!!data} loading={loading} error={error} onRetry={refetch} />
      {trend && trend.points.length === 0 ? <p>{t('trend.empty')}</p> : null}
      {trend && trend.points.length > 0 ? (
        <>
          <h3 className="utrecht-heading-3">{t('trend.perRound')}</h3>
          <DataTable
            label={t('trend.perRoundTable')}
            columns={[
              t('trend.round'),
              t('trend.phase'),
              t('trend.responses'),
              ...dimensionColumns,
              ...(hasEnps ? [t('results.enps')] : []),
            ]}
          >
            {trend.points.map((point) => (
              <TableRow key={point.roundId}>
                <TableCell>
                  <Link to={PULSE_PATHS.results(point.roundId)}>
                    {t('trend.roundLabel', {
                      number: point.number,
                      date: formatDay(point.closesAt, language),
                    })}
                  </Link>
                </TableCell>
                <TableCell>{phaseName(point.phase)}</TableCell>
                {point.shown ? (
                  <>
                    <TableCell>{point.responses ?? t('results.none')}</TableCell>
                    {shownDimensions.map((d) => (
                      <ScoreCell key={d.key} value={scoreOf(point.dimensions, d.key)} />
                    ))}
                    {hasEnps ? (
                      <TableCell>{formatEnps(point.enps, language) || t('results.none')}</TableCell>
                    ) : null}
                  </>
                ) : (
                  <TableCell colSpan={1 + shownDimensions.length + (hasEnps ? 1 : 0)}>
                    {t('results.hidden')}
                  </TableCell>
                )}
              </TableRow>
            ))}
          </DataTable>
          {trend.phases.length > 0 ? (
            <>
              <h3 className="utrecht-heading-3">{t('trend.perPhase')}</h3>
              <DataTable
                label={t('trend.perPhaseTable')}
                columns={[
                  t('trend.phase'),
                  t('trend.rounds'),
                  t('trend.responses'),
                  ...dimensionColumns,
                  ...(hasEnps ? [t('results.enps')] : []),
                ]}
              >
                {trend.phases.map((phase) => (
                  <TableRow key={phase.phase ?? 'none'}>
                    <TableCell>{phaseName(phase.phase)}</TableCell>
                    <TableCell>{phase.rounds}</TableCell>
                    <TableCell>{phase.responses}</TableCell>
                    {shownDimensions.map((d) => (
                      <ScoreCell key={d.key} value={scoreOf(phase.dimensions, d.key)} />
                    ))}
                    {hasEnps ? (
                      <TableCell>{formatEnps(phase.enps, language) || t('results.none')}</TableCell>
                    ) : null}
                  </TableRow>
                ))}
              </DataTable>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
