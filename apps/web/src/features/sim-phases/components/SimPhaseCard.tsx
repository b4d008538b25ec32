import { Card } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';

export const SimPhaseCardFragment = graphql(`
  fragment SimPhaseCard_phase on SimPhaseInfo {
    phase
    number
    name {
      nl
      en
    }
    summary {
      nl
      en
    }
  }
`);

export interface SimPhaseCardProps {
  phase: FragmentType<typeof SimPhaseCardFragment>;
}

export function SimPhaseCard(props: SimPhaseCardProps) {
  const phase = getFragmentData(SimPhaseCardFragment, props.phase);
  const { t } = useTranslation();
  const { language } = useLanguage();
  const number = formatNumber(phase.number, language);
  return (
    <Card badge={number} eyebrow={t('home.phaseNumber', { number })} heading={phase.name[language]}>
      {phase.summary[language]}
    </Card>
  );
}
