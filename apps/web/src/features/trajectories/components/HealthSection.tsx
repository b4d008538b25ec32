import {
  EmptyState,
  Heading2,
  Paragraph,
  StatusBadge,
  UnorderedList,
  UnorderedListItem,
} from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { phaseLabel, SIM_PHASE_ORDER } from '../trajectory-labels';
import type { SectionProps } from './types';

const BADGE = { MET: 'success', NOT_MET: 'warning', NOT_YET_MEASURABLE: 'neutral' } as const;

/** Coaching for the innovation manager: what the data shows per guideline, never a score. */
export function HealthSection({ trajectory }: SectionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const results = trajectory.simHealth ?? [];
  return (
    <>
      <Paragraph>{t('trajectories.health.intro')}</Paragraph>
      {results.length === 0 ? <EmptyState title={t('trajectories.health.empty')} /> : null}
      {SIM_PHASE_ORDER.map((phase) => {
        const own = results.filter((result) => result.phase === phase);
        if (own.length === 0) return null;
        return (
          <section key={phase}>
            <Heading2>{phaseLabel(t, phase)}</Heading2>
            <UnorderedList>
              {own.map((result) => (
                <UnorderedListItem key={result.checkId}>
                  <StatusBadge status={BADGE[result.status]}>
                    {t(`trajectories.health.statuses.${result.status}`)}
                  </StatusBadge>{' '}
                  <strong>{result.guideline[language]}</strong>
                  <br />
                  <span className="ins-visually-hidden">{`${t('trajectories.health.evidence')}: `}</span>
                  {result.evidence[language]}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </section>
        );
      })}
    </>
  );
}
