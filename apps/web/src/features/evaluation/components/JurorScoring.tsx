import { useMutation, useQuery } from '@apollo/client/react';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  PrimaryActionButton,
  RadioGroupField,
  SecondaryActionButton,
  StatusBadge,
  TextAreaField,
} from '@inspraak/web-ui';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useToast } from '../../../app/toasts';
import { useLanguage } from '../../../i18n/useLanguage';
import { challengeProblem } from '../../challenge-admin/challenge-errors';
import { ideaPath } from '../../challenge-admin/paths';
import { Markdown } from '../../challenges/markdown/Markdown';
import {
  ChallengeEvaluationQuery,
  IdeaEvaluationsQuery,
  JuryIdeaQuery,
  ScoreIdeaMutation,
} from '../graphql/evaluation';
import type { ScoringStatus } from '../../../gql/graphql';
import { nextToScore } from '../ranking-display';

export interface JuryCriterion {
  id: string;
  nameNl: string;
  nameEn: string;
  weight: number;
}

export interface JurorScoringProps {
  challengeId: string;
  jurorId: string;
  criteria: readonly JuryCriterion[];
  /** The ideas with the juror's own status of each (from the evaluation overview). */
  ideas: readonly { ideaId: string; title: string; scoredByMe: ScoringStatus }[];
  progress: { scored: number; toScore: number } | null;
  canScore: boolean;
  selectedId: string | null;
  onSelect: (ideaId: string | null) => void;
}

const SCORES = ['1', '2', '3', '4', '5'] as const;
const COMMENT_MAX = 4000;

/** Whether the juror scored the idea on every criterion (their own evaluation). */
function useMyEvaluation(ideaId: string, jurorId: string) {
  const { data, loading } = useQuery(IdeaEvaluationsQuery, { variables: { ideaId } });
  const mine = data?.ideaEvaluations.find((evaluation) => evaluation.jurorId === jurorId) ?? null;
  return { mine, loading: loading && !data };
}

/** The juror's own progress on one idea, as the evaluation overview reports it. */
function IdeaStatus({ status }: { status: ScoringStatus }) {
  const { t } = useTranslation();
  if (status === 'DONE')
    return <StatusBadge status="success">{t('evaluation.scoring.done')}</StatusBadge>;
  if (status === 'PARTIAL') {
    return <StatusBadge status="warning">{t('evaluation.scoring.partial')}</StatusBadge>;
  }
  return <StatusBadge status="neutral">{t('evaluation.scoring.todo')}</StatusBadge>;
}

interface ScoreFormProps {
  challengeId: string;
  ideaId: string;
  jurorId: string;
  criteria: readonly JuryCriterion[];
  canScore: boolean;
  onSaved: () => void;
  /** True once when the idea was just chosen: its heading then takes the focus. */
  consumeFocus: () => boolean;
}

/** Loads the idea and the juror's own scores, then shows the form filled with them. */
function ScoreForm(props: ScoreFormProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(JuryIdeaQuery, { variables: { id: props.ideaId } });
  const { mine, loading: loadingMine } = useMyEvaluation(props.ideaId, props.jurorId);
  if ((loading && !data) || loadingMine) return <LoadingState label={t('common.loading')} />;
  if (error || !data) return <ErrorState description={t('common.loadError')} />;
  return (
    <ScoreFormFields
      key={mine ? `${mine.id}-${mine.updatedAt}` : 'new'}
      {...props}
      idea={data.idea}
      initialScores={Object.fromEntries(
        (mine?.scores ?? []).map((score) => [score.criterionId, String(score.score)]),
      )}
      initialComment={mine?.comment ?? ''}
    />
  );
}

