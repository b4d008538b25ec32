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
import { useCreateDecisionRule } from '../hooks/useCreateDecisionRule';
import { useRecordDecision } from '../hooks/useRecordDecision';
import { formatDay, phaseLabel, phaseOptions } from '../trajectory-labels';
import { FormDialog } from './FormDialog';
import { SimpleTable } from './SimpleTable';
import type { SectionProps } from './types';

const LEVELS: readonly ParticipationLevel[] = [
  'INFORM',
  'CONSULT',
  'ADVISE',
  'CO_DECIDE',
  'DELEGATE',
];

export function RulesSection({ trajectory, canEdit }: SectionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const createRule = useCreateDecisionRule(trajectory.id);
  const recordDecision = useRecordDecision(trajectory.id);
  const [dialog, setDialog] = useState<'rule' | 'decision' | null>(null);
  const rules = trajectory.decisionRules;
  const ruleTopic = (id: string) => rules.find((rule) => rule.id === id)?.topic ?? '';
  const today = new Date().toISOString().slice(0, 10);

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
          ]}
          rows={rules.map((rule) => ({
            key: rule.id,
            cells: [
              rule.topic,
              phaseLabel(t, rule.phase),
              rule.decidedBy,
              t(`trajectories.rules.levels.${rule.participationLevel}`),
              rule.employeeInvolvement,
            ],
          }))}
        />
      )}
      {canEdit ? (
        <ButtonRow>
          <PrimaryActionButton onClick={() => setDialog('rule')}>
            {t('trajectories.rules.add')}
          </PrimaryActionButton>
          {rules.length > 0 ? (
            <SecondaryActionButton onClick={() => setDialog('decision')}>
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
          ]}
          rows={trajectory.decisions.map((decision) => ({
            key: decision.id,
            cells: [
              decision.outcome,
              ruleTopic(decision.ruleId),
              formatDay(decision.decidedOn, language),
              decision.rationale,
              decision.inputResponse,
            ],
          }))}
        />
      )}

      {dialog === 'rule' ? (
        <FormDialog
          title={t('trajectories.rules.add')}
          submitLabel={t('trajectories.rules.add')}
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
            topic: '',
            phase: trajectory.phase,
            decidedBy: '',
            participationLevel: 'ADVISE',
            employeeInvolvement: '',
          }}
          onClose={() => setDialog(null)}
          onSubmit={(values) =>
            createRule.run({
              trajectoryId: trajectory.id,
              topic: values['topic']?.trim() ?? '',
              phase: values['phase'] as SimPhase,
              decidedBy: values['decidedBy']?.trim() ?? '',
              participationLevel: values['participationLevel'] as ParticipationLevel,
              employeeInvolvement: values['employeeInvolvement']?.trim() ?? '',
            })
          }
          onSaved={() => {
            setDialog(null);
            toast(t('trajectories.rules.created'));
          }}
        />
      ) : null}
      {dialog === 'decision' ? (
        <FormDialog
          title={t('trajectories.rules.recordDecision')}
          submitLabel={t('trajectories.rules.recordDecision')}
          fields={[
            {
              name: 'ruleId',
              label: t('trajectories.rules.rule'),
              kind: 'select',
              options: rules.map((rule) => ({ value: rule.id, label: rule.topic })),
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
              description: t('trajectories.rules.decidedOnHint'),
              required: true,
            },
            {
              name: 'inputResponse',
              label: t('trajectories.rules.inputResponse'),
              kind: 'textarea',
            },
          ]}
          initial={{
            ruleId: rules[0]?.id ?? '',
            outcome: '',
            rationale: '',
            decidedOn: today,
            inputResponse: '',
          }}
          onClose={() => setDialog(null)}
          onSubmit={(values) =>
            recordDecision.run({
              ruleId: values['ruleId'] ?? '',
              outcome: values['outcome']?.trim() ?? '',
              rationale: values['rationale']?.trim() ?? '',
              decidedOn: values['decidedOn']?.trim() ?? '',
              inputResponse: values['inputResponse']?.trim() ?? '',
            })
          }
          onSaved={() => {
            setDialog(null);
            toast(t('trajectories.rules.decisionRecorded'));
          }}
        />
      ) : null}
    </>
  );
}
