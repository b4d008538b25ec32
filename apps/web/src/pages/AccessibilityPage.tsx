import {
  Alert,
  Heading2,
  PageHeading,
  Paragraph,
  Prose,
  Surface,
  UnorderedList,
  UnorderedListItem,
} from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../app/PageTitle';

export function AccessibilityPage() {
  const { t } = useTranslation();
  const measures = t('accessibility.measures', { returnObjects: true });
  return (
    <>
      <PageTitle title={t('accessibility.title')} />
      <PageHeading title={t('accessibility.title')} lead={t('accessibility.lead')} />
      <Prose>
        <Alert type="info">
          <Paragraph>{t('accessibility.draftNotice')}</Paragraph>
        </Alert>
        <Surface>
          <Heading2>{t('accessibility.standardHeading')}</Heading2>
          <Paragraph>{t('accessibility.standard')}</Paragraph>
          <Heading2>{t('accessibility.measuresHeading')}</Heading2>
          <UnorderedList>
            {measures.map((measure) => (
              <UnorderedListItem key={measure}>{measure}</UnorderedListItem>
            ))}
          </UnorderedList>
          <Heading2>{t('accessibility.knownIssuesHeading')}</Heading2>
          <Paragraph>{t('accessibility.knownIssues')}</Paragraph>
          <Heading2>{t('accessibility.contactHeading')}</Heading2>
          <Paragraph>{t('accessibility.contact')}</Paragraph>
        </Surface>
      </Prose>
    </>
  );
}
