import {
  ButtonRow,
  EmptyState,
  Heading2,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
} from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../app/toasts';
import type { ParticipationLevel, SimPhase } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import {
  DeleteDecisionMutation,
  DeleteDecisionRuleMutation,
  UpdateDecisionMutation,
  UpdateDecisionRuleMutation,
} from '../graphql/trajectory-mutations';
import { useCreateDecisionRule } from '../hooks/useCreateDecisionRule';
import { useRecordDecision } from '../hooks/useRecordDecision';
import { useTrajectoryChange } from '../hooks/useTrajectoryChange';
import { formatDay, phaseLabel, phaseOptions } from '../trajectory-labels';
import { ConfirmDialog } from './ConfirmDialog';
import { FormDialog } from './FormDialog';
import { ItemActions } from './ItemActions';
import { SimpleTable } from './SimpleTable';
import type { SectionProps } from './types';

const LEVELS: readonly ParticipationLevel[] = [
  'INFORM',
  'CONSULT',
  'ADVISE',
  'CO_DECIDE',
  'DELEGATE',
];

type Rule = SectionProps['trajectory']['decisionRules'][number];
type Decision = SectionProps['trajectory']['decisions'][number];
type Dialog =
  | { type: 'rule'; rule?: Rule }
  | { type: 'deleteRule'; rule: Rule }
  | { type: 'decision'; decision?: Decision }
  | { type: 'deleteDecision'; decision: Decision }
  | null;

