import { useMutation } from '@apollo/client/react';
import {
  DataTable,
  Dialog,
  EmptyState,
  PrimaryActionButton,
  SecondaryActionButton,
  SelectField,
  StatusBadge,
  SubtleButton,
  TableCell,
  TableHeaderCell,
  TableRow,
  TextAreaField,
} from '@inspraak/web-ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useToast } from '../../../app/toasts';
import type { ChallengeState, TrajectoryRole } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { challengeProblem } from '../../challenge-admin/challenge-errors';
import { localeOf } from '../../challenge-admin/format';
import { ideaPath } from '../../challenge-admin/paths';
import {
  ChallengeEvaluationQuery,
  InviteWinnerMutation,
  SetIdeaShortlistedMutation,
  SetIdeaWinnerMutation,
} from '../graphql/evaluation';
import {
  displayRanking,
  formatScore,
  juryTotals,
  progressPercent,
  scoreBarPercent,
} from '../ranking-display';
import type { JuryCriterion } from './JurorScoring';

export interface RankedIdeaRow {
  ideaId: string;
  title: string;
  rank: number;
  score: number | null;
  jurorCount: number;
  shortlisted: boolean;
  winner: boolean;
  invitedRole: TrajectoryRole | null;
  criterionAverages: { criterionId: string; average: number }[];
}

export interface JuryDecisionsProps {
  challengeId: string;
  trajectoryId: string;
  state: ChallengeState;
  criteria: readonly JuryCriterion[];
  progress: readonly { jurorId: string; name: string; scored: number; toScore: number }[];
  ranking: readonly RankedIdeaRow[];
}

/** Roles a winner can be invited to (never owner). */
const INVITE_ROLES: readonly TrajectoryRole[] = [
  'TEAM_MEMBER',
  'KEY_USER',
  'EXPERT',
  'PROBLEM_OWNER',
  'PROJECT_LEAD',
  'WORKS_COUNCIL',
  'JURY_MEMBER',
];

