import {
  ButtonRow,
  EmptyState,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  SubtleButton,
} from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../app/toasts';
import type { TrajectoryRole } from '../../../gql/graphql';
import {
  AddTeamMemberMutation,
  RemoveTeamMemberMutation,
  UpdateTrajectoryMutation,
} from '../graphql/trajectory-mutations';
import { useTrajectoryChange } from '../hooks/useTrajectoryChange';
import { ConfirmDialog } from './ConfirmDialog';
import { PersonDialog } from './PersonDialog';
import { SimpleTable } from './SimpleTable';
import type { SectionProps } from './types';

/** Roles one can give; the owner is changed on the trajectory itself. */
export const TEAM_ROLES: readonly TrajectoryRole[] = [
  'PROJECT_LEAD',
  'TEAM_MEMBER',
  'WORKS_COUNCIL',
  'EXPERT',
  'PROBLEM_OWNER',
  'KEY_USER',
  'JURY_MEMBER',
];

type Dialog =
  | { type: 'add' }
  | { type: 'owner' }
  | { type: 'remove'; id: string; name: string; role: TrajectoryRole }
  | null;

export function TeamSection({ trajectory, canEdit }: SectionProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const add = useTrajectoryChange(AddTeamMemberMutation, trajectory.id);
  const remove = useTrajectoryChange(RemoveTeamMemberMutation, trajectory.id);
  const update = useTrajectoryChange(UpdateTrajectoryMutation, trajectory.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const personName = (name: string | undefined) => name ?? t('trajectories.team.unknownPerson');
  const roleLabel = (role: TrajectoryRole) => t(`trajectories.team.roles.${role}`);
  // The innovation manager first, then everyone in the order they joined.
  const members = [...trajectory.team].sort(
    (a, b) => Number(b.role === 'OWNER') - Number(a.role === 'OWNER'),
  );

  return (
    <>
      <Paragraph>{t('trajectories.team.intro')}</Paragraph>
      {trajectory.team.length === 0 ? (
        <EmptyState title={t('trajectories.team.empty')} />
      ) : (
        <SimpleTable
          label={t('trajectories.team.tableLabel')}
          columns={[
            t('trajectories.team.columns.name'),
            t('trajectories.team.columns.role'),
            ...(canEdit ? [t('trajectories.common.actions')] : []),
          ]}
          rows={members.map((member) => {
            const name = personName(member.person?.name);
            return {
              key: member.id,
              cells: [
                name,
                roleLabel(member.role),
                ...(canEdit
                  ? [
                      member.role === 'OWNER' ? (
                        ''
                      ) : (
                        <SubtleButton
                          key="remove"
                          type="button"
                          onClick={() =>
                            setDialog({ type: 'remove', id: member.id, name, role: member.role })
                          }
                        >
                          {t('trajectories.team.remove')}
                          <span className="ins-visually-hidden">
                            {` ${t('trajectories.team.removeWhat', { name, role: roleLabel(member.role) })}`}
                          </span>
                        </SubtleButton>
                      ),
                    ]
                  : []),
              ],
            };
          })}
        />
      )}
      {canEdit ? (
        <ButtonRow>
          <PrimaryActionButton onClick={() => setDialog({ type: 'add' })}>
            {t('trajectories.team.add')}
          </PrimaryActionButton>
          <SecondaryActionButton onClick={() => setDialog({ type: 'owner' })}>
            {t('trajectories.team.changeOwner')}
          </SecondaryActionButton>
        </ButtonRow>
      ) : null}

      {dialog?.type === 'add' ? (
        <PersonDialog
          trajectoryId={trajectory.id}
          title={t('trajectories.team.add')}
          submitLabel={t('trajectories.team.add')}
          personLabel={t('trajectories.people.person')}
          choice={{
            label: t('trajectories.team.columns.role'),
            initial: 'TEAM_MEMBER',
            options: TEAM_ROLES.map((role) => ({ value: role, label: roleLabel(role) })),
          }}
          onClose={() => setDialog(null)}
          onSubmit={(person, role) =>
            add.run({
              input: {
                trajectoryId: trajectory.id,
                userId: person.id,
                role: role as TrajectoryRole,
              },
            })
          }
          onSaved={(person) => {
            setDialog(null);
            toast(t('trajectories.team.added', { name: person.name }));
          }}
        />
      ) : null}
      {dialog?.type === 'owner' ? (
        <PersonDialog
          trajectoryId={trajectory.id}
          title={t('trajectories.team.changeOwner')}
          submitLabel={t('trajectories.team.changeOwner')}
          personLabel={t('trajectories.team.newOwner')}
          description={t('trajectories.team.changeOwnerHint', {
            name: trajectory.owner?.name ?? '',
          })}
          excludeIds={[trajectory.ownerId]}
          onClose={() => setDialog(null)}
          onSubmit={(person) => update.run({ input: { id: trajectory.id, ownerId: person.id } })}
          onSaved={(person) => {
            setDialog(null);
            toast(t('trajectories.team.ownerChanged', { name: person.name }));
          }}
        />
      ) : null}
      {dialog?.type === 'remove' ? (
        <ConfirmDialog
          title={t('trajectories.team.removeTitle')}
          message={t('trajectories.team.removeConfirm', {
            name: dialog.name,
            role: roleLabel(dialog.role),
          })}
          confirmLabel={t('trajectories.team.remove')}
          onClose={() => setDialog(null)}
          onConfirm={() => remove.run({ id: dialog.id })}
          onDone={() => {
            setDialog(null);
            toast(t('trajectories.team.removed', { name: dialog.name }));
          }}
        />
      ) : null}
    </>
  );
}
