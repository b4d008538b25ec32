import { useTranslation } from 'react-i18next';

/**
 * What posting anonymously means, in plain words: who can see what (nobody, admins included,
 * can see it was you), and what you can still do.
 */
export function AnonymityExplanation({ id }: { id?: string }) {
  const { t } = useTranslation();
  return (
    <div id={id} className="ins-anonymity-explanation">
      <p>{t('challenges.anonymity.intro')}</p>
      <ul>
        <li>{t('challenges.anonymity.nobody')}</li>
        <li>{t('challenges.anonymity.stillYours')}</li>
        <li>{t('challenges.anonymity.notified')}</li>
        <li>{t('challenges.anonymity.content')}</li>
      </ul>
    </div>
  );
}
