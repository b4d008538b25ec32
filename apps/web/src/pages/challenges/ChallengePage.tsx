import {
  Alert,
  BUTTON_LINK_CLASS_NAME,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  EmptyState,
  ErrorState,
  Heading2,
  LoadingState,
  MessagePage,
  Meta,
  PageHeading,
  SecondaryActionButton,
  SelectField,
  StatusBadge,
} from '@inspraak/web-ui';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { challengeStateLabel, timelineText } from '../../features/challenges/challenge-format';
import { IdeaList } from '../../features/challenges/components/IdeaList';
import {
  ChallengeQuery,
  ChallengeSummaryFieldsFragment,
} from '../../features/challenges/graphql/challenge-queries';
import { tagOptions, useChallengeTags } from '../../features/challenges/hooks/useChallengeTags';
import { useIdeas } from '../../features/challenges/hooks/useIdeas';
import { useRememberedView } from '../../features/challenges/hooks/useRememberedView';
import { Markdown } from '../../features/challenges/markdown/Markdown';
import { CHALLENGES_PATH, newIdeaPath } from '../../features/challenges/paths';
import { getFragmentData } from '../../gql';
import type { IdeaListState, IdeaSort } from '../../gql/graphql';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { apiErrorCode } from '../../lib/graphql-errors';
import '../../features/challenges/challenges.css';

const SORTS: readonly IdeaSort[] = ['NEWEST', 'MOST_SUPPORTED', 'MOST_DISCUSSED', 'RANDOM'];
const STATES: readonly IdeaListState[] = ['ALL', 'AWAITING_RESPONSE', 'RESPONDED'];

function oneOf<T extends string>(value: string | null, options: readonly T[], fallback: T): T {
  return options.includes(value as T) ? (value as T) : fallback;
}

