import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { useSupportToggle } from '../hooks/useIdeaToggles';

export interface SupportButtonProps {
  idea: { id: string; title: string; supportCount: number; viewer: { supported: boolean } };
  /** The idea can no longer be supported (withdrawn, hidden, challenge closed). */
  disabled?: boolean;
}

/**
 * A toggle button: pressed while the viewer supports the idea. The count changes at once
 * (optimistic) and is corrected by the API's answer.
 */
export function SupportButton({ idea, disabled }: SupportButtonProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { toggle, busy } = useSupportToggle();
  const supported = idea.viewer.supported;
  return (
    <button
      type="button"
      className="ins-support-button"
      aria-pressed={supported}
      disabled={disabled}
      aria-busy={busy || undefined}
      onClick={() => void toggle({ id: idea.id, supportCount: idea.supportCount, supported })}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M12 20.5s-7.5-4.6-7.5-10.2A4.3 4.3 0 0 1 12 7.6a4.3 4.3 0 0 1 7.5 2.7c0 5.6-7.5 10.2-7.5 10.2z"
          fill={supported ? 'currentColor' : 'none'}
          stroke="currentColor"
          strokeWidth="2"
        />
      </svg>
      <span>{t('challenges.support.label')}</span>
      <span className="ins-visually-hidden">
        {t('challenges.support.context', { title: idea.title })}
      </span>
      <span className="ins-support-button__count" data-testid="support-count">
        {formatNumber(idea.supportCount, language)}
      </span>
    </button>
  );
}