export function RulesSection({ trajectory, canEdit }: SectionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const createRule = useCreateDecisionRule(trajectory.id);
  const recordDecision = useRecordDecision(trajectory.id);
  const updateRule = useTrajectoryChange(UpdateDecisionRuleMutation, trajectory.id);
  const deleteRule = useTrajectoryChange(DeleteDecisionRuleMutation, trajectory.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const rules = trajectory.decisionRules;
  const updateDecision = useTrajectoryChange(UpdateDecisionMutation, trajectory.id);
  const deleteDecision = useTrajectoryChange(DeleteDecisionMutation, trajectory.id);
  const editing = dialog?.type === 'rule' ? dialog.rule : undefined;
  const correcting = dialog?.type === 'decision' ? dialog.decision : undefined;
  const ruleTopic = (id: string) => rules.find((rule) => rule.id === id)?.topic ?? '';
  const now = new Date();
  const today = new Date(now.getTime() - now.getTimezoneOffset() * 60_000)
    .toISOString()
    .slice(0, 10);

  return (
    <>
      <Paragraph>{t('trajectories.rules.intro')}</Paragraph>
      {rules.length === 0 ? (
        <EmptyState title={t('trajectories.rules.empty')} />
      ) : (
        <SimpleTable
          label={t('trajectories.rules.tableLabel')}
          columns={[
            t('trajectories.rules.topic'),
            t('trajectories.rules.phase'),
            t('trajectories.rules.decidedBy'),
            t('trajectories.rules.level'),
            t('trajectories.rules.involvement'),
            ...(canEdit ? [t('trajectories.common.actions')] : []),
          ]}
          rows={rules.map((rule) => ({
            key: rule.id,
            id: `item-${rule.id}`,
            cells: [
              rule.topic,
              phaseLabel(t, rule.phase),
              rule.decidedBy,
              t(`trajectories.rules.levels.${rule.participationLevel}`),
              rule.employeeInvolvement,
              ...(canEdit
                ? [
                    <ItemActions
                      key="actions"
                      name={rule.topic}
                      onEdit={() => setDialog({ type: 'rule', rule })}
                      onDelete={() => setDialog({ type: 'deleteRule', rule })}
                    />,
                  ]
                : []),
            ],
          }))}
        />
      )}
      {canEdit ? (
        <ButtonRow>
          <PrimaryActionButton onClick={() => setDialog({ type: 'rule' })}>
            {t('trajectories.rules.add')}
          </PrimaryActionButton>
          {rules.length > 0 ? (
            <SecondaryActionButton onClick={() => setDialog({ type: 'decision' })}>
              {t('trajectories.rules.recordDecision')}
            </SecondaryActionButton>
          ) : null}
        </ButtonRow>
      ) : null}

      <Heading2>{t('trajectories.rules.decisions')}</Heading2>
      {trajectory.decisions.length === 0 ? (
        <EmptyState title={t('trajectories.rules.decisionsEmpty')} />
      ) : (
        <SimpleTable
          label={t('trajectories.rules.decisionsLabel')}
          columns={[
            t('trajectories.rules.outcome'),
            t('trajectories.rules.rule'),
            t('trajectories.rules.decidedOn'),
            t('trajectories.rules.rationale'),
            t('trajectories.rules.inputResponse'),
            ...(canEdit ? [t('trajectories.common.actions')] : []),
          ]}
          rows={trajectory.decisions.map((decision) => ({
            key: decision.id,
            id: `item-${decision.id}`,
            cells: [
              decision.outcome,
              ruleTopic(decision.ruleId),
              formatDay(decision.decidedOn, language),
              decision.rationale,
              decision.inputResponse,
              ...(canEdit
                ? [
                    <ItemActions
                      key="actions"
                      name={decision.outcome}
                      onEdit={() => setDialog({ type: 'decision', decision })}
                      onDelete={() => setDialog({ type: 'deleteDecision', decision })}
                    />,
                  ]
                : []),
            ],
          }))}
        />
      )}

      {dialog?.type === 'rule' ? (
        <FormDialog
          title={editing ? t('trajectories.rules.edit') : t('trajectories.rules.add')}
          submitLabel={editing ? t('common.save') : t('trajectories.rules.add')}
          fields={[
            { name: 'topic', label: t('trajectories.rules.topic'), required: true },
            {
              name: 'phase',
              label: t('trajectories.rules.phase'),
              kind: 'select',
              options: phaseOptions(t),
            },
            { name: 'decidedBy', label: t('trajectories.rules.decidedBy'), required: true },
            {
              name: 'participationLevel',
              label: t('trajectories.rules.level'),
              kind: 'select',
              options: LEVELS.map((level) => ({
                value: level,
                label: t(`trajectories.rules.levels.${level}`),
              })),
            },
            {
              name: 'employeeInvolvement',
              label: t('trajectories.rules.involvement'),
              kind: 'textarea',
            },
          ]}
          initial={{
            topic: editing?.topic ?? '',
            phase: editing?.phase ?? trajectory.phase,
            decidedBy: editing?.decidedBy ?? '',
            participationLevel: editing?.participationLevel ?? 'ADVISE',
            employeeInvolvement: editing?.employeeInvolvement ?? '',
          }}
          onClose={() => setDialog(null)}
          onSubmit={(values) => {
            const fields = {
              topic: values['topic']?.trim() ?? '',
              phase: values['phase'] as SimPhase,
              decidedBy: values['decidedBy']?.trim() ?? '',
              participationLevel: values['participationLevel'] as ParticipationLevel,
              employeeInvolvement: values['employeeInvolvement']?.trim() ?? '',
            };
            return editing
              ? updateRule.run({ input: { id: editing.id, ...fields } })
              : createRule.run({ trajectoryId: trajectory.id, ...fields });
          }}
          onSaved={() => {
            setDialog(null);
            toast(editing ? t('trajectories.rules.saved') : t('trajectories.rules.created'));
          }}
        />
      ) : null}
      {dialog?.type === 'deleteRule' ? (
        <ConfirmDialog
          title={t('trajectories.rules.deleteTitle')}
          message={t('trajectories.rules.deleteConfirm', { topic: dialog.rule.topic })}
          confirmLabel={t('trajectories.common.delete')}
          onClose={() => setDialog(null)}
          onConfirm={() => deleteRule.run({ id: dialog.rule.id })}
          onDone={() => {
            setDialog(null);
            toast(t('trajectories.rules.deleted'));
          }}
        />
      ) : null}
      {dialog?.type === 'deleteDecision' ? (
        <ConfirmDialog
          title={t('trajectories.rules.deleteDecisionTitle')}
          message={t('trajectories.rules.deleteDecisionConfirm', {
            outcome: dialog.decision.outcome,
          })}
          confirmLabel={t('trajectories.common.delete')}
          onClose={() => setDialog(null)}
          onConfirm={() => deleteDecision.run({ id: dialog.decision.id })}
          onDone={() => {
            setDialog(null);
            toast(t('trajectories.rules.decisionDeleted'));
          }}
        />
      ) : null}
      {dialog?.type === 'decision' ? (
        <FormDialog
          title={
            correcting
              ? t('trajectories.rules.editDecision')
              : t('trajectories.rules.recordDecision')
          }
          submitLabel={correcting ? t('common.save') : t('trajectories.rules.recordDecision')}
          fields={[
            {
              name: 'ruleId',
              label: t('trajectories.rules.rule'),
              kind: 'select',
              options: rules.map((rule) => ({ value: rule.id, label: rule.topic })),
              // A decision stays with the rule it was taken by.
              hidden: () => !!correcting,
            },
            { name: 'outcome', label: t('trajectories.rules.outcome'), required: true },
            {
              name: 'rationale',
              label: t('trajectories.rules.rationale'),
              kind: 'textarea',
              required: true,
            },
            {
              name: 'decidedOn',
              label: t('trajectories.rules.decidedOn'),
              kind: 'date',
              required: true,
            },
            {
              name: 'inputResponse',
              label: t('trajectories.rules.inputResponse'),
              kind: 'textarea',
            },
          ]}
          initial={{
            ruleId: correcting?.ruleId ?? rules[0]?.id ?? '',
            outcome: correcting?.outcome ?? '',
            rationale: correcting?.rationale ?? '',
            decidedOn: correcting?.decidedOn ?? today,
            inputResponse: correcting?.inputResponse ?? '',
          }}
          onClose={() => setDialog(null)}
          onSubmit={(values) => {
            const fields = {
              outcome: values['outcome']?.trim() ?? '',
              rationale: values['rationale']?.trim() ?? '',
              decidedOn: values['decidedOn']?.trim() ?? '',
              inputResponse: values['inputResponse']?.trim() ?? '',
            };
            return correcting
              ? updateDecision.run({ input: { id: correcting.id, ...fields } })
              : recordDecision.run({ ruleId: values['ruleId'] ?? '', ...fields });
          }}
          onSaved={() => {
            setDialog(null);
            toast(
              correcting
                ? t('trajectories.rules.decisionSaved')
                : t('trajectories.rules.decisionRecorded'),
            );
          }}
        />
      ) : null}
    </>
  );
}
