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
import {
  DeleteBusinessCaseItemMutation,
  DeleteSolutionOptionMutation,
  UpdateBusinessCaseItemMutation,
  UpdateSolutionOptionMutation,
} from '../graphql/trajectory-mutations';
import { useAddBusinessCaseItem } from '../hooks/useAddBusinessCaseItem';
import { useCreateSolutionOption } from '../hooks/useCreateSolutionOption';
import { useSetOptionEffect } from '../hooks/useSetOptionEffect';
import { useTrajectoryChange } from '../hooks/useTrajectoryChange';
import { formatEuro, SCALE, toScale } from '../trajectory-labels';
import { ConfirmDialog } from './ConfirmDialog';
import { FormDialog, parseAmount } from './FormDialog';
import { ItemActions } from './ItemActions';
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

type Option = NonNullable<SectionProps['trajectory']['solutionOptions']>[number];
type Effect = Option['effects'][number];
type Item = Option['businessCase'][number];
type Dialog =
  | { type: 'option'; option?: Option }
  | { type: 'deleteOption'; option: Option }
  | { type: 'effect'; optionId: string; title: string; effect?: Effect; aspect?: ImpactAspect }
  | { type: 'item'; optionId: string; title: string; item?: Item }
  | { type: 'deleteItem'; item: Item }
  | null;

