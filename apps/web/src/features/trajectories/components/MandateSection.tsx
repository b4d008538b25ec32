import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  EmptyState,
  Paragraph,
  PrimaryActionButton,
} from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../app/toasts';
import { useLanguage } from '../../../i18n/useLanguage';
import { useSetMandate } from '../hooks/useSetMandate';
import { formatDay, formatEuro } from '../trajectory-labels';
import { FormDialog, parseAmount } from './FormDialog';
import type { SectionProps } from './types';

export function MandateSection({ trajectory, canEdit }: SectionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const { setMandate } = useSetMandate();
  const [editing, setEditing] = useState(false);
  const mandate = trajectory.mandate;
  const notSet = t('trajectories.mandate.notSet');
  return (
    <>
      <Paragraph>{t('trajectories.mandate.intro')}</Paragraph>
      {mandate ? (
        <DataList>
          <DataListItem>
            <DataListKey>{t('trajectories.mandate.budget')}</DataListKey>
            <DataListValue>
              {mandate.budget != null ? formatEuro(mandate.budget, language) : notSet}
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('trajectories.mandate.deadline')}</DataListKey>
            <DataListValue>{formatDay(mandate.deadline, language) || notSet}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('trajectories.mandate.decisionSpace')}</DataListKey>
            <DataListValue>{mandate.decisionSpace || notSet}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('trajectories.mandate.constraints')}</DataListKey>
            <DataListValue>{mandate.constraints || notSet}</DataListValue>
          </DataListItem>
        </DataList>
      ) : (
        <EmptyState title={t('trajectories.mandate.none')} />
      )}
      {canEdit ? (
        <PrimaryActionButton onClick={() => setEditing(true)}>
          {mandate ? t('trajectories.mandate.edit') : t('trajectories.mandate.record')}
        </PrimaryActionButton>
      ) : null}
      {editing ? (
        <FormDialog
          title={mandate ? t('trajectories.mandate.edit') : t('trajectories.mandate.record')}
          submitLabel={t('common.save')}
          fields={[
            {
              name: 'budget',
              label: t('trajectories.mandate.budget'),
              kind: 'number',
              min: 0,
              max: 999_999_999_999,
            },
            { name: 'deadline', label: t('trajectories.mandate.deadline'), kind: 'date' },
            {
              name: 'decisionSpace',
              label: t('trajectories.mandate.decisionSpace'),
              kind: 'textarea',
              required: true,
            },
            { name: 'constraints', label: t('trajectories.mandate.constraints'), kind: 'textarea' },
          ]}
          initial={{
            budget: mandate?.budget != null ? String(mandate.budget) : '',
            deadline: mandate?.deadline ?? '',
            decisionSpace: mandate?.decisionSpace ?? '',
            constraints: mandate?.constraints ?? '',
          }}
          onClose={() => setEditing(false)}
          onSubmit={(values) => {
            const budget = values['budget']?.trim();
            return setMandate({
              trajectoryId: trajectory.id,
              budget: budget ? parseAmount(budget) : null,
              deadline: values['deadline']?.trim() || null,
              decisionSpace: values['decisionSpace']?.trim() ?? '',
              constraints: values['constraints']?.trim() ?? '',
            });
          }}
          onSaved={() => {
            setEditing(false);
            toast(t('trajectories.mandate.saved'));
          }}
        />
      ) : null}
    </>
  );
}
