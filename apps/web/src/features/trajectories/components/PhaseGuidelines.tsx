import { Heading2, UnorderedList, UnorderedListItem } from '@inspraak/web-ui';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { SimPhase } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { SimPhaseGuidelinesQuery } from '../graphql/trajectory-queries';
import { phaseLabel } from '../trajectory-labels';

/** The SIM guide's guidelines for one phase, in the reader's language (nothing while loading). */
export function PhaseGuidelines({ phase }: { phase: SimPhase }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data } = useQuery(SimPhaseGuidelinesQuery);
  const guidelines = data?.simPhases.find((info) => info.phase === phase)?.guidelines ?? [];
  if (guidelines.length === 0) return null;
  return (
    <section className="ins-phase-guidelines" aria-labelledby={`guidelines-${phase}`}>
      <Heading2 id={`guidelines-${phase}`}>
        {t('trajectories.guidelines.title', { phase: phaseLabel(t, phase) })}
      </Heading2>
      <UnorderedList>
        {guidelines.map((guideline) => (
          <UnorderedListItem key={guideline.en}>{guideline[language]}</UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}
