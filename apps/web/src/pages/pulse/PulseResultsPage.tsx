import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Heading2, MessagePage, PageHeading, SecondaryActionButton } from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { useScrollToHash } from '../../app/useScrollToHash';
import { PulseActionsSection } from '../../features/pulse/components/actions/PulseActionsSection';
import { GroupResults } from '../../features/pulse/components/GroupResults';
import { ResultTree } from '../../features/pulse/components/ResultTree';
import {
  PulseQuestionFieldsFragment,
  PulseResultsCsvQuery,
  PulseResultsQuery,
  PulseRoundSummaryFragment,
  PulseSurveyFieldsFragment,
  PulseSurveyQuery,
} from '../../features/pulse/graphql/pulse';
import { PULSE_PATHS } from '../../features/pulse/paths';
import { csvFileName, formatDay, withoutBom } from '../../features/pulse/pulse-format';
import { pulseProblem } from '../../features/pulse/pulse-errors';
import '../../features/pulse/pulse.css';
import { getFragmentData } from '../../gql';
import { useLanguage } from '../../i18n/useLanguage';
import { downloadCsv } from '../../lib/download';
import { apiErrorCode } from '../../lib/graphql-errors';
import { QueryStates } from '../../lib/QueryStates';

/**
 * A closed round's results as the API shows them to the caller: the whole audience, then the
 * org-unit tree (hidden groups say why, without numbers), comments where released, and the CSV
 * of exactly the same groups.
 */
export function PulseResultsPage() {
  const { t } = useTranslation('pulse');
  const { language } = useLanguage();
  const { roundId = '' } = useParams();
  const client = useApolloClient();
  const results = useQuery(PulseResultsQuery, { variables: { roundId } });
  const surveyId = results.data?.pulseResults.surveyId ?? '';
  const survey = useQuery(PulseSurveyQuery, {
    variables: { id: surveyId },
    skip: !surveyId,
  });
  const [exporting, setExporting] = useState(false);
  const [exportProblem, setExportProblem] = useState<string | null>(null);
  // Notifications about an action link to `#pulse-actions`.
  useScrollToHash(Boolean(results.data));

  if (!results.data && results.error && apiErrorCode(results.error) === 'NOT_FOUND') {
    return (
      <>
        <PageTitle title={t('results.notFoundTitle')} />
        <MessagePage
          code="404"
          title={t('results.notFoundTitle')}
          lead={t('results.notFound')}
          actions={<Link to={PULSE_PATHS.surveys}>{t('title')}</Link>}
        />
      </>
    );
  }

  const data = results.data?.pulseResults;
  const surveyFields = survey.data
    ? getFragmentData(PulseSurveyFieldsFragment, survey.data.pulseSurvey)
    : null;
  const round = surveyFields
    ? getFragmentData(PulseRoundSummaryFragment, surveyFields.rounds).find((r) => r.id === roundId)
    : undefined;
  const title = round ? t('results.titleRound', { number: round.number }) : t('results.title');
  const questions = data ? getFragmentData(PulseQuestionFieldsFragment, data.questions) : [];
  const root = data?.nodes.find((node) => !node.orgUnitId);
  const units = data?.nodes.filter((node) => node.orgUnitId) ?? [];
  // Owners see every group, managers also their units' groups; the rest of the round's audience
  // only the whole audience, and never its comments (the API hides them whatever the threshold).
  // Decided without waiting for the survey, so a respondent never sees the threshold text flash.
  const audienceView = units.length === 0 && !surveyFields?.viewer.canManage;

  const exportCsv = async () => {
    setExporting(true);
    setExportProblem(null);
    try {
      const { data: csv } = await client.query({
        query: PulseResultsCsvQuery,
        variables: { roundId },
        fetchPolicy: 'network-only',
      });
      if (!csv) throw new Error('no answer');
      downloadCsv(
        withoutBom(csv.pulseResultsCsv),
        csvFileName([surveyFields?.title ?? t('title'), t('results.fileRound'), round?.number]),
      );
    } catch (caught) {
      setExportProblem(pulseProblem(t, caught));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <PageTitle title={surveyFields ? `${title} · ${surveyFields.title}` : title} />
      <PageHeading
        eyebrow={
          surveyFields?.viewer.canManage ? (
            <Link to={PULSE_PATHS.survey(surveyFields.id)}>{surveyFields.title}</Link>
          ) : (
            (surveyFields?.title ?? <Link to={PULSE_PATHS.surveys}>{t('title')}</Link>)
          )
        }
        title={title}
        lead={
          round
            ? t('results.lead', {
                opens: formatDay(round.opensAt, language),
                closes: formatDay(round.closedAt ?? round.closesAt, language),
              })
            : undefined
        }
      />
      <QueryStates
        hasData={!!data}
        loading={results.loading}
        error={results.error}
        onRetry={results.refetch}
      />
      {data && !data.released ? <Alert type="info">{t('results.notReleased')}</Alert> : null}
      {data?.released ? (
        <>
          <p className="ins-pulse-note">
            {t('results.thresholds', { k: data.k, kComments: data.kComments })}
          </p>
          <div className="ins-pulse-export">
            <SecondaryActionButton
              type="button"
              busy={exporting}
              disabled={exporting}
              onClick={() => void exportCsv()}
            >
              {t('results.exportCsv')}
            </SecondaryActionButton>
            <p className="ins-pulse-note">{t('results.exportHint')}</p>
            {exportProblem ? (
              <p role="alert" className="ins-inline-error">
                {exportProblem}
              </p>
            ) : null}
          </div>
          <section aria-labelledby="pulse-whole" className="ins-pulse-section">
            <Heading2 id="pulse-whole">{t('results.wholeAudience')}</Heading2>
            {root ? (
              root.hidden ? (
                <>
                  <p className="ins-pulse-tree__status">{t('results.hidden')}</p>
                  <p className="ins-pulse-note">
                    {t(`results.hiddenReason.${root.hiddenReason ?? 'BELOW_THRESHOLD'}`, {
                      k: data.k,
                    })}
                  </p>
                </>
              ) : (
                <GroupResults
                  node={root}
                  groupName={t('results.wholeAudience')}
                  questions={questions}
                  dimensions={data.dimensions}
                  kComments={data.kComments}
                  level={3}
                  audienceView={audienceView}
                />
              )
            ) : (
              <p>{t('results.noWhole')}</p>
            )}
          </section>
          {units.length > 0 ? (
            <section aria-labelledby="pulse-units" className="ins-pulse-section">
              <Heading2 id="pulse-units">{t('results.perUnit')}</Heading2>
              <p className="ins-pulse-note">{t('results.perUnitHint')}</p>
              <ResultTree
                nodes={data.nodes}
                questions={questions}
                dimensions={data.dimensions}
                k={data.k}
                kComments={data.kComments}
              />
            </section>
          ) : null}
          {/* actions */}
          <PulseActionsSection
            roundId={data.roundId}
            actions={data.actions}
            subjects={{ dimensions: data.dimensions, questions }}
            canManage={!!surveyFields?.viewer.canManage}
            organisationWide={!!surveyFields && !surveyFields.trajectoryId}
          />
        </>
      ) : null}
    </>
  );
}
