import {
  EmptyState,
  Heading3,
  Paragraph,
  PrimaryActionButton,
  StatusBadge,
  UnorderedList,
  UnorderedListItem,
} from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../app/toasts';
import type { SuccessDimension } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { useCreateSuccessCriterion } from '../hooks/useCreateSuccessCriterion';
import { formatDay } from '../trajectory-labels';
import { FormDialog } from './FormDialog';
import type { SectionProps } from './types';

const DIMENSIONS: readonly SuccessDimension[] = ['PRODUCTIVITY', 'QUALITY_OF_WORK'];

export function CriteriaSection({ trajectory, canEdit }: SectionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const create = useCreateSuccessCriterion(trajectory.id);
  const [adding, setAdding] = useState(false);
  const beforePilot = trajectory.phaseNumber <= 3;
  const criteria = trajectory.successCriteria;

  return (
    <>
      <Paragraph>{t('trajectories.criteria.intro')}</Paragraph>
      {criteria.length === 0 ? <EmptyState title={t('trajectories.criteria.empty')} /> : null}
      <ul className="ins-card-list">
        {criteria.map((criterion) => (
          <li key={criterion.id} className="ins-card-list__item">
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
                  {`${t('trajectories.criteria.agreedOn')}: ${formatDay(criterion.agreedOn, language)} ${criterion.agreedBy}`}
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
                    {result.note ? ` ${result.note}` : ''}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </li>
        ))}
      </ul>
      {criteria.some((criterion) => criterion.lockedAt) ? (
        <Paragraph>{t('trajectories.criteria.lockedNote')}</Paragraph>
      ) : null}
      {canEdit && beforePilot ? (
        <PrimaryActionButton onClick={() => setAdding(true)}>
          {t('trajectories.criteria.add')}
        </PrimaryActionButton>
      ) : null}
      {canEdit && !beforePilot ? (
        <Paragraph>{t('trajectories.criteria.closedForNew')}</Paragraph>
      ) : null}
      {adding ? (
        <FormDialog
          title={t('trajectories.criteria.add')}
          submitLabel={t('trajectories.criteria.add')}
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
            { name: 'agreedBy', label: t('trajectories.criteria.agreedBy') },
          ]}
          initial={{
            metric: '',
            target: '',
            howMeasured: '',
            dimension: 'PRODUCTIVITY',
            agreedBy: '',
          }}
          onClose={() => setAdding(false)}
          onSubmit={(values) =>
            create.run({
              trajectoryId: trajectory.id,
              metric: values['metric']?.trim() ?? '',
              target: values['target']?.trim() ?? '',
              howMeasured: values['howMeasured']?.trim() ?? '',
              dimension: values['dimension'] as SuccessDimension,
              agreedBy: values['agreedBy']?.trim() ?? '',
            })
          }
          onSaved={() => {
            setAdding(false);
            toast(t('trajectories.criteria.created'));
          }}
        />
      ) : null}
    </>
  );
}
