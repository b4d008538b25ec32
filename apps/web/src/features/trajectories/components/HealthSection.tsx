import {
  EmptyState,
  Heading2,
  Paragraph,
  StatusBadge,
  UnorderedList,
  UnorderedListItem,
} from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TrajectorySection } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { phaseLabel, SIM_PHASE_ORDER } from '../trajectory-labels';
import { PhaseGuidelines } from './PhaseGuidelines';
import type { SectionProps } from './types';

const BADGE = { MET: 'success', NOT_MET: 'warning', NOT_YET_MEASURABLE: 'neutral' } as const;

/**
 * Where each section of the API lives in the web app (the tab's path under the trajectory).
 * Sections of capabilities without pages yet (consultations, …) get no link.
 */
export const SECTION_PATHS: Partial<Record<TrajectorySection, string>> = {
  OVERVIEW: '',
  HISTORY: '',
  MANDATE: 'mandaat',
  TEAM: 'team',
  DECISION_RULES: 'besluitregels',
  DECISIONS: 'besluitregels',
  STAKEHOLDERS: 'stakeholders',
  SUCCESS_CRITERIA: 'succescriteria',
  IMPACT_ANALYSIS: 'impactanalyse',
  VALUATION: 'waardering',
  CHALLENGES: 'uitdagingen',
};

/** The workspace link for a check, with the item it is about as the fragment; null if none. */
export function sectionHref(
  trajectoryId: string,
  link: { section: TrajectorySection; itemId?: string | null },
): string | null {
  const path = SECTION_PATHS[link.section];
  if (path === undefined) return null;
  const base = path ? `/trajecten/${trajectoryId}/${path}` : `/trajecten/${trajectoryId}`;
  return link.itemId ? `${base}#item-${link.itemId}` : base;
}

/** Coaching for the innovation manager: what the data shows per guideline, never a score. */
export function HealthSection({ trajectory }: SectionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const results = trajectory.simHealth ?? [];
  return (
    <>
      <Paragraph>{t('trajectories.health.intro')}</Paragraph>
      <PhaseGuidelines phase={trajectory.phase} />
      {results.length === 0 ? <EmptyState title={t('trajectories.health.empty')} /> : null}
      {SIM_PHASE_ORDER.map((phase) => {
        const own = results.filter((result) => result.phase === phase);
        if (own.length === 0) return null;
        return (
          <section key={phase}>
            <Heading2>
              {t('trajectories.health.checksFor', { phase: phaseLabel(t, phase) })}
            </Heading2>
            <UnorderedList>
              {own.map((result) => {
                const href = sectionHref(trajectory.id, result.link);
                return (
                  <UnorderedListItem key={result.checkId}>
                    <StatusBadge status={BADGE[result.status]}>
                      {t(`trajectories.health.statuses.${result.status}`)}
                    </StatusBadge>{' '}
                    <strong>{result.guideline[language]}</strong>
                    <br />
                    <span className="ins-visually-hidden">{`${t('trajectories.health.evidence')}: `}</span>
                    {result.evidence[language]}
                    {href ? (
                      <>
                        <br />
                        <Link to={href} className="utrecht-link">
                          {t('trajectories.health.goTo', {
                            section: t(`trajectories.health.sections.${result.link.section}`),
                          })}
                          <span className="ins-visually-hidden">
                            {` (${result.guideline[language]})`}
                          </span>
                        </Link>
                      </>
                    ) : null}
                  </UnorderedListItem>
                );
              })}
            </UnorderedList>
          </section>
        );
      })}
    </>
  );
}
