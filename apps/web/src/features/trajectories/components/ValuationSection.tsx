import {
  ButtonRow,
  EmptyState,
  Heading2,
  Paragraph,
  PrimaryActionButton,
  SubtleButton,
} from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../app/toasts';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import {
  InviteValuatorMutation,
  RateOptionMutation,
  RemoveValuatorMutation,
} from '../graphql/trajectory-mutations';
import { useTrajectoryChange } from '../hooks/useTrajectoryChange';
import { ConfirmDialog } from './ConfirmDialog';
import { FormDialog } from './FormDialog';
import { PersonDialog } from './PersonDialog';
import { SimpleTable } from './SimpleTable';
import type { SectionProps } from './types';

export const SCORES = ['1', '2', '3', '4', '5'] as const;

type Option = { id: string; title: string };
type Dialog =
  | { type: 'invite' }
  | { type: 'uninvite'; userId: string; stakeholderId: string; name: string; group: string }
  | { type: 'rate'; option: Option; stakeholder: { id: string; name: string } }
  | null;

/**
 * Joint valuation (phase 3): editors invite people to rate the options on behalf of a
 * stakeholder (group); invited raters rate every option from 1 to 5; the results are shown side
 * by side per stakeholder group.
 */
export function ValuationSection({ trajectory, canEdit }: SectionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const invite = useTrajectoryChange(InviteValuatorMutation, trajectory.id);
  const uninvite = useTrajectoryChange(RemoveValuatorMutation, trajectory.id);
  const rate = useTrajectoryChange(RateOptionMutation, trajectory.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const options = trajectory.solutionOptions ?? [];
  const groups = trajectory.valuation ?? [];
  const stakeholders = trajectory.stakeholders ?? [];
  const invites = trajectory.valuationInvites ?? [];
  const mine = trajectory.viewer.invitedStakeholders;
  const myRating = (optionId: string, stakeholderId: string) =>
    trajectory.viewer.ratings.find(
      (r) => r.optionId === optionId && r.stakeholderId === stakeholderId,
    );
  const stakeholderName = (id: string) => stakeholders.find((s) => s.id === id)?.name ?? '';
  const scoreLabel = (score: string) => t(`trajectories.valuation.scores.${score as '1'}`);

  return (
    <>
      <Paragraph>{t('trajectories.valuation.intro')}</Paragraph>

      <Heading2>{t('trajectories.valuation.results')}</Heading2>
      {options.length === 0 ? (
        <EmptyState title={t('trajectories.valuation.noOptions')} />
      ) : groups.length === 0 ? (
        <EmptyState title={t('trajectories.valuation.noRatings')} />
      ) : (
        <SimpleTable
          label={t('trajectories.valuation.resultsLabel')}
          columns={[
            t('trajectories.valuation.option'),
            ...groups.map((group) => group.stakeholderName),
          ]}
          rows={options.map((option) => ({
            key: option.id,
            cells: [
              option.title,
              ...groups.map((group) => {
                const score = group.scores.find((s) => s.optionId === option.id);
                return score
                  ? t('trajectories.valuation.average', {
                      average: formatNumber(Math.round(score.averageScore * 10) / 10, language),
                      count: score.ratings,
                    })
                  : t('trajectories.valuation.notRated');
              }),
            ],
          }))}
        />
      )}

      {mine.length > 0 && options.length > 0 ? (
        <>
          <Heading2>{t('trajectories.valuation.yours')}</Heading2>
          {mine.map((stakeholder) => (
            <SimpleTable
              key={stakeholder.id}
              label={t('trajectories.valuation.yoursFor', { name: stakeholder.name })}
              columns={[
                t('trajectories.valuation.option'),
                t('trajectories.valuation.yourScore'),
                t('trajectories.valuation.comment'),
                t('trajectories.common.actions'),
              ]}
              rows={options.map((option) => {
                const rating = myRating(option.id, stakeholder.id);
                return {
                  key: `${stakeholder.id}-${option.id}`,
                  cells: [
                    option.title,
                    rating ? scoreLabel(String(rating.score)) : t('trajectories.valuation.notYet'),
                    rating?.comment ?? '',
                    <SubtleButton
                      key="rate"
                      type="button"
                      onClick={() => setDialog({ type: 'rate', option, stakeholder })}
                    >
                      {rating
                        ? t('trajectories.valuation.changeRating')
                        : t('trajectories.valuation.rate')}
                      <span className="ins-visually-hidden">{` ${option.title}`}</span>
                    </SubtleButton>,
                  ],
                };
              })}
            />
          ))}
        </>
      ) : null}

      {trajectory.viewer.canSeeWorkspace ? (
        <>
          <Heading2>{t('trajectories.valuation.raters')}</Heading2>
          {invites.length === 0 ? (
            <EmptyState title={t('trajectories.valuation.noRaters')} />
          ) : (
            <SimpleTable
              label={t('trajectories.valuation.raters')}
              columns={[
                t('trajectories.valuation.rater'),
                t('trajectories.valuation.stakeholder'),
                ...(canEdit ? [t('trajectories.common.actions')] : []),
              ]}
              rows={invites.map((entry) => {
                const name = entry.person?.name ?? t('trajectories.team.unknownPerson');
                const group = stakeholderName(entry.stakeholderId);
                return {
                  key: `${entry.userId}-${entry.stakeholderId}`,
                  cells: [
                    name,
                    group,
                    ...(canEdit
                      ? [
                          <SubtleButton
                            key="remove"
                            type="button"
                            onClick={() =>
                              setDialog({
                                type: 'uninvite',
                                userId: entry.userId,
                                stakeholderId: entry.stakeholderId,
                                name,
                                group,
                              })
                            }
                          >
                            {t('trajectories.valuation.uninvite')}
                            <span className="ins-visually-hidden">{` ${name} (${group})`}</span>
                          </SubtleButton>,
                        ]
                      : []),
                  ],
                };
              })}
            />
          )}
          {canEdit ? (
            stakeholders.length === 0 ? (
              <Paragraph>{t('trajectories.valuation.needStakeholders')}</Paragraph>
            ) : (
              <ButtonRow>
                <PrimaryActionButton onClick={() => setDialog({ type: 'invite' })}>
                  {t('trajectories.valuation.invite')}
                </PrimaryActionButton>
              </ButtonRow>
            )
          ) : null}
        </>
      ) : null}

      {dialog?.type === 'invite' ? (
        <PersonDialog
          trajectoryId={trajectory.id}
          title={t('trajectories.valuation.invite')}
          submitLabel={t('trajectories.valuation.invite')}
          personLabel={t('trajectories.people.person')}
          description={t('trajectories.valuation.inviteHint')}
          choice={{
            label: t('trajectories.valuation.stakeholder'),
            initial: stakeholders[0]?.id ?? '',
            options: stakeholders.map((s) => ({ value: s.id, label: s.name })),
          }}
          onClose={() => setDialog(null)}
          onSubmit={(person, stakeholderId) =>
            invite.run({ input: { trajectoryId: trajectory.id, userId: person.id, stakeholderId } })
          }
          onSaved={(person) => {
            setDialog(null);
            toast(t('trajectories.valuation.invited', { name: person.name }));
          }}
        />
      ) : null}
      {dialog?.type === 'uninvite' ? (
        <ConfirmDialog
          title={t('trajectories.valuation.uninviteTitle')}
          message={t('trajectories.valuation.uninviteConfirm', {
            name: dialog.name,
            group: dialog.group,
          })}
          confirmLabel={t('trajectories.valuation.uninvite')}
          onClose={() => setDialog(null)}
          onConfirm={() =>
            uninvite.run({
              input: {
                trajectoryId: trajectory.id,
                userId: dialog.userId,
                stakeholderId: dialog.stakeholderId,
              },
            })
          }
          onDone={() => {
            setDialog(null);
            toast(t('trajectories.valuation.uninvited'));
          }}
        />
      ) : null}
      {dialog?.type === 'rate' ? (
        <FormDialog
          title={t('trajectories.valuation.rateTitle', {
            option: dialog.option.title,
            name: dialog.stakeholder.name,
          })}
          submitLabel={t('common.save')}
          fields={[
            {
              name: 'score',
              label: t('trajectories.valuation.score'),
              kind: 'select',
              options: SCORES.map((value) => ({ value, label: scoreLabel(value) })),
            },
            {
              name: 'comment',
              label: t('trajectories.valuation.comment'),
              kind: 'textarea',
              maxLength: 2000,
            },
          ]}
          initial={{
            score: String(myRating(dialog.option.id, dialog.stakeholder.id)?.score ?? 3),
            comment: myRating(dialog.option.id, dialog.stakeholder.id)?.comment ?? '',
          }}
          onClose={() => setDialog(null)}
          onSubmit={(values) =>
            rate.run({
              input: {
                optionId: dialog.option.id,
                stakeholderId: dialog.stakeholder.id,
                score: Number(values['score']),
                comment: values['comment']?.trim() ?? '',
              },
            })
          }
          onSaved={() => {
            setDialog(null);
            toast(t('trajectories.valuation.rated'));
          }}
        />
      ) : null}
    </>
  );
}