function ScoreFormFields({
  challengeId,
  ideaId,
  criteria,
  canScore,
  onSaved,
  consumeFocus,
  idea,
  initialScores,
  initialComment,
}: ScoreFormProps & {
  idea: {
    id: string;
    title: string;
    description: string;
    supportCount: number;
    commentCount: number;
    author?: { name: string } | null;
  };
  initialScores: Record<string, string>;
  initialComment: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const [scores, setScores] = useState<Record<string, string>>(initialScores);
  const [comment, setComment] = useState(initialComment);
  const [missing, setMissing] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [save, { loading: saving }] = useMutation(ScoreIdeaMutation, {
    refetchQueries: [
      { query: ChallengeEvaluationQuery, variables: { challengeId } },
      { query: IdeaEvaluationsQuery, variables: { ideaId } },
    ],
    awaitRefetchQueries: true,
  });
  const name = (criterion: JuryCriterion) =>
    language === 'en' ? criterion.nameEn : criterion.nameNl;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (consumeFocus()) headingRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the form appears
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const open = criteria.filter((criterion) => !scores[criterion.id]).map((c) => c.id);
    setMissing(open);
    setProblem(null);
    if (open.length > 0) {
      setTimeout(
        () => document.querySelector<HTMLElement>(`#criterion-${open[0]} input`)?.focus(),
        0,
      );
      return;
    }
    try {
      await save({
        variables: {
          input: {
            ideaId,
            comment: comment.trim(),
            scores: criteria.map((criterion) => ({
              criterionId: criterion.id,
              score: Number(scores[criterion.id]),
            })),
          },
        },
      });
      toast(t('evaluation.scoring.saved', { title: idea.title }));
      onSaved();
    } catch (caught) {
      setProblem(challengeProblem(t, caught));
    }
  };

  return (
    <article className="ins-jury-idea" aria-labelledby="jury-idea-title">
      <h2 id="jury-idea-title" ref={headingRef} tabIndex={-1} className="utrecht-heading-2">
        {idea.title}
      </h2>
      <p className="ins-meta">
        {t('evaluation.scoring.ideaMeta', {
          author: idea.author?.name ?? t('evaluation.scoring.unknownAuthor'),
          support: idea.supportCount,
          comments: idea.commentCount,
        })}{' '}
        <Link to={ideaPath(idea.id)}>{t('evaluation.scoring.openIdea')}</Link>
      </p>
      <Markdown text={idea.description} className="ins-jury-idea__text" />
      <form noValidate onSubmit={(event) => void submit(event)} className="ins-jury-form">
        {problem ? (
          <p role="alert" className="ins-inline-error">
            {problem}
          </p>
        ) : null}
        {missing.length > 0 ? (
          <p role="alert" className="ins-inline-error">
            <span className="ins-visually-hidden">{`${t('common.errorPrefix')} `}</span>
            {t('evaluation.scoring.missing', {
              criteria: criteria
                .filter((c) => missing.includes(c.id))
                .map(name)
                .join(', '),
            })}
          </p>
        ) : null}
        {criteria.map((criterion) => (
          <div
            key={criterion.id}
            id={`criterion-${criterion.id}`}
            className={
              missing.includes(criterion.id)
                ? 'ins-jury-criterion ins-jury-criterion--missing'
                : 'ins-jury-criterion'
            }
          >
            <RadioGroupField
              legend={t('evaluation.scoring.criterionLegend', {
                name: name(criterion),
                weight: criterion.weight,
              })}
              name={`score-${criterion.id}`}
              value={scores[criterion.id] ?? ''}
              onChange={(value) => setScores((current) => ({ ...current, [criterion.id]: value }))}
              options={SCORES.map((score) => ({
                value: score,
                label: t(`evaluation.scoring.scale.${score}`),
              }))}
            />
          </div>
        ))}
        <TextAreaField
          id={`jury-comment-${ideaId}`}
          label={t('evaluation.scoring.comment')}
          description={t('evaluation.scoring.commentHint')}
          value={comment}
          onChange={setComment}
          maxLength={COMMENT_MAX}
        />
        {canScore ? (
          <div className="ins-button-row">
            <PrimaryActionButton type="submit" busy={saving} disabled={saving}>
              {t('evaluation.scoring.save')}
            </PrimaryActionButton>
          </div>
        ) : (
          <p className="ins-meta">{t('evaluation.scoring.readOnly')}</p>
        )}
      </form>
    </article>
  );
}

