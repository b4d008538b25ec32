import {
  DataTable,
  Heading2,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  StatusBadge,
  TableCell,
  TableRow,
} from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../i18n/format';
import { trajectoryBoardPath } from '../../feedback/paths';
import { useLanguage } from '../../../i18n/useLanguage';
import { phaseLabel, SIM_PHASE_ORDER } from '../trajectory-labels';
import { ChangePhaseDialog } from './ChangePhaseDialog';
import { EditTrajectoryDialog } from './EditTrajectoryDialog';
import { PhaseGuidelines } from './PhaseGuidelines';
import type { SectionProps } from './types';

export function OverviewSection({ trajectory, canEdit }: SectionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [changing, setChanging] = useState(false);
  const [editing, setEditing] = useState(false);
  return (
    <>
      <Heading2>{t('trajectories.overview.problemStatement')}</Heading2>
      <Paragraph className="ins-pre-line">{trajectory.problemStatement}</Paragraph>
      <Heading2>{t('trajectories.overview.goals')}</Heading2>
      <Paragraph className="ins-pre-line">
        {trajectory.goals || t('trajectories.overview.noGoals')}
      </Paragraph>
      <Paragraph>
        <strong>{t('trajectories.overview.owner')}</strong>
        {`: ${trajectory.owner?.name ?? ''} · `}
        <strong>{t('trajectories.overview.visibility')}</strong>
        {`: ${t(`trajectories.visibility.${trajectory.visibility}`)} · `}
        <strong>{t('trajectories.overview.responseTarget')}</strong>
        {`: ${t('trajectories.overview.workingDays', { count: trajectory.responseTargetDays })}`}
      </Paragraph>
      {canEdit ? (
        <SecondaryActionButton onClick={() => setEditing(true)}>
          {t('trajectories.edit.open')}
        </SecondaryActionButton>
      ) : null}

      <Heading2>{t('trajectories.overview.timeline')}</Heading2>
      <ol className="ins-phase-timeline" aria-label={t('trajectories.overview.timelineLabel')}>
        {SIM_PHASE_ORDER.map((phase, index) => {
          const number = index + 1;
          const state =
            number === trajectory.phaseNumber
              ? 'current'
              : number < trajectory.phaseNumber
                ? 'done'
                : 'upcoming';
          return (
            <li
              key={phase}
              className={`ins-phase-timeline__step ins-phase-timeline__step--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              {phaseLabel(t, phase)}
              {` (${t(`trajectories.overview.${state}`)})`}
            </li>
          );
        })}
      </ol>
      {canEdit ? (
        <PrimaryActionButton onClick={() => setChanging(true)}>
          {t('trajectories.changePhase.open')}
        </PrimaryActionButton>
      ) : null}
      {trajectory.viewer.canSeeWorkspace ? <PhaseGuidelines phase={trajectory.phase} /> : null}

      <Heading2>{t('trajectories.overview.history')}</Heading2>
      <DataTable
        label={t('trajectories.overview.historyLabel')}
        columns={[
          t('trajectories.overview.historyColumns.when'),
          t('trajectories.overview.historyColumns.change'),
          t('trajectories.overview.historyColumns.who'),
          t('trajectories.overview.historyColumns.reason'),
        ]}
      >
        {trajectory.phaseHistory.map((change) => (
          <TableRow key={change.id}>
            <TableCell>{formatDateTime(change.at, language)}</TableCell>
            <TableCell>
              {change.fromPhase
                ? t('trajectories.overview.moved', {
                    from: phaseLabel(t, change.fromPhase),
                    to: phaseLabel(t, change.toPhase),
                  })
                : t('trajectories.overview.started', { to: phaseLabel(t, change.toPhase) })}
              {change.steppedBack ? (
                <>
                  {' '}
                  <StatusBadge status="warning">
                    {t('trajectories.overview.steppedBack')}
                  </StatusBadge>
                </>
              ) : null}
            </TableCell>
            <TableCell>{change.actor?.name ?? ''}</TableCell>
            <TableCell>{change.reason || t('trajectories.overview.noReason')}</TableCell>
          </TableRow>
        ))}
      </DataTable>

      <Heading2>{t('trajectories.overview.input')}</Heading2>
      <Paragraph>
        {t('trajectories.overview.inputBoard')}{' '}
        <Link to={trajectoryBoardPath(trajectory.id)}>{t('feedback.board.title')}</Link>
      </Paragraph>

      {editing ? (
        <EditTrajectoryDialog trajectory={trajectory} onClose={() => setEditing(false)} />
      ) : null}
      {changing ? (
        <ChangePhaseDialog trajectory={trajectory} onClose={() => setChanging(false)} />
      ) : null}
    </>
  );
}
