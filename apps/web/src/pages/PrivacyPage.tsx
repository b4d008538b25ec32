import {
  Heading2,
  Link,
  PageHeading,
  Paragraph,
  Prose,
  UnorderedList,
  UnorderedListItem,
} from '@inspraak/web-ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { PageTitle } from '../app/PageTitle';
import {
  PULSE_PRIVACY_ID,
  PulsePrivacySection,
} from '../features/pulse-answer/components/PulsePrivacySection';
import '../features/pulse-answer/pulse-answer.css';

/**
 * The sections of the privacy statement, in page order; each id is its anchor (`/privacy#anoniem`)
 * and its key under `privacy.sections`. The pulse section (`#pulsmetingen`) follows 'anoniem'.
 * The facts behind the texts are in docs/privacy.md: change both together.
 */
const BEFORE_PULSE = ['wat-we-bewaren', 'bijdragen', 'anoniem'] as const;
const AFTER_PULSE = [
  'meldingen',
  'wie-ziet-wat',
  'geen-volgsysteem',
  'bewaartermijnen',
  'je-rechten',
] as const;
type SectionId = (typeof BEFORE_PULSE)[number] | (typeof AFTER_PULSE)[number];
const SECTION_IDS: readonly string[] = [...BEFORE_PULSE, ...AFTER_PULSE];
const CONTENTS_ID = 'privacy-contents';

function PrivacySection({ id }: { id: SectionId }) {
  const { t } = useTranslation();
  const paragraphs = t(`privacy.sections.${id}.paragraphs`, { returnObjects: true });
  const items = t(`privacy.sections.${id}.items`, { returnObjects: true });
  return (
    <section id={id} className="ins-surface" aria-labelledby={`${id}-title`}>
      <Heading2 id={`${id}-title`} tabIndex={-1}>
        {t(`privacy.sections.${id}.title`)}
      </Heading2>
      {paragraphs.map((paragraph) => (
        <Paragraph key={paragraph}>{paragraph}</Paragraph>
      ))}
      <UnorderedList>
        {items.map((item) => (
          <UnorderedListItem key={item}>{item}</UnorderedListItem>
        ))}
      </UnorderedList>
      {id === 'je-rechten' ? (
        // Where employees download their own data (and change their name, language, notifications).
        <Paragraph>
          <RouterLink to="/profiel">{t('privacy.sections.je-rechten.profileLink')}</RouterLink>
        </Paragraph>
      ) : null}
    </section>
  );
}

/**
 * The privacy statement for employees and the works council (spec: anonymity.md, "What the
 * privacy page tells employees"; product.md C11), in plain words.
 */
export function PrivacyPage() {
  const { t } = useTranslation();
  const { hash, key } = useLocation();

  // A link to one of the sections (the contents below, or from elsewhere): client-side
  // navigation does not scroll to fragments, so bring it into view and put focus on its heading.
  // The pulse section does this for its own anchor once its texts have loaded.
  useEffect(() => {
    const id = hash.slice(1);
    if (!SECTION_IDS.includes(id)) return;
    document.getElementById(`${id}-title`)?.focus({ preventScroll: true });
    document.getElementById(id)?.scrollIntoView?.({ block: 'start' });
  }, [hash, key]);

  const entry = (id: SectionId) => (
    <UnorderedListItem key={id}>
      <Link href={`#${id}`}>{t(`privacy.sections.${id}.title`)}</Link>
    </UnorderedListItem>
  );
  return (
    <>
      <PageTitle title={t('privacy.title')} />
      <PageHeading title={t('privacy.title')} lead={t('privacy.lead')} />
      <Prose>
        <nav className="ins-surface" aria-labelledby={`${CONTENTS_ID}-title`}>
          <Heading2 id={`${CONTENTS_ID}-title`}>{t('privacy.contents.title')}</Heading2>
          <UnorderedList>
            {BEFORE_PULSE.map(entry)}
            <UnorderedListItem>
              <Link href={`#${PULSE_PRIVACY_ID}`}>{t('privacy.contents.pulse')}</Link>
            </UnorderedListItem>
            {AFTER_PULSE.map(entry)}
          </UnorderedList>
        </nav>
        {BEFORE_PULSE.map((id) => (
          <PrivacySection key={id} id={id} />
        ))}
        <PulsePrivacySection />
        {AFTER_PULSE.map((id) => (
          <PrivacySection key={id} id={id} />
        ))}
      </Prose>
    </>
  );
}