/** A challenge: its question and rules, and the ideas in four orders with filters. */
export function ChallengePage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [view, setView] = useRememberedView();
  const sort = oneOf(params.get('sortering'), SORTS, 'NEWEST');
  const state = oneOf(params.get('status'), STATES, 'ALL');
  const tag = params.get('tag');
  const mine = params.get('mijn') === '1';
  const { data, loading, error, refetch } = useQuery(ChallengeQuery, { variables: { id } });
  const ideas = useIdeas(id, { sort, state, tag, mine });
  const tags = useChallengeTags(id);

  const setParam = (name: string, value: string | null) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  };

  if (loading && !data) return <LoadingState label={t('common.loading')} />;
  if (!data) {
    if (apiErrorCode(error) === 'NOT_FOUND') {
      return (
        <>
          <PageTitle title={t('notFound.title')} />
          <MessagePage
            code="404"
            title={t('notFound.title')}
            lead={t('challenges.challengeNotFound')}
            actions={<Link to={CHALLENGES_PATH}>{t('challenges.title')}</Link>}
          />
        </>
      );
    }
    return (
      <ErrorState
        description={t('common.loadError')}
        action={
          <SecondaryActionButton onClick={() => void refetch()}>
            {t('common.retry')}
          </SecondaryActionButton>
        }
      />
    );
  }

  const challenge = data.challenge;
  const summary = getFragmentData(ChallengeSummaryFieldsFragment, challenge);
  const timeline = timelineText(t, language, summary);
  const canSupport = summary.state === 'OPEN' || summary.state === 'REVIEW';

  let list;
  if (ideas.loading) list = <LoadingState label={t('challenges.list.loading')} />;
  else if (ideas.error) {
    list = (
      <ErrorState
        description={t('common.loadError')}
        action={
          <SecondaryActionButton onClick={() => void ideas.refetch()}>
            {t('common.retry')}
          </SecondaryActionButton>
        }
      />
    );
  } else if (ideas.ideas.length === 0) {
    const filtered = !!tag || state !== 'ALL';
    list = (
      <EmptyState
        title={
          mine
            ? t('challenges.list.emptyMine')
            : filtered
              ? t('challenges.list.emptyFiltered')
              : t('challenges.list.empty')
        }
      />
    );
  } else {
    list = (
      <>
        <IdeaList
          ideas={ideas.ideas}
          view={view}
          label={t('challenges.list.label')}
          canSupport={canSupport}
          onTag={(chosen) => setParam('tag', chosen)}
        />
        <div className="ins-load-more">
          <Meta live>
            {t('challenges.list.shown', {
              count: ideas.ideas.length,
              number: formatNumber(ideas.ideas.length, language),
            })}
          </Meta>
          {ideas.hasMore ? (
            <SecondaryActionButton
              onClick={() => void ideas.loadMore()}
              busy={ideas.loadingMore}
              disabled={ideas.loadingMore}
            >
              {t('common.loadMore')}
            </SecondaryActionButton>
          ) : null}
        </div>
      </>
    );
  }

  return (
    <>
      <PageTitle title={summary.title} />
      <PageHeading
        eyebrow={<Link to={`/trajecten/${summary.trajectoryId}`}>{summary.trajectoryTitle}</Link>}
        title={summary.title}
      />
      <p className="ins-challenge-status">
        <StatusBadge>{challengeStateLabel(t, summary.state)}</StatusBadge>
        {timeline ? <span className="ins-challenge-status__timeline">{timeline}</span> : null}
      </p>
      {summary.state !== 'OPEN' ? (
        <Alert type="info">{t(`challenges.stateNotes.${summary.state}`)}</Alert>
      ) : null}
      <div className="ins-challenge-intro">
        <section aria-labelledby="challenge-problem" className="ins-surface">
          <Heading2 id="challenge-problem">{t('challenges.problemStatement')}</Heading2>
          <Markdown text={challenge.problemStatement} />
        </section>
        <section aria-labelledby="challenge-facts" className="ins-surface">
          <Heading2 id="challenge-facts">{t('challenges.facts')}</Heading2>
          <DataList>
            <DataListItem>
              <DataListKey>{t('challenges.rules')}</DataListKey>
              <DataListValue>
                {challenge.rules ? <Markdown text={challenge.rules} /> : t('challenges.noRules')}
              </DataListValue>
            </DataListItem>
            {summary.prize ? (
              <DataListItem>
                <DataListKey>{t('challenges.prize')}</DataListKey>
                <DataListValue>{summary.prize}</DataListValue>
              </DataListItem>
            ) : null}
            <DataListItem>
              <DataListKey>{t('challenges.timelineLabel')}</DataListKey>
              <DataListValue>{timeline ?? t('challenges.timeline.none')}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('challenges.ideasLabel')}</DataListKey>
              <DataListValue>{formatNumber(summary.ideaCount, language)}</DataListValue>
            </DataListItem>
          </DataList>
        </section>
      </div>

      <section aria-labelledby="challenge-ideas" className="ins-challenge-ideas">
        <div className="ins-section-header">
          <Heading2 id="challenge-ideas">{t('challenges.list.title')}</Heading2>
          {challenge.viewer.canSubmit ? (
            <Link to={newIdeaPath(summary.id)} className={BUTTON_LINK_CLASS_NAME}>
              {t('challenges.newIdea')}
            </Link>
          ) : null}
        </div>
        <div className="ins-idea-toolbar">
          <div className="ins-segmented" role="group" aria-label={t('challenges.list.whose')}>
            <button type="button" aria-pressed={!mine} onClick={() => setParam('mijn', null)}>
              {t('challenges.list.allIdeas')}
            </button>
            <button type="button" aria-pressed={mine} onClick={() => setParam('mijn', '1')}>
              {t('challenges.list.myIdeas')}
            </button>
          </div>
          <SelectField
            label={t('challenges.list.sort')}
            value={sort}
            onChange={(value) => setParam('sortering', value === 'NEWEST' ? null : value)}
            options={SORTS.map((value) => ({ value, label: t(`challenges.sorts.${value}`) }))}
          />
          <SelectField
            label={t('challenges.list.state')}
            value={state}
            onChange={(value) => setParam('status', value === 'ALL' ? null : value)}
            options={STATES.map((value) => ({
              value,
              label: t(`challenges.listStates.${value}`),
            }))}
          />
          <SelectField
            label={t('challenges.list.tag')}
            value={tag ?? ''}
            onChange={(value) => setParam('tag', value || null)}
            options={[
              { value: '', label: t('challenges.list.allTags') },
              ...tagOptions(tags, tag, (n) => formatNumber(n, language)),
            ]}
          />
          <div className="ins-segmented" role="group" aria-label={t('challenges.list.view')}>
            <button type="button" aria-pressed={view === 'cards'} onClick={() => setView('cards')}>
              {t('challenges.list.cards')}
            </button>
            <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
              {t('challenges.list.list')}
            </button>
          </div>
        </div>
        {mine ? <p className="ins-meta">{t('challenges.list.mineNote')}</p> : null}
        {list}
      </section>
    </>
  );
}