function InviteDialog({
  idea,
  challengeId,
  onClose,
}: {
  idea: RankedIdeaRow;
  challengeId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const formId = useId();
  const [role, setRole] = useState<TrajectoryRole>('TEAM_MEMBER');
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [invite, { loading }] = useMutation(InviteWinnerMutation, {
    refetchQueries: [{ query: ChallengeEvaluationQuery, variables: { challengeId } }],
    awaitRefetchQueries: true,
  });
  const submit = async () => {
    setProblem(null);
    try {
      await invite({
        variables: { input: { ideaId: idea.ideaId, role, message: message.trim() || null } },
      });
      toast(t('evaluation.decisions.invited', { title: idea.title }));
      onClose();
    } catch (caught) {
      setProblem(challengeProblem(t, caught));
    }
  };
  return (
    <Dialog
      open
      title={t('evaluation.decisions.inviteTitle', { title: idea.title })}
      onClose={onClose}
      closeLabel={t('common.close')}
      actions={
        <>
          <PrimaryActionButton
            type="button"
            busy={loading}
            disabled={loading}
            onClick={() => void submit()}
          >
            {t('evaluation.decisions.inviteSend')}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={onClose}>
            {t('common.cancel')}
          </SecondaryActionButton>
        </>
      }
    >
      {problem ? (
        <p role="alert" className="ins-inline-error">
          {problem}
        </p>
      ) : null}
      <p>{t('evaluation.decisions.inviteExplain')}</p>
      <SelectField
        id={`${formId}-role`}
        label={t('evaluation.decisions.inviteRole')}
        value={role}
        onChange={(value) => setRole(value as TrajectoryRole)}
        options={INVITE_ROLES.map((value) => ({
          value,
          label: t(`trajectories.team.roles.${value}`),
        }))}
      />
      <TextAreaField
        id={`${formId}-message`}
        label={t('evaluation.decisions.inviteMessage')}
        description={t('evaluation.decisions.inviteMessageHint')}
        value={message}
        onChange={setMessage}
        maxLength={2000}
      />
    </Dialog>
  );
}

/**
 * For the trajectory editors: how far each juror is, the weighted ranking, the shortlist,
 * the winners and the invitation of a winner into the team.
 */
export function JuryDecisions({
  challengeId,
  trajectoryId,
  state,
  criteria,
  progress,
  ranking,
}: JuryDecisionsProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const locale = localeOf(language);
  const [onlyShortlist, setOnlyShortlist] = useState(false);
  const [inviting, setInviting] = useState<RankedIdeaRow | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const refetch = {
    refetchQueries: [{ query: ChallengeEvaluationQuery, variables: { challengeId } }],
    awaitRefetchQueries: true,
  };
  const [shortlist, { loading: shortlisting }] = useMutation(SetIdeaShortlistedMutation, refetch);
  const [markWinner, { loading: marking }] = useMutation(SetIdeaWinnerMutation, refetch);
  const inReview = state === 'REVIEW';
  const canInvite = state === 'REVIEW' || state === 'CLOSED';
  const totals = juryTotals(progress);
  const rows = displayRanking(ranking).filter((r) => !onlyShortlist || r.row.shortlisted);
  const criterionName = (c: JuryCriterion) => (language === 'en' ? c.nameEn : c.nameNl);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setProblem(null);
    try {
      await action();
      toast(done);
    } catch (caught) {
      setProblem(challengeProblem(t, caught));
    }
  };

  return (
    <>
      <section aria-labelledby="jury-progress-heading" className="ins-jury-progress">
        <h2 id="jury-progress-heading" className="utrecht-heading-2">
          {t('evaluation.decisions.progressTitle')}
        </h2>
        {progress.length === 0 ? (
          <EmptyState
            title={t('evaluation.decisions.noJurors')}
            description={t('evaluation.decisions.noJurorsHint')}
            action={
              <Link to={`/trajecten/${trajectoryId}/team`}>{t('evaluation.decisions.toTeam')}</Link>
            }
          />
        ) : (
          <>
            <p className="ins-meta">
              {totals.complete
                ? t('evaluation.decisions.juryComplete')
                : t('evaluation.decisions.juryTotals', { done: totals.done, total: totals.total })}
            </p>
            <ul
              className="ins-jury-progress__list"
              aria-label={t('evaluation.decisions.progressLabel')}
            >
              {progress.map((juror) => {
                const percent = progressPercent(juror);
                return (
                  <li key={juror.jurorId} className="ins-jury-progress__item">
                    <span className="ins-jury-progress__name">{juror.name}</span>
                    <span className="ins-jury-progress__count">
                      {t('evaluation.decisions.jurorProgress', {
                        scored: juror.scored,
                        total: juror.scored + juror.toScore,
                      })}
                    </span>
                    <span className="ins-bar" aria-hidden="true">
                      <span className="ins-bar__fill" style={{ width: `${percent}%` }} />
                    </span>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="jury-ranking-heading" className="ins-jury-ranking">
        <h2 id="jury-ranking-heading" className="utrecht-heading-2">
          {t('evaluation.decisions.rankingTitle')}
        </h2>
        <p>{t('evaluation.decisions.rankingIntro')}</p>
        {!inReview ? (
          <p className="ins-meta">
            {state === 'CLOSED'
              ? t('evaluation.decisions.closedNote')
              : t('evaluation.decisions.notInReview')}
          </p>
        ) : null}
        <label className="ins-checkbox">
          <input
            type="checkbox"
            checked={onlyShortlist}
            onChange={(event) => setOnlyShortlist(event.target.checked)}
          />{' '}
          {t('evaluation.decisions.onlyShortlist')}
        </label>
        {problem ? (
          <p role="alert" className="ins-inline-error">
            {problem}
          </p>
        ) : null}
        {rows.length === 0 ? (
          <EmptyState
            title={
              onlyShortlist
                ? t('evaluation.decisions.shortlistEmpty')
                : t('evaluation.scoring.noIdeas')
            }
          />
        ) : (
          <DataTable
            label={t('evaluation.decisions.rankingLabel')}
            columns={[
              t('evaluation.decisions.columns.place'),
              t('evaluation.decisions.columns.idea'),
              t('evaluation.decisions.columns.score'),
              t('evaluation.decisions.columns.jurors'),
              t('evaluation.decisions.columns.decisions'),
            ]}
          >
            {rows.map(({ row, place, tied }) => {
              const score = formatScore(row.score, locale);
              const averages = new Map(
                row.criterionAverages.map((a) => [a.criterionId, a.average]),
              );
              return (
                <TableRow key={row.ideaId}>
                  <TableCell>
                    {place === null ? (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="ins-visually-hidden">
                          {t('evaluation.decisions.noPlace')}
                        </span>
                      </>
                    ) : tied ? (
                      t('evaluation.decisions.placeShared', { place })
                    ) : (
                      place
                    )}
                  </TableCell>
                  <TableHeaderCell scope="row">
                    <Link to={ideaPath(row.ideaId)}>{row.title}</Link>
                    <span className="ins-jury-badges">
                      {row.winner ? (
                        <StatusBadge status="success">
                          {t('evaluation.decisions.winnerBadge')}
                        </StatusBadge>
                      ) : null}
                      {row.shortlisted ? (
                        <StatusBadge status="info">
                          {t('evaluation.decisions.shortlistBadge')}
                        </StatusBadge>
                      ) : null}
                      {row.invitedRole ? (
                        <StatusBadge status="neutral">
                          {t('evaluation.decisions.invitedAs', {
                            role: t(`trajectories.team.roles.${row.invitedRole}`),
                          })}
                        </StatusBadge>
                      ) : null}
                    </span>
                  </TableHeaderCell>
                  <TableCell>
                    {score === null ? (
                      t('evaluation.decisions.notScored')
                    ) : (
                      <span className="ins-score">
                        <span className="ins-score__value">{score}</span>
                        <span className="ins-bar" aria-hidden="true">
                          <span
                            className="ins-bar__fill"
                            style={{ width: `${scoreBarPercent(row.score)}%` }}
                          />
                        </span>
                        {row.criterionAverages.length > 0 ? (
                          <details className="ins-criterion-averages">
                            <summary>
                              {t('evaluation.decisions.perCriterion')}
                              <span className="ins-visually-hidden">{` ${row.title}`}</span>
                            </summary>
                            <ul>
                              {criteria.map((criterion) => {
                                const average = averages.get(criterion.id);
                                return (
                                  <li key={criterion.id}>
                                    {`${criterionName(criterion)}: ${
                                      average === undefined
                                        ? '—'
                                        : (formatScore(average, locale) ?? '—')
                                    }`}
                                  </li>
                                );
                              })}
                            </ul>
                          </details>
                        ) : null}
                      </span>
                    )}
                  </TableCell>
                  <TableCell>{row.jurorCount}</TableCell>
                  <TableCell>
                    <span className="ins-item-actions ins-jury-actions">
                      {inReview ? (
                        <SubtleButton
                          type="button"
                          aria-pressed={row.shortlisted}
                          disabled={shortlisting}
                          onClick={() =>
                            void run(
                              () =>
                                shortlist({
                                  variables: {
                                    input: {
                                      ideaId: row.ideaId,
                                      shortlisted: !row.shortlisted,
                                    },
                                  },
                                }),
                              row.shortlisted
                                ? t('evaluation.decisions.unshortlisted', {
                                    title: row.title,
                                  })
                                : t('evaluation.decisions.shortlisted', { title: row.title }),
                            )
                          }
                        >
                          {t('evaluation.decisions.shortlist')}
                          <span className="ins-visually-hidden">{` ${row.title}`}</span>
                        </SubtleButton>
                      ) : null}
                      {inReview ? (
                        <SubtleButton
                          type="button"
                          aria-pressed={row.winner}
                          disabled={marking}
                          onClick={() =>
                            void run(
                              () =>
                                markWinner({
                                  variables: {
                                    input: { ideaId: row.ideaId, winner: !row.winner },
                                  },
                                }),
                              row.winner
                                ? t('evaluation.decisions.unmarkedWinner', {
                                    title: row.title,
                                  })
                                : t('evaluation.decisions.markedWinner', {
                                    title: row.title,
                                  }),
                            )
                          }
                        >
                          {t('evaluation.decisions.winner')}
                          <span className="ins-visually-hidden">{` ${row.title}`}</span>
                        </SubtleButton>
                      ) : null}
                      {canInvite && row.winner && !row.invitedRole ? (
                        <SubtleButton type="button" onClick={() => setInviting(row)}>
                          {t('evaluation.decisions.invite')}
                          <span className="ins-visually-hidden">{` ${row.title}`}</span>
                        </SubtleButton>
                      ) : null}
                    </span>
                  </TableCell>
                </TableRow>
              );
            })}
          </DataTable>
        )}
      </section>
      {inviting ? (
        <InviteDialog idea={inviting} challengeId={challengeId} onClose={() => setInviting(null)} />
      ) : null}
    </>
  );
}
