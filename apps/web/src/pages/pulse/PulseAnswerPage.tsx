import {
  Alert,
  BUTTON_LINK_CLASS_NAME,
  ErrorState,
  LoadingState,
  MessagePage,
  PageHeading,
  SecondaryActionButton,
} from '@inspraak/web-ui';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import {
  PulseAnswerForm,
  type SubmitOutcome,
} from '../../features/pulse-answer/components/PulseAnswerForm';
import { PulsePromise } from '../../features/pulse-answer/components/PulsePromise';
import { PulseAnswerRoundQuery } from '../../features/pulse-answer/graphql/pulse-answer';
import { useIdempotencyKey } from '../../features/pulse-answer/hooks/useIdempotencyKey';
import {
  MY_PULSE_PATH,
  pulseResultsPath,
  pulseSurveyPath,
} from '../../features/pulse-answer/paths';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { apiErrorCode } from '../../lib/graphql-errors';
import '../../features/pulse-answer/pulse-answer.css';

/** A focusable panel whose heading is read out when it appears (after sending, or a refusal). */
function StatePanel({
  title,
  children,
  focus = false,
  tone = 'info',
}: {
  title: string;
  children: ReactNode;
  focus?: boolean;
  tone?: 'info' | 'ok';
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <section
      className={`ins-pulse-state ins-pulse-state--${tone}`}
      aria-labelledby="pulse-state-title"
    >
      <h2 id="pulse-state-title" ref={heading} tabIndex={-1} className="ins-pulse-state__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** `/puls/:roundId`: answer a round (or see why not), anonymously. */
export function PulseAnswerPage() {
  const { t } = useTranslation('pulse-answer');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const { roundId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PulseAnswerRoundQuery, {
    variables: { id: roundId },
  });
  const [outcome, setOutcome] = useState<SubmitOutcome | null>(null);
  const idempotency = useIdempotencyKey(roundId);
  const round = data?.pulseRound;
  const answered = round?.viewer.answered ?? false;

  // A key left from an attempt that did arrive (answer lost on the way back) is not needed now.
  useEffect(() => {
    if (answered && !outcome) idempotency.clear();
  }, [answered, outcome, idempotency]);

  if (loading && !round) return <LoadingState label={tc('common.loading')} />;
  if (!round) {
    if (apiErrorCode(error) === 'NOT_FOUND') {
      return (
        <>
          <PageTitle title={tc('notFound.title')} />
          <MessagePage
            code="404"
            title={tc('notFound.title')}
            lead={t('states.notFound')}
            actions={
              <Link to={MY_PULSE_PATH} className={BUTTON_LINK_CLASS_NAME}>
                {t('states.toList')}
              </Link>
            }
          />
        </>
      );
    }
    return (
      <ErrorState
        description={tc('common.loadError')}
        action={
          <SecondaryActionButton onClick={() => void refetch()}>
            {tc('common.retry')}
          </SecondaryActionButton>
        }
      />
    );
  }

  const date = (value: string) => formatDateTime(value, language);
  const preview = !round.viewer.asked;
  const toList = (
    <p>
      <Link to={MY_PULSE_PATH}>{t('states.toList')}</Link>
    </p>
  );
  const resultsLink = round.resultsAvailable ? (
    <p>
      <Link to={pulseResultsPath(round.id)} className={BUTTON_LINK_CLASS_NAME}>
        {t('states.results')}
      </Link>
    </p>
  ) : null;

  let body: ReactNode;
  let isState = true;
  if (outcome === 'stored') {
    body = (
      <StatePanel title={t('states.thanksTitle')} tone="ok" focus>
        <p>{t('states.thanksText')}</p>
        <h3 className="ins-pulse-state__subtitle">{t('states.thanksNext')}</h3>
        <ul className="ins-pulse-state__list">
          <li>{t('states.thanksSteps.close', { date: date(round.closesAt) })}</li>
          <li>
            {t('states.thanksSteps.groups', {
              k: round.promise.k,
              kComments: round.promise.kComments,
            })}
          </li>
          <li>{t('states.thanksSteps.reminder')}</li>
        </ul>
        {toList}
      </StatePanel>
    );
  } else if (!preview && (answered || outcome === 'alreadyAnswered')) {
    body = (
      <StatePanel title={t('states.answeredTitle')} focus={outcome === 'alreadyAnswered'}>
        <p>
          {round.state === 'OPEN'
            ? t('states.answeredText', { date: date(round.closesAt) })
            : t('states.answeredClosedText')}
        </p>
        {resultsLink}
        {toList}
      </StatePanel>
    );
  } else if (!preview && round.state === 'SCHEDULED') {
    body = (
      <StatePanel title={t('states.scheduledTitle')}>
        <p>{t('states.scheduledText', { date: date(round.opensAt) })}</p>
        {toList}
      </StatePanel>
    );
  } else if (!preview && round.state === 'CLOSED') {
    body = (
      <StatePanel title={t('states.closedTitle')}>
        <p>{t('states.closedText', { date: date(round.closedAt ?? round.closesAt) })}</p>
        <p>{round.resultsAvailable ? t('states.closedResults') : t('states.closedNoResults')}</p>
        {resultsLink}
        {toList}
      </StatePanel>
    );
  } else if (!preview && round.state === 'CANCELLED') {
    body = (
      <StatePanel title={t('states.cancelledTitle')}>
        <p>{t('states.cancelledText')}</p>
        {toList}
      </StatePanel>
    );
  } else {
    isState = false;
    body = (
      <>
        <PulseAnswerForm
          roundId={round.id}
          questions={round.questions}
          dimensions={round.dimensions}
          preview={preview}
          onDone={setOutcome}
          onRoundChanged={() => void refetch()}
        />
      </>
    );
  }

  // With the form, the promise comes first; after answering (or when one cannot answer) the
  // state does, and the promise stays reachable below it.
  const withForm = !isState;
  const promise =
    outcome === 'stored' ? null : (
      <PulsePromise
        text={round.promise.text}
        privacyPath={round.promise.privacyPath}
        k={round.promise.k}
        kComments={round.promise.kComments}
      />
    );
  return (
    <>
      <PageTitle
        title={preview ? `${t('preview.title')}: ${round.surveyTitle}` : round.surveyTitle}
      />
      <PageHeading
        eyebrow={<Link to={MY_PULSE_PATH}>{t('list.title')}</Link>}
        title={round.surveyTitle}
        lead={round.surveyDescription || undefined}
      />
      <p className="ins-meta ins-pulse-round-meta">
        {round.state === 'OPEN'
          ? t('form.round', { number: round.number, date: date(round.closesAt) })
          : t('list.round', { number: round.number })}
      </p>
      {preview ? (
        <div className="ins-pulse-preview">
          <Alert type="warning">
            <p>
              <strong>{t('preview.title')}</strong>
            </p>
            <p>{t('preview.text')}</p>
            <p>
              <Link to={pulseSurveyPath(round.surveyId)}>{t('preview.back')}</Link>
            </p>
          </Alert>
        </div>
      ) : null}
      {withForm ? promise : null}
      {body}
      {withForm ? null : promise}
    </>
  );
}
