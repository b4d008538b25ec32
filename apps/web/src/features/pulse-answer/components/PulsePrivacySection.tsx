import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** The section's id: the API's `promise.privacyPath` links to `/privacy#pulsmetingen`. */
export const PULSE_PRIVACY_ID = 'pulsmetingen';

/** Defaults of the platform (PULSE_K, PULSE_K_COMMENTS); a round may have higher ones. */
const DEFAULT_K = 5;
const DEFAULT_K_COMMENTS = 10;

const ITEMS = ['stored', 'apart', 'nobody', 'shown', 'who', 'own'] as const;

/** Router state of the answer page's privacy link: the thresholds of the round being answered. */
export function privacyLinkState(k: number, kComments: number) {
  return { pulseK: k, pulseKComments: kComments };
}

function thresholdsFrom(state: unknown): { k: number; kComments: number } | null {
  if (!state || typeof state !== 'object') return null;
  const { pulseK, pulseKComments } = state as Record<string, unknown>;
  const ok = (n: unknown, floor: number): n is number =>
    typeof n === 'number' && Number.isInteger(n) && n >= floor && n <= 10_000;
  return ok(pulseK, 3) && ok(pulseKComments, 5) ? { k: pulseK, kComments: pulseKComments } : null;
}

/**
 * The privacy page's section on pulse surveys (docs/pulse.md, "Privacy page text") in plain
 * words. Its texts are the 'pulse-answer' namespace, loaded when the section shows; opened from
 * a round, it names that round's thresholds, else the platform's defaults.
 */
export function PulsePrivacySection() {
  const { t, ready } = useTranslation('pulse-answer', { useSuspense: false });
  const location = useLocation();
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const round = thresholdsFrom(location.state);
  const k = round?.k ?? DEFAULT_K;
  const kComments = round?.kComments ?? DEFAULT_K_COMMENTS;
  const targeted = location.hash === `#${PULSE_PRIVACY_ID}`;

  // The section appears after its texts load, so the browser's own jump to the anchor misses
  // it: scroll there (and put focus on its heading) once it is rendered.
  useEffect(() => {
    if (!ready || !targeted) return;
    const timer = setTimeout(() => {
      section.current?.scrollIntoView?.({ block: 'start' });
      heading.current?.focus({ preventScroll: true });
    }, 0);
    return () => clearTimeout(timer);
  }, [ready, targeted, location.key]);

  if (!ready) return null;
  return (
    <section
      ref={section}
      id={PULSE_PRIVACY_ID}
      className="ins-surface ins-pulse-privacy"
      aria-labelledby={`${PULSE_PRIVACY_ID}-title`}
    >
      <h2
        id={`${PULSE_PRIVACY_ID}-title`}
        ref={heading}
        tabIndex={-1}
        className="utrecht-heading-2"
      >
        {t('privacy.title')}
      </h2>
      <p className="utrecht-paragraph">{t('privacy.lead')}</p>
      <ul className="ins-pulse-privacy__list">
        {ITEMS.map((item) => (
          <li key={item}>
            <strong>{t(`privacy.items.${item}.title`)}</strong>{' '}
            {t(`privacy.items.${item}.text`, { k, kComments })}
          </li>
        ))}
      </ul>
      {round ? null : (
        <p className="utrecht-paragraph ins-pulse-privacy__note">
          {t('privacy.thresholds', { k, kComments })}
        </p>
      )}
    </section>
  );
}
