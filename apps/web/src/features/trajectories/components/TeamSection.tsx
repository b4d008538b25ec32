import { EmptyState, Paragraph } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from './SimpleTable';
import type { SectionProps } from './types';

export function TeamSection({ trajectory }: SectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>{t('trajectories.team.intro')}</Paragraph>
      {trajectory.team.length === 0 ? (
        <EmptyState title={t('trajectories.team.empty')} />
      ) : (
        <SimpleTable
          label={t('trajectories.team.tableLabel')}
          columns={[t('trajectories.team.columns.name'), t('trajectories.team.columns.role')]}
          rows={trajectory.team.map((member) => ({
            key: member.id,
            cells: [
              member.person?.name ?? t('trajectories.team.unknownPerson'),
              t(`trajectories.team.roles.${member.role}`),
            ],
          }))}
        />
      )}
    </>
  );
}
