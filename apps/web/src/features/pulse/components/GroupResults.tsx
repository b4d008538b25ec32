import { DataTable, TableCell, TableRow } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDecimal, formatEnps, formatShare, pick } from '../pulse-format';
import type { PulseDimension, PulseQuestion, PulseResultNode } from '../types';
import { DistributionBar } from './DistributionBar';

export interface GroupResultsProps {
  node: PulseResultNode;
  /** The group's name as headings and table names use it. */
  groupName: string;
  questions: readonly PulseQuestion[];
  dimensions: readonly PulseDimension[];
  kComments: number;
  /** Level of this block's own headings (the page's structure decides). */
  level: 3 | 4;
  /**
   * The viewer is one of the round's audience, neither an owner of the survey nor a manager:
   * comments are never shown to them, so the block says that instead of the threshold.
   */
  audienceView?: boolean;
}

/**
 * One shown group's results: key figures, dimensions, every closed question with its
 * distribution, and the comments where they are released. Only what the API gave is shown.
 */
export function GroupResults({
  node,
  groupName,
  questions,
  dimensions,
  kComments,
  level,
  audienceView = false,
}: GroupResultsProps) {
  const { t } = useTranslation('pulse');
  const { language } = useLanguage();
  const Heading = level === 3 ? 'h3' : 'h4';
  const headingClass = level === 3 ? 'utrecht-heading-3' : 'utrecht-heading-4';
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const enps = node.questions.find((q) => q.enps != null)?.enps;
  const openQuestions = questions.filter((q) => q.type === 'OPEN_TEXT');
  const none = t('results.none');
  // The eNPS shows as its own figure (−100 to 100); its 0–100 dimension score would repeat it.
  const dimensionResults =
    enps != null ? node.dimensions.filter((d) => d.key !== 'enps') : node.dimensions;

  return (
    <div className="ins-pulse-group">
      <dl className="ins-pulse-figures">
        <div>
          <dt>{t('results.responses')}</dt>
          <dd>
            {t('results.responsesValue', {
              responses: node.responses ?? 0,
              audience: node.audience,
            })}
          </dd>
        </div>
        <div>
          <dt>{t('results.responseRate')}</dt>
          <dd>{formatShare(node.responseRate, language) || none}</dd>
        </div>
        {enps != null ? (
          <div>
            <dt>{t('results.enps')}</dt>
            <dd>{formatEnps(enps, language)}</dd>
          </div>
        ) : null}
      </dl>

      {dimensionResults.length > 0 ? (
        <>
          <Heading className={headingClass}>{t('results.dimensionsHeading')}</Heading>
          <DataTable
            label={t('results.dimensionsTable', { group: groupName })}
            columns={[t('results.dimension'), t('results.score'), t('results.favourable')]}
          >
            {dimensionResults.map((result) => {
              const dimension = dimensions.find((d) => d.key === result.key);
              return (
                <TableRow key={result.key}>
                  <TableCell>{dimension ? pick(dimension.name, language) : result.key}</TableCell>
                  <TableCell>{formatDecimal(result.score, language) || none}</TableCell>
                  <TableCell>{formatShare(result.favourableShare, language) || none}</TableCell>
                </TableRow>
              );
            })}
          </DataTable>
        </>
      ) : null}

      {node.questions.length > 0 ? (
        <>
          <Heading className={headingClass}>{t('results.questionsHeading')}</Heading>
          <DataTable
            label={t('results.questionsTable', { group: groupName })}
            columns={[
              t('results.question'),
              t('results.answers'),
              t('results.mean'),
              t('results.favourable'),
              t('results.distribution'),
            ]}
          >
            {node.questions.map((result) => {
              const question = byKey.get(result.key);
              if (!question) return null;
              return (
                <TableRow key={result.key}>
                  <TableCell className="ins-pulse-question-cell">
                    {pick(question.text, language)}
                    {result.enps != null ? (
                      <span className="ins-pulse-enps">
                        {t('results.enpsValue', { value: formatEnps(result.enps, language) })}
                      </span>
                    ) : null}
                  </TableCell>
                  <TableCell>{result.answers}</TableCell>
                  <TableCell>{formatDecimal(result.mean, language) || none}</TableCell>
                  <TableCell>{formatShare(result.favourableShare, language) || none}</TableCell>
                  <TableCell className="ins-pulse-bar-cell">
                    <DistributionBar question={question} distribution={result.distribution} />
                  </TableCell>
                </TableRow>
              );
            })}
          </DataTable>
          <p className="ins-pulse-note">{t('results.distributionNote')}</p>
        </>
      ) : null}

      {openQuestions.length > 0 ? (
        <>
          <Heading className={headingClass}>{t('results.commentsHeading')}</Heading>
          {node.commentsVisible ? (
            <>
              <p className="ins-pulse-note">{t('results.commentsNote')}</p>
              {openQuestions.map((question) => {
                const comments = node.comments.filter((c) => c.questionKey === question.key);
                return (
                  <div key={question.key} className="ins-pulse-comments">
                    <p className="ins-pulse-comments__question">{pick(question.text, language)}</p>
                    {comments.length ? (
                      <ul>
                        {comments.map((comment, index) => (
                          <li key={index}>{comment.text}</li>
                        ))}
                      </ul>
                    ) : (
                      <p>{t('results.noComments')}</p>
                    )}
                  </div>
                );
              })}
            </>
          ) : audienceView ? (
            <p className="ins-pulse-note">{t('results.commentsNotForAudience')}</p>
          ) : (
            <p className="ins-pulse-note">{t('results.commentsHidden', { k: kComments })}</p>
          )}
        </>
      ) : null}
    </div>
  );
}
