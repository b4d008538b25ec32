import {
  CardGrid,
  EmptyState,
  ErrorState,
  LoadingState,
  SecondaryActionButton,
} from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useSimPhases } from '../hooks/useSimPhases';
import { SimPhaseCard } from './SimPhaseCard';

export interface SimPhaseListProps {
  labelledBy: string;
}

export function SimPhaseList({ labelledBy }: SimPhaseListProps) {
  const { t } = useTranslation();
  const { phases, loading, error, refetch } = useSimPhases();

  if (loading) return <LoadingState label={t('common.loading')} />;
  if (error) {
    return (
      <ErrorState
        description={t('common.loadError')}
        action={
          <SecondaryActionButton onClick={() => void refetch()}>
            {t('common.retry')}
          </SecondaryActionButton>
        }
      />
    );
  }
  if (phases.length === 0) {
    return <EmptyState title={t('home.phasesEmpty')} description={t('home.phasesEmptyHint')} />;
  }
  return (
    <div aria-labelledby={labelledBy} role="region">
      <CardGrid ordered>
        {phases.map((phase) => (
          <SimPhaseCard key={phase.phase} phase={phase} />
        ))}
      </CardGrid>
    </div>
  );
}
