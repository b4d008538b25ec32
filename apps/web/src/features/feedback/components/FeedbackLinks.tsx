import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FeedbackLinkKind } from '../../../gql/graphql';

export interface FeedbackLinkView {
  kind: FeedbackLinkKind;
  title: string;
  path?: string | null;
  url?: string | null;
}

/** Only web addresses become external links (never `javascript:` and the like). */
export function safeExternalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "What was done": a decision of the trajectory, later a prototype version or an action. */
export function FeedbackLinks({
  links,
  label,
}: {
  links: readonly FeedbackLinkView[];
  label: string;
}) {
  const { t } = useTranslation();
  if (links.length === 0) return null;
  return (
    <ul className="ins-feedback-links" aria-label={label}>
      {links.map((link, index) => {
        const kind = t(`feedback.linkKinds.${link.kind}`);
        const external = link.path ? null : safeExternalUrl(link.url);
        return (
          <li key={`${link.kind}-${index}`}>
            <span className="ins-feedback-links__kind">{`${kind}: `}</span>
            {link.path ? (
              <Link to={link.path}>{link.title}</Link>
            ) : external ? (
              <a href={external} target="_blank" rel="noopener noreferrer">
                {link.title}
                <span className="ins-visually-hidden">{` ${t('feedback.newTab')}`}</span>
              </a>
            ) : (
              link.title
            )}
          </li>
        );
      })}
    </ul>
  );
}
