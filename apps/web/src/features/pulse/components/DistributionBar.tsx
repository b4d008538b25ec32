import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatShare, pick } from '../pulse-format';
import type { PulseQuestion } from '../types';

export interface DistributionEntry {
  value?: number | null;
  choice?: string | null;
  count: number;
}

/** The label of one value or option: "1", "0", or the option's wording. */
export function valueLabel(
  question: PulseQuestion,
  entry: DistributionEntry,
  language: 'nl' | 'en',
) {
  if (entry.choice != null) {
    const option = question.options.find((o) => o.key === entry.choice);
    return option ? pick(option.label, language) : entry.choice;
  }
  return String(entry.value ?? '');
}

/**
 * How many gave each answer, as a stacked bar. The bar is a picture with the numbers as its
 * text (role img), so screen readers hear "1: 2 (11%), 2: 3 (17%), …".
 */
export function DistributionBar({
  question,
  distribution,
}: {
  question: PulseQuestion;
  distribution: readonly DistributionEntry[];
}) {
  const { t } = useTranslation('pulse');
  const { language } = useLanguage();
  const total = distribution.reduce((sum, entry) => sum + entry.count, 0);
  const parts = distribution.map((entry, index) => ({
    key: `${entry.choice ?? entry.value ?? index}`,
    label: valueLabel(question, entry, language),
    count: entry.count,
    share: total ? entry.count / total : 0,
    // Light to dark along the scale; options get alternating tones.
    position: distribution.length > 1 ? index / (distribution.length - 1) : 1,
  }));
  const description = parts
    .map((part) =>
      t('results.distributionPart', {
        label: part.label,
        count: part.count,
        share: formatShare(part.share, language),
      }),
    )
    .join(', ');
  return (
    <div
      className="ins-pulse-bar"
      role="img"
      aria-label={t('results.distributionLabel', { parts: description })}
    >
      {parts
        .filter((part) => part.count > 0)
        .map((part) => (
          <span
            key={part.key}
            className="ins-pulse-bar__part"
            style={{
              width: `${part.share * 100}%`,
              background: `hsl(212 70% ${88 - part.position * 58}%)`,
              color: part.position > 0.45 ? '#fff' : '#0b1f33',
            }}
            title={`${part.label}: ${part.count}`}
          >
            {part.share >= 0.12 ? part.label : null}
          </span>
        ))}
    </div>
  );
}
