import { StatusBadge } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import type { PulseRoundState } from '../../../gql/graphql';

/** The state of a round in words (never by colour alone). */
export function RoundStateBadge({ state }: { state: PulseRoundState }) {
  const { t } = useTranslation('pulse');
  return (
    <StatusBadge className={`ins-pulse-state ins-pulse-state--${state.toLowerCase()}`}>
      {t(`roundStates.${state}`)}
    </StatusBadge>
  );
}
