import { Heading2, Hero, Paragraph, SectionHeader, StatusBadge } from '@inspraak/web-ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../app/PageTitle';
import { useOrganisation } from '../features/organisation/hooks/useOrganisation';
import { SimPhaseList } from '../features/sim-phases/components/SimPhaseList';
import { useSimPhases } from '../features/sim-phases/hooks/useSimPhases';

export function HomePage() {
  const { t } = useTranslation();
  const { organisation } = useOrganisation();
  const { phases } = useSimPhases();
  const headingId = useId();
  const name = organisation?.name ?? t('app.name');

  return (
    <>
      <PageTitle title={t('home.title')} />
      <Hero eyebrow={t('app.tagline')} title={t('home.welcome', { name })} lead={t('home.lead')} />
      <section aria-labelledby={headingId}>
        <SectionHeader>
          <Heading2 id={headingId}>{t('home.howHeading')}</Heading2>
          {phases.length > 0 ? (
            <StatusBadge status="neutral">
              {t('home.phaseCount', { count: phases.length })}
            </StatusBadge>
          ) : null}
        </SectionHeader>
        <div className="ins-section-lead">
          <Paragraph>{t('home.howLead')}</Paragraph>
        </div>
        <SimPhaseList labelledBy={headingId} />
      </section>
    </>
  );
}
