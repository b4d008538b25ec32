import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../../../gql';
import { formatDateTime } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { Markdown } from '../../challenges/markdown/Markdown';
import { FeedbackEntryFieldsFragment } from '../graphql/feedback';
import { FeedbackLinks } from './FeedbackLinks';
import { FeedbackStatusBadge } from './FeedbackStatusBadge';

type Responder = { name: string; anonymous: boolean } | null | undefined;

/**
 * The full history of an input's feedback (every status change with its text, who and when,
 * what was done, where it was merged), collapsed under `summary`. Any input kind: ideas, pulse
 * actions, later consultation responses and roasts.
 */
export function FeedbackHistory({
  entries,
  summary,
  responderName,
}: {
  entries: readonly FragmentType<typeof FeedbackEntryFieldsFragment>[];
  /** E.g. "Geschiedenis (3 wijzigingen)". */
  summary: string;
  /** A responder's name as shown to the reader (anonymous responders: the team's name). */
  responderName: (responder: Responder) => string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (entries.length === 0) return null;
  const history = getFragmentData(FeedbackEntryFieldsFragment, entries);
  return (
    <details className="ins-feedback-history">
      <summary>{summary}</summary>
      <ol className="ins-feedback-history__list">
        {history.map((entry) => (
          <li key={entry.id} className="ins-feedback-history__entry">
            <p className="ins-feedback-history__head">
              <FeedbackStatusBadge status={entry.status} />
              <span className="ins-meta">
                <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, language)}</time>
                {` · ${responderName(entry.responder)}`}
              </span>
            </p>
            {entry.text ? <Markdown text={entry.text} /> : null}
            {entry.mergedInto ? (
              <p>
                {t('feedback.block.mergedInto')}{' '}
                <Link to={entry.mergedInto.path}>{entry.mergedInto.title}</Link>
              </p>
            ) : null}
            <FeedbackLinks links={entry.links} label={t('feedback.block.links')} />
          </li>
        ))}
      </ol>
    </details>
  );
}