/**
 * The juror's screen: the ideas to score with their progress, and per idea a score of 1 to 5 on
 * every criterion with a comment, saved per idea. Radio groups work with the arrow keys.
 */
export function JurorScoring({
  challengeId,
  jurorId,
  criteria,
  ideas,
  progress,
  canScore,
  selectedId,
  onSelect,
}: JurorScoringProps) {
  const { t, i18n } = useTranslation();
  const sorted = useMemo(
    () =>
      [...ideas].sort((a, b) =>
        a.title.localeCompare(b.title, i18n.language, { sensitivity: 'base' }),
      ),
    [ideas, i18n.language],
  );
  const complete = useMemo(
    () => new Set(ideas.filter((idea) => idea.scoredByMe === 'DONE').map((idea) => idea.ideaId)),
    [ideas],
  );
  const selected = sorted.find((idea) => idea.ideaId === selectedId) ?? null;
  const pendingFocus = useRef(false);
  const consumeFocus = useMemo(
    () => () => {
      const pending = pendingFocus.current;
      pendingFocus.current = false;
      return pending;
    },
    [],
  );
  /** Shows an idea and moves focus to its heading (once it is there). */
  const choose = (ideaId: string | null) => {
    const heading = document.getElementById('jury-idea-title');
    if (ideaId && ideaId === selectedId && heading) {
      heading.focus();
      return;
    }
    pendingFocus.current = ideaId !== null;
    onSelect(ideaId);
  };

  if (ideas.length === 0) {
    return <EmptyState title={t('evaluation.scoring.noIdeas')} />;
  }
  return (
    <div className="ins-jury">
      <nav className="ins-jury__list" aria-labelledby="jury-list-heading">
        <h2 id="jury-list-heading" tabIndex={-1} className="utrecht-heading-3">
          {t('evaluation.scoring.listTitle')}
        </h2>
        {progress ? (
          <p className="ins-meta" aria-live="polite">
            {t('evaluation.scoring.progress', {
              scored: progress.scored,
              total: progress.scored + progress.toScore,
            })}
          </p>
        ) : null}
        <ol className="ins-jury__ideas">
          {sorted.map((idea) => (
            <li key={idea.ideaId}>
              <button
                type="button"
                className="ins-jury__idea"
                aria-current={idea.ideaId === selectedId ? 'true' : undefined}
                onClick={() => choose(idea.ideaId)}
              >
                <span className="ins-jury__idea-title">{idea.title}</span>
                <IdeaStatus status={idea.scoredByMe} />
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div className="ins-jury__panel">
        {selected ? (
          <ScoreForm
            key={selected.ideaId}
            challengeId={challengeId}
            ideaId={selected.ideaId}
            jurorId={jurorId}
            criteria={criteria}
            canScore={canScore}
            consumeFocus={consumeFocus}
            onSaved={() => {
              const done = new Set(complete).add(selected.ideaId);
              const next = nextToScore(
                sorted.map((idea) => idea.ideaId),
                done,
                selected.ideaId,
              );
              if (next) {
                choose(next);
              } else {
                onSelect(null);
                setTimeout(() => document.getElementById('jury-list-heading')?.focus(), 50);
              }
            }}
          />
        ) : (
          <div className="ins-jury__start">
            <p>
              {complete.size >= sorted.length
                ? t('evaluation.scoring.allDone')
                : t('evaluation.scoring.pick')}
            </p>
            {canScore && complete.size < sorted.length ? (
              <SecondaryActionButton
                type="button"
                onClick={() =>
                  choose(
                    nextToScore(
                      sorted.map((idea) => idea.ideaId),
                      complete,
                      null,
                    ),
                  )
                }
              >
                {t('evaluation.scoring.startNext')}
              </SecondaryActionButton>
            ) : null}
          </div>
        )}
      </div>
    </div>
  );
}
