import { PageHeading, Paragraph, Prose, Surface } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../app/PageTitle';
import { PulsePrivacySection } from '../features/pulse-answer/components/PulsePrivacySection';
import '../features/pulse-answer/pulse-answer.css';

export function PrivacyPage() {
  const { t } = useTranslation();
  const paragraphs = t('privacy.paragraphs', { returnObjects: true });
  return (
    <>
      <PageTitle title={t('privacy.title')} />
      <PageHeading title={t('privacy.title')} lead={t('privacy.lead')} />
      <Prose>
        <Surface>
          {paragraphs.map((paragraph) => (
            <Paragraph key={paragraph}>{paragraph}</Paragraph>
          ))}
        </Surface>
        <PulsePrivacySection />
      </Prose>
    </>
  );
}
