import { EmptyState, Heading2, Paragraph, PrimaryActionButton } from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../app/toasts';
import type { StakeholderKind } from '../../../gql/graphql';
import {
  DeleteStakeholderMutation,
  UpdateStakeholderMutation,
} from '../graphql/trajectory-mutations';
import { useCreateStakeholder } from '../hooks/useCreateStakeholder';
import { useTrajectoryChange } from '../hooks/useTrajectoryChange';
import { SCALE, toScale } from '../trajectory-labels';
import { ConfirmDialog } from './ConfirmDialog';
import { FormDialog } from './FormDialog';
import { ItemActions } from './ItemActions';
import { SimpleTable } from './SimpleTable';
import type { SectionProps } from './types';

const KINDS: readonly StakeholderKind[] = ['PERSON', 'GROUP', 'ORG_UNIT', 'EXTERNAL'];
const INFLUENCE = ['5', '4', '3', '2', '1'];

type Stakeholder = NonNullable<SectionProps['trajectory']['stakeholders']>[number];
type Dialog =
  { type: 'edit'; stakeholder?: Stakeholder } | { type: 'delete'; stakeholder: Stakeholder } | null;

export function StakeholdersSection({ trajectory, canEdit }: SectionProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const create = useCreateStakeholder(trajectory.id);
  const update = useTrajectoryChange(UpdateStakeholderMutation, trajectory.id);
  const remove = useTrajectoryChange(DeleteStakeholderMutation, trajectory.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const editing = dialog?.type === 'edit' ? dialog.stakeholder : undefined;
  const stakeholders = trajectory.stakeholders ?? [];
  const stanceLabel = (stance: number) => t(`trajectories.stakeholders.stances.${toScale(stance)}`);

  return (
    <>
      <Paragraph>{t('trajectories.stakeholders.intro')}</Paragraph>
      {stakeholders.length === 0 ? (
        <EmptyState title={t('trajectories.stakeholders.empty')} />
      ) : (
        <>
          <SimpleTable
            label={t('trajectories.stakeholders.tableLabel')}
            columns={[
              t('trajectories.stakeholders.name'),
              t('trajectories.stakeholders.kind'),
              t('trajectories.stakeholders.influence'),
              t('trajectories.stakeholders.stance'),
              t('trajectories.stakeholders.employerInterests'),
              t('trajectories.stakeholders.employeeInterests'),
              t('trajectories.stakeholders.involvement'),
              ...(canEdit ? [t('trajectories.common.actions')] : []),
            ]}
            rows={stakeholders.map((stakeholder) => ({
              key: stakeholder.id,
              id: `item-${stakeholder.id}`,
              cells: [
                stakeholder.name,
                t(`trajectories.stakeholders.kinds.${stakeholder.kind}`),
                String(stakeholder.influence),
                stanceLabel(stakeholder.stance),
                stakeholder.employerInterests,
                stakeholder.employeeInterests,
                stakeholder.involvement,
                ...(canEdit
                  ? [
                      <ItemActions
                        key="actions"
                        name={stakeholder.name}
                        onEdit={() => setDialog({ type: 'edit', stakeholder })}
                        onDelete={() => setDialog({ type: 'delete', stakeholder })}
                      />,
                    ]
                  : []),
              ],
            }))}
          />
          <Heading2>{t('trajectories.stakeholders.grid.title')}</Heading2>
          <Paragraph>{t('trajectories.stakeholders.grid.description')}</Paragraph>
          <SimpleTable
            label={t('trajectories.stakeholders.grid.tableLabel')}
            columns={[
              t('trajectories.stakeholders.influence'),
              ...SCALE.map((value) => t(`trajectories.stakeholders.stances.${value}`)),
            ]}
            rows={INFLUENCE.map((influence) => ({
              key: influence,
              cells: [
                t('trajectories.stakeholders.grid.influenceRow', { value: influence }),
                ...SCALE.map((stance) =>
                  stakeholders
                    .filter(
                      (s) => String(s.influence) === influence && toScale(s.stance) === stance,
                    )
                    .map((s) => s.name)
                    .join(', '),
                ),
              ],
            }))}
          />
        </>
      )}
      {canEdit ? (
        <PrimaryActionButton onClick={() => setDialog({ type: 'edit' })}>
          {t('trajectories.stakeholders.add')}
        </PrimaryActionButton>
      ) : null}
      {dialog?.type === 'delete' ? (
        <ConfirmDialog
          title={t('trajectories.stakeholders.deleteTitle')}
          message={t('trajectories.stakeholders.deleteConfirm', { name: dialog.stakeholder.name })}
          confirmLabel={t('trajectories.common.delete')}
          onClose={() => setDialog(null)}
          onConfirm={() => remove.run({ id: dialog.stakeholder.id })}
          onDone={() => {
            setDialog(null);
            toast(t('trajectories.stakeholders.deleted'));
          }}
        />
      ) : null}
      {dialog?.type === 'edit' ? (
        <FormDialog
          title={editing ? t('trajectories.stakeholders.edit') : t('trajectories.stakeholders.add')}
          submitLabel={editing ? t('common.save') : t('trajectories.stakeholders.add')}
          fields={[
            { name: 'name', label: t('trajectories.stakeholders.name'), required: true },
            {
              name: 'kind',
              label: t('trajectories.stakeholders.kind'),
              kind: 'select',
              options: KINDS.map((kind) => ({
                value: kind,
                label: t(`trajectories.stakeholders.kinds.${kind}`),
              })),
            },
            {
              name: 'influence',
              label: t('trajectories.stakeholders.influence'),
              kind: 'select',
              options: ['1', '2', '3', '4', '5'].map((value) => ({ value, label: value })),
            },
            {
              name: 'stance',
              label: t('trajectories.stakeholders.stance'),
              kind: 'select',
              options: SCALE.map((value) => ({
                value,
                label: t(`trajectories.stakeholders.stances.${value}`),
              })),
            },
            {
              name: 'employerInterests',
              label: t('trajectories.stakeholders.employerInterests'),
              kind: 'textarea',
            },
            {
              name: 'employeeInterests',
              label: t('trajectories.stakeholders.employeeInterests'),
              kind: 'textarea',
            },
            { name: 'involvement', label: t('trajectories.stakeholders.involvement') },
          ]}
          initial={{
            name: editing?.name ?? '',
            kind: editing?.kind ?? 'GROUP',
            influence: String(editing?.influence ?? 3),
            stance: toScale(editing?.stance ?? 0),
            employerInterests: editing?.employerInterests ?? '',
            employeeInterests: editing?.employeeInterests ?? '',
            involvement: editing?.involvement ?? '',
          }}
          onClose={() => setDialog(null)}
          onSubmit={(values) => {
            const fields = {
              name: values['name']?.trim() ?? '',
              kind: values['kind'] as StakeholderKind,
              influence: Number(values['influence']),
              stance: Number(values['stance']),
              employerInterests: values['employerInterests']?.trim() ?? '',
              employeeInterests: values['employeeInterests']?.trim() ?? '',
              involvement: values['involvement']?.trim() ?? '',
            };
            return editing
              ? update.run({ input: { id: editing.id, ...fields } })
              : create.run({ trajectoryId: trajectory.id, ...fields });
          }}
          onSaved={() => {
            setDialog(null);
            toast(
              editing
                ? t('trajectories.stakeholders.saved')
                : t('trajectories.stakeholders.created'),
            );
          }}
        />
      ) : null}
    </>
  );
}
