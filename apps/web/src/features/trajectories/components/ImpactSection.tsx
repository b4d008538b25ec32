import {
  ButtonRow,
  EmptyState,
  Heading3,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  UnorderedList,
  UnorderedListItem,
} from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../app/toasts';
import type { BusinessCaseKind, ImpactAspect } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { useAddBusinessCaseItem } from '../hooks/useAddBusinessCaseItem';
import { useCreateSolutionOption } from '../hooks/useCreateSolutionOption';
import { useSetOptionEffect } from '../hooks/useSetOptionEffect';
import { formatEuro, SCALE, toScale } from '../trajectory-labels';
import { FormDialog } from './FormDialog';
import { SimpleTable } from './SimpleTable';
import type { SectionProps } from './types';

const ASPECTS: readonly ImpactAspect[] = [
  'SERVICE_DELIVERY',
  'WORK_ORGANISATION',
  'TASKS',
  'COMPETENCES',
  'WORKING_CONDITIONS',
];
const KINDS: readonly BusinessCaseKind[] = ['QUANTITATIVE', 'QUALITATIVE'];

type Dialog =
  | { type: 'option' }
  | { type: 'effect'; optionId: string; title: string }
  | { type: 'item'; optionId: string; title: string }
  | null;

export function ImpactSection({ trajectory, canEdit }: SectionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const createOption = useCreateSolutionOption(trajectory.id);
  const setEffect = useSetOptionEffect(trajectory.id);
  const addItem = useAddBusinessCaseItem();
  const [dialog, setDialog] = useState<Dialog>(null);
  const options = trajectory.solutionOptions ?? [];
  const ratingLabel = (rating: number) => t(`trajectories.impact.ratings.${toScale(rating)}`);

  return (
    <>
      <Paragraph>{t('trajectories.impact.intro')}</Paragraph>
      {options.length === 0 ? <EmptyState title={t('trajectories.impact.empty')} /> : null}
      <ul className="ins-card-list">
        {options.map((option) => (
          <li key={option.id} className="ins-card-list__item">
            <Heading3>{option.title}</Heading3>
            {option.description ? <Paragraph>{option.description}</Paragraph> : null}
            <SimpleTable
              label={t('trajectories.impact.effectsLabel', { title: option.title })}
              columns={[
                t('trajectories.impact.aspect'),
                t('trajectories.impact.rating'),
                t('trajectories.impact.explanation'),
              ]}
              rows={ASPECTS.map((aspect) => {
                const effect = option.effects.find((e) => e.aspect === aspect);
                return {
                  key: aspect,
                  cells: [
                    t(`trajectories.impact.aspects.${aspect}`),
                    effect ? ratingLabel(effect.rating) : t('trajectories.impact.notRated'),
                    effect?.explanation ?? '',
                  ],
                };
              })}
            />
            <Heading3>{t('trajectories.impact.businessCase')}</Heading3>
            {option.businessCase.length === 0 ? (
              <Paragraph>{t('trajectories.impact.noBusinessCase')}</Paragraph>
            ) : (
              <UnorderedList>
                {option.businessCase.map((item) => (
                  <UnorderedListItem key={item.id}>
                    {`${t(`trajectories.impact.kinds.${item.kind}`)}: ${item.description}`}
                    {item.amount != null
                      ? ` — ${t('trajectories.impact.perYear', { amount: formatEuro(item.amount, language) })}`
                      : ''}
                    {item.rating != null ? ` — ${ratingLabel(item.rating)}` : ''}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
            {canEdit ? (
              <ButtonRow>
                <SecondaryActionButton
                  aria-label={t('trajectories.impact.setEffectFor', { title: option.title })}
                  onClick={() =>
                    setDialog({ type: 'effect', optionId: option.id, title: option.title })
                  }
                >
                  {t('trajectories.impact.setEffect')}
                </SecondaryActionButton>
                <SecondaryActionButton
                  aria-label={t('trajectories.impact.addItemFor', { title: option.title })}
                  onClick={() =>
                    setDialog({ type: 'item', optionId: option.id, title: option.title })
                  }
                >
                  {t('trajectories.impact.addItem')}
                </SecondaryActionButton>
              </ButtonRow>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <PrimaryActionButton onClick={() => setDialog({ type: 'option' })}>
          {t('trajectories.impact.addOption')}
        </PrimaryActionButton>
      ) : null}

      {dialog?.type === 'option' ? (
        <FormDialog
          title={t('trajectories.impact.addOption')}
          submitLabel={t('trajectories.impact.addOption')}
          fields={[
            { name: 'title', label: t('trajectories.impact.optionTitle'), required: true },
            {
              name: 'description',
              label: t('trajectories.impact.optionDescription'),
              kind: 'textarea',
            },
          ]}
          initial={{ title: '', description: '' }}
          onClose={() => setDialog(null)}
          onSubmit={(values) =>
            createOption.run({
              trajectoryId: trajectory.id,
              title: values['title']?.trim() ?? '',
              description: values['description']?.trim() ?? '',
            })
          }
          onSaved={() => {
            setDialog(null);
            toast(t('trajectories.impact.optionCreated'));
          }}
        />
      ) : null}
      {dialog?.type === 'effect' ? (
        <FormDialog
          title={t('trajectories.impact.setEffectFor', { title: dialog.title })}
          submitLabel={t('trajectories.impact.setEffect')}
          fields={[
            {
              name: 'aspect',
              label: t('trajectories.impact.aspect'),
              kind: 'select',
              options: ASPECTS.map((aspect) => ({
                value: aspect,
                label: t(`trajectories.impact.aspects.${aspect}`),
              })),
            },
            {
              name: 'rating',
              label: t('trajectories.impact.rating'),
              kind: 'select',
              options: SCALE.map((value) => ({
                value,
                label: t(`trajectories.impact.ratings.${value}`),
              })),
            },
            {
              name: 'explanation',
              label: t('trajectories.impact.explanation'),
              kind: 'textarea',
              required: true,
            },
          ]}
          initial={{ aspect: 'SERVICE_DELIVERY', rating: '0', explanation: '' }}
          onClose={() => setDialog(null)}
          onSubmit={(values) =>
            setEffect.run({
              optionId: dialog.optionId,
              aspect: values['aspect'] as ImpactAspect,
              rating: Number(values['rating']),
              explanation: values['explanation']?.trim() ?? '',
            })
          }
          onSaved={() => {
            setDialog(null);
            toast(t('trajectories.impact.effectSaved'));
          }}
        />
      ) : null}
      {dialog?.type === 'item' ? (
        <FormDialog
          title={t('trajectories.impact.addItemFor', { title: dialog.title })}
          submitLabel={t('trajectories.impact.addItem')}
          fields={[
            {
              name: 'kind',
              label: t('trajectories.impact.kind'),
              kind: 'select',
              options: KINDS.map((kind) => ({
                value: kind,
                label: t(`trajectories.impact.kinds.${kind}`),
              })),
            },
            { name: 'description', label: t('trajectories.impact.description'), required: true },
            { name: 'amount', label: t('trajectories.impact.amount') },
            {
              name: 'rating',
              label: t('trajectories.impact.rating'),
              kind: 'select',
              options: SCALE.map((value) => ({
                value,
                label: t(`trajectories.impact.ratings.${value}`),
              })),
            },
          ]}
          initial={{ kind: 'QUANTITATIVE', description: '', amount: '', rating: '0' }}
          onClose={() => setDialog(null)}
          onSubmit={(values) => {
            const kind = values['kind'] as BusinessCaseKind;
            const amount = values['amount']?.trim().replace(',', '.');
            return addItem.run({
              optionId: dialog.optionId,
              kind,
              description: values['description']?.trim() ?? '',
              amount: kind === 'QUANTITATIVE' && amount ? Number(amount) : null,
              rating: kind === 'QUALITATIVE' ? Number(values['rating']) : null,
            });
          }}
          onSaved={() => {
            setDialog(null);
            toast(t('trajectories.impact.itemAdded'));
          }}
        />
      ) : null}
    </>
  );
}