export function ImpactSection({ trajectory, canEdit }: SectionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const createOption = useCreateSolutionOption(trajectory.id);
  const setEffect = useSetOptionEffect(trajectory.id);
  const addItem = useAddBusinessCaseItem();
  const updateOption = useTrajectoryChange(UpdateSolutionOptionMutation, trajectory.id);
  const deleteOption = useTrajectoryChange(DeleteSolutionOptionMutation, trajectory.id);
  const updateItem = useTrajectoryChange(UpdateBusinessCaseItemMutation, trajectory.id);
  const deleteItem = useTrajectoryChange(DeleteBusinessCaseItemMutation, trajectory.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const options = trajectory.solutionOptions ?? [];
  const ratingLabel = (rating: number) => t(`trajectories.impact.ratings.${toScale(rating)}`);

  return (
    <>
      <Paragraph>{t('trajectories.impact.intro')}</Paragraph>
      {options.length === 0 ? <EmptyState title={t('trajectories.impact.empty')} /> : null}
      <ul className="ins-card-list">
        {options.map((option) => (
          <li
            key={option.id}
            id={`item-${option.id}`}
            tabIndex={-1}
            className="ins-card-list__item"
          >
            <Heading3>{option.title}</Heading3>
            {option.description ? <Paragraph>{option.description}</Paragraph> : null}
            {canEdit ? (
              <ItemActions
                name={option.title}
                onEdit={() => setDialog({ type: 'option', option })}
                onDelete={() => setDialog({ type: 'deleteOption', option })}
              />
            ) : null}
            <SimpleTable
              label={t('trajectories.impact.effectsLabel', { title: option.title })}
              columns={[
                t('trajectories.impact.aspect'),
                t('trajectories.impact.rating'),
                t('trajectories.impact.explanation'),
                ...(canEdit ? [t('trajectories.common.actions')] : []),
              ]}
              rows={ASPECTS.map((aspect) => {
                const effect = option.effects.find((e) => e.aspect === aspect);
                const aspectLabel = t(`trajectories.impact.aspects.${aspect}`);
                return {
                  key: aspect,
                  cells: [
                    aspectLabel,
                    effect ? ratingLabel(effect.rating) : t('trajectories.impact.notRated'),
                    effect?.explanation ?? '',
                    ...(canEdit
                      ? [
                          <ItemActions
                            key="actions"
                            name={`${aspectLabel} (${option.title})`}
                            onEdit={() =>
                              setDialog({
                                type: 'effect',
                                optionId: option.id,
                                title: option.title,
                                aspect,
                                ...(effect ? { effect } : {}),
                              })
                            }
                          />,
                        ]
                      : []),
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
                    {canEdit ? (
                      <>
                        {' '}
                        <ItemActions
                          name={item.description}
                          onEdit={() =>
                            setDialog({
                              type: 'item',
                              optionId: option.id,
                              title: option.title,
                              item,
                            })
                          }
                          onDelete={() => setDialog({ type: 'deleteItem', item })}
                        />
                      </>
                    ) : null}
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

      {dialog?.type === 'deleteOption' ? (
        <ConfirmDialog
          title={t('trajectories.impact.deleteOptionTitle')}
          message={t('trajectories.impact.deleteOptionConfirm', { title: dialog.option.title })}
          confirmLabel={t('trajectories.common.delete')}
          onClose={() => setDialog(null)}
          onConfirm={() => deleteOption.run({ id: dialog.option.id })}
          onDone={() => {
            setDialog(null);
            toast(t('trajectories.impact.optionDeleted'));
          }}
        />
      ) : null}
      {dialog?.type === 'deleteItem' ? (
        <ConfirmDialog
          title={t('trajectories.impact.deleteItemTitle')}
          message={t('trajectories.impact.deleteItemConfirm', {
            description: dialog.item.description,
          })}
          confirmLabel={t('trajectories.common.delete')}
          onClose={() => setDialog(null)}
          onConfirm={() => deleteItem.run({ id: dialog.item.id })}
          onDone={() => {
            setDialog(null);
            toast(t('trajectories.impact.itemDeleted'));
          }}
        />
      ) : null}
      {dialog?.type === 'option' ? (
        <FormDialog
          title={
            dialog.option ? t('trajectories.impact.editOption') : t('trajectories.impact.addOption')
          }
          submitLabel={dialog.option ? t('common.save') : t('trajectories.impact.addOption')}
          fields={[
            { name: 'title', label: t('trajectories.impact.optionTitle'), required: true },
            {
              name: 'description',
              label: t('trajectories.impact.optionDescription'),
              kind: 'textarea',
            },
          ]}
          initial={{
            title: dialog.option?.title ?? '',
            description: dialog.option?.description ?? '',
          }}
          onClose={() => setDialog(null)}
          onSubmit={(values) => {
            const fields = {
              title: values['title']?.trim() ?? '',
              description: values['description']?.trim() ?? '',
            };
            return dialog.option
              ? updateOption.run({ input: { id: dialog.option.id, ...fields } })
              : createOption.run({ trajectoryId: trajectory.id, ...fields });
          }}
          onSaved={() => {
            setDialog(null);
            toast(
              dialog.option
                ? t('trajectories.impact.optionSaved')
                : t('trajectories.impact.optionCreated'),
            );
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
          initial={{
            aspect: dialog.aspect ?? 'SERVICE_DELIVERY',
            rating: toScale(dialog.effect?.rating ?? 0),
            explanation: dialog.effect?.explanation ?? '',
          }}
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
          title={
            dialog.item
              ? t('trajectories.impact.editItemFor', { title: dialog.title })
              : t('trajectories.impact.addItemFor', { title: dialog.title })
          }
          submitLabel={dialog.item ? t('common.save') : t('trajectories.impact.addItem')}
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
            {
              name: 'amount',
              label: t('trajectories.impact.amount'),
              description: t('trajectories.impact.amountHint'),
              kind: 'number',
              required: true,
              min: -99_999_999_999,
              max: 99_999_999_999,
              hidden: (values) => values['kind'] !== 'QUANTITATIVE',
            },
            {
              name: 'rating',
              label: t('trajectories.impact.rating'),
              kind: 'select',
              options: SCALE.map((value) => ({
                value,
                label: t(`trajectories.impact.ratings.${value}`),
              })),
              hidden: (values) => values['kind'] !== 'QUALITATIVE',
            },
          ]}
          initial={{
            kind: dialog.item?.kind ?? 'QUANTITATIVE',
            description: dialog.item?.description ?? '',
            amount: dialog.item?.amount != null ? String(dialog.item.amount) : '',
            rating: toScale(dialog.item?.rating ?? 0),
          }}
          onClose={() => setDialog(null)}
          onSubmit={(values) => {
            const kind = values['kind'] as BusinessCaseKind;
            const amount = values['amount']?.trim() ?? '';
            const fields = {
              kind,
              description: values['description']?.trim() ?? '',
              amount: kind === 'QUANTITATIVE' && amount ? parseAmount(amount) : null,
              rating: kind === 'QUALITATIVE' ? Number(values['rating']) : null,
            };
            return dialog.item
              ? updateItem.run({ input: { id: dialog.item.id, ...fields } })
              : addItem.run({ optionId: dialog.optionId, ...fields });
          }}
          onSaved={() => {
            setDialog(null);
            toast(
              dialog.item ? t('trajectories.impact.itemSaved') : t('trajectories.impact.itemAdded'),
            );
          }}
        />
      ) : null}
    </>
  );
}
