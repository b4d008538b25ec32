import {
  ButtonRow,
  EmptyState,
  Heading3,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  StatusBadge,
  UnorderedList,
  UnorderedListItem,
} from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../app/toasts';
import { getFragmentData } from '../../../gql';
import type {
  CriterionVerdict,
  SuccessCriterionFieldsFragment,
  SuccessDimension,
} from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import {
  DeleteSuccessCriterionMutation,
  RecordCriterionResultMutation,
  UpdateSuccessCriterionMutation,
} from '../graphql/trajectory-mutations';
import { SuccessCriterionFieldsFragment as CriterionFields } from '../graphql/trajectory-queries';
import { useCreateSuccessCriterion } from '../hooks/useCreateSuccessCriterion';
import { useTrajectoryChange } from '../hooks/useTrajectoryChange';
import { formatDay } from '../trajectory-labels';
import { ConfirmDialog } from './ConfirmDialog';
import { FormDialog } from './FormDialog';
import { ItemActions } from './ItemActions';
import type { SectionProps } from './types';

const DIMENSIONS: readonly SuccessDimension[] = ['PRODUCTIVITY', 'QUALITY_OF_WORK'];
const VERDICTS: readonly CriterionVerdict[] = ['MET', 'NOT_MET'];

type Criterion = SuccessCriterionFieldsFragment;
type Dialog =
  | { type: 'criterion'; criterion?: Criterion }
  | { type: 'delete'; criterion: Criterion }
  | { type: 'result'; criterion: Criterion }
  | null;

