import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import type { AnswerText } from '../answer-form';
import { privacyLinkState } from './PulsePrivacySection';

export interface PulsePromiseProps {
  text: AnswerText;
  privacyPath: string;
  k: number;
  kComments: number;
}

/** The round's privacy promise in plain words, with a link to the privacy page's section. */
export function PulsePromise({ text, privacyPath, k, kComments }: PulsePromiseProps) {
  const { t } = useTranslation('pulse-answer');
  const { language } = useLanguage();
  // Only a path inside the app (the API sends `/privacy#pulsmetingen`).
  const to =
    privacyPath.startsWith('/') && !privacyPath.startsWith('//') ? privacyPath : '/privacy';
  return (
    <aside className="ins-pulse-promise" aria-labelledby="pulse-promise-title">
      <svg
        className="ins-pulse-promise__icon"
        viewBox="0 0 24 24"
        aria-hidden="true"
        focusable="false"
      >
        <path
          d="M7 10V7a5 5 0 0 1 10 0v3M6 10h12v10H6z"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinejoin="round"
        />
      </svg>
      <div>
        <h2 id="pulse-promise-title" className="ins-pulse-promise__title">
          {t('form.promiseTitle')}
        </h2>
        <p className="ins-pulse-promise__text">{text[language]}</p>
        <p className="ins-pulse-promise__link">
          <Link to={to} state={privacyLinkState(k, kComments)}>
            {t('form.promiseLink')}
          </Link>
        </p>
      </div>
    </aside>
  );
}
