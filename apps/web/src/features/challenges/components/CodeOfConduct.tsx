import { useTranslation } from 'react-i18next';

/** The short code of conduct shown wherever an idea is posted. */
export function CodeOfConduct() {
  const { t } = useTranslation();
  return (
    <section className="ins-code-of-conduct" aria-labelledby="code-of-conduct">
      <h2 id="code-of-conduct" className="ins-code-of-conduct__title">
        {t('challenges.conduct.title')}
      </h2>
      <ul>
        <li>{t('challenges.conduct.respect')}</li>
        <li>{t('challenges.conduct.ideas')}</li>
        <li>{t('challenges.conduct.privacy')}</li>
        <li>{t('challenges.conduct.report')}</li>
      </ul>
    </section>
  );
}