/** Today in the reader's time zone, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export function CriteriaSection({ trajectory, canEdit }: SectionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const create = useCreateSuccessCriterion(trajectory.id);
  const update = useTrajectoryChange(UpdateSuccessCriterionMutation, trajectory.id);
  const remove = useTrajectoryChange(DeleteSuccessCriterionMutation, trajectory.id);
  const record = useTrajectoryChange(RecordCriterionResultMutation, trajectory.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const beforePilot = trajectory.phaseNumber <= 3;
  const resultsOpen = trajectory.phaseNumber >= 4;
  const criteria = getFragmentData(CriterionFields, trajectory.successCriteria);
  const editing = dialog?.type === 'criterion' ? dialog.criterion : undefined;

  return (
    <>
      <Paragraph>{t('trajectories.criteria.intro')}</Paragraph>
      {criteria.length === 0 ? <EmptyState title={t('trajectories.criteria.empty')} /> : null}
      <ul className="ins-card-list">
        {criteria.map((criterion) => (
          <li
            key={criterion.id}
            id={`item-${criterion.id}`}
            tabIndex={-1}
            className="ins-card-list__item"
          >
            <Heading3>{criterion.metric}</Heading3>
            <Paragraph>
              {criterion.lockedAt ? (
                <StatusBadge status="neutral">
                  {t('trajectories.criteria.locked', {
                    date: formatDay(criterion.lockedAt, language),
                  })}
                </StatusBadge>
              ) : (
                <StatusBadge>{t('trajectories.criteria.open')}</StatusBadge>
              )}
            </Paragraph>
            <UnorderedList>
              <UnorderedListItem>
                {`${t('trajectories.criteria.target')}: ${criterion.target}`}
              </UnorderedListItem>
              <UnorderedListItem>
                {`${t('trajectories.criteria.dimension')}: ${t(`trajectories.criteria.dimensions.${criterion.dimension}`)}`}
              </UnorderedListItem>
              {criterion.howMeasured ? (
                <UnorderedListItem>
                  {`${t('trajectories.criteria.howMeasured')}: ${criterion.howMeasured}`}
                </UnorderedListItem>
              ) : null}
              {criterion.agreedOn || criterion.agreedBy ? (
                <UnorderedListItem>
                  {`${t('trajectories.criteria.agreedOn')}: ${formatDay(criterion.agreedOn, language)} ${criterion.agreedBy}`.trim()}
                </UnorderedListItem>
              ) : null}
            </UnorderedList>
            <Heading3>{t('trajectories.criteria.results')}</Heading3>
            {criterion.results.length === 0 ? (
              <Paragraph>{t('trajectories.criteria.noResults')}</Paragraph>
            ) : (
              <UnorderedList>
                {criterion.results.map((result) => (
                  <UnorderedListItem key={result.id}>
                    {t('trajectories.criteria.result', {
                      value: result.value,
                      date: formatDay(result.measuredOn, language),
                    })}{' '}
                    <StatusBadge status={result.verdict === 'MET' ? 'success' : 'danger'}>
                      {t(`trajectories.criteria.verdicts.${result.verdict}`)}
                    </StatusBadge>
                    {` (${t('trajectories.criteria.inPhase', { number: result.phase === 'TEST' ? 4 : 5 })})`}
                    {result.note ? ` ${result.note}` : ''}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
            {canEdit && resultsOpen && criterion.lockedAt ? (
              <ButtonRow>
                <SecondaryActionButton
                  type="button"
                  onClick={() => setDialog({ type: 'result', criterion })}
                >
                  {t('trajectories.criteria.recordResult')}
                  <span className="ins-visually-hidden">{` ${criterion.metric}`}</span>
                </SecondaryActionButton>
              </ButtonRow>
            ) : null}
            {canEdit && beforePilot && !criterion.lockedAt ? (
              <ItemActions
                name={criterion.metric}
                onEdit={() => setDialog({ type: 'criterion', criterion })}
                onDelete={() => setDialog({ type: 'delete', criterion })}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {criteria.some((criterion) => criterion.lockedAt) ? (
        <Paragraph>{t('trajectories.criteria.lockedNote')}</Paragraph>
      ) : null}
      {canEdit && beforePilot ? (
        <PrimaryActionButton onClick={() => setDialog({ type: 'criterion' })}>
          {t('trajectories.criteria.add')}
        </PrimaryActionButton>
      ) : null}
      {canEdit && !beforePilot ? (
        <Paragraph>{t('trajectories.criteria.closedForNew')}</Paragraph>
      ) : null}

      {dialog?.type === 'criterion' ? (
        <FormDialog
          title={editing ? t('trajectories.criteria.edit') : t('trajectories.criteria.add')}
          submitLabel={editing ? t('common.save') : t('trajectories.criteria.add')}
          fields={[
            { name: 'metric', label: t('trajectories.criteria.metric'), required: true },
            { name: 'target', label: t('trajectories.criteria.target'), required: true },
            {
              name: 'howMeasured',
              label: t('trajectories.criteria.howMeasured'),
              kind: 'textarea',
            },
            {
              name: 'dimension',
              label: t('trajectories.criteria.dimension'),
              kind: 'select',
              options: DIMENSIONS.map((value) => ({
                value,
                label: t(`trajectories.criteria.dimensions.${value}`),
              })),
            },
            { name: 'agreedOn', label: t('trajectories.criteria.agreedOn'), kind: 'date' },
            { name: 'agreedBy', label: t('trajectories.criteria.agreedBy') },
          ]}
          initial={{
            metric: editing?.metric ?? '',
            target: editing?.target ?? '',
            howMeasured: editing?.howMeasured ?? '',
            dimension: editing?.dimension ?? 'PRODUCTIVITY',
            agreedOn: editing?.agreedOn ?? '',
            agreedBy: editing?.agreedBy ?? '',
          }}
          onClose={() => setDialog(null)}
          onSubmit={(values) => {
            const fields = {
              metric: values['metric']?.trim() ?? '',
              target: values['target']?.trim() ?? '',
              howMeasured: values['howMeasured']?.trim() ?? '',
              dimension: values['dimension'] as SuccessDimension,
              agreedOn: values['agreedOn']?.trim() || null,
              agreedBy: values['agreedBy']?.trim() ?? '',
            };
            return editing
              ? update.run({ input: { id: editing.id, ...fields } })
              : create.run({ trajectoryId: trajectory.id, ...fields });
          }}
          onSaved={() => {
            setDialog(null);
            toast(editing ? t('trajectories.criteria.saved') : t('trajectories.criteria.created'));
          }}
        />
      ) : null}
      {dialog?.type === 'delete' ? (
        <ConfirmDialog
          title={t('trajectories.criteria.deleteTitle')}
          message={t('trajectories.criteria.deleteConfirm', { metric: dialog.criterion.metric })}
          confirmLabel={t('trajectories.common.delete')}
          onClose={() => setDialog(null)}
          onConfirm={() => remove.run({ id: dialog.criterion.id })}
          onDone={() => {
            setDialog(null);
            toast(t('trajectories.criteria.deleted'));
          }}
        />
      ) : null}
      {dialog?.type === 'result' ? (
        <FormDialog
          title={t('trajectories.criteria.recordResultFor', { metric: dialog.criterion.metric })}
          submitLabel={t('trajectories.criteria.recordResult')}
          fields={[
            {
              name: 'value',
              label: t('trajectories.criteria.value'),
              description: t('trajectories.criteria.valueHint', {
                target: dialog.criterion.target,
              }),
              required: true,
            },
            {
              name: 'verdict',
              label: t('trajectories.criteria.verdict'),
              kind: 'select',
              options: VERDICTS.map((value) => ({
                value,
                label: t(`trajectories.criteria.verdicts.${value}`),
              })),
            },
            {
              name: 'measuredOn',
              label: t('trajectories.criteria.measuredOn'),
              kind: 'date',
              required: true,
            },
            { name: 'note', label: t('trajectories.criteria.note'), kind: 'textarea' },
          ]}
          initial={{ value: '', verdict: 'MET', measuredOn: today(), note: '' }}
          onClose={() => setDialog(null)}
          onSubmit={(values) =>
            record.run({
              input: {
                criterionId: dialog.criterion.id,
                value: values['value']?.trim() ?? '',
                verdict: values['verdict'] as CriterionVerdict,
                measuredOn: values['measuredOn']?.trim() ?? '',
                note: values['note']?.trim() ?? '',
              },
            })
          }
          onSaved={() => {
            setDialog(null);
            toast(t('trajectories.criteria.resultRecorded'));
          }}
        />
      ) : null}
    </>
  );
}
