export interface LogoMarkProps {
  className?: string;
}

/** Inspraak's mark: two overlapping speech bubbles. Decorative; the name is shown as text. */
export function LogoMark({ className }: LogoMarkProps) {
  return (
    <svg
      className={['ins-logo-mark', className].filter(Boolean).join(' ')}
      viewBox="0 0 48 48"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="48" height="48" rx="12" fill="var(--ins-color-primary, #1f4e8c)" />
      <path
        d="M12 13h17a5 5 0 0 1 5 5v8a5 5 0 0 1-5 5h-9l-6 5v-5h-2a5 5 0 0 1-5-5v-8a5 5 0 0 1 5-5Z"
        fill="#fff"
      />
      <path
        d="M36 20h1a4 4 0 0 1 4 4v7a4 4 0 0 1-4 4h-1v4l-5-4h-7a4 4 0 0 1-3.6-2.3H29a7 7 0 0 0 7-7V20Z"
        fill="var(--ins-color-accent, #f2a900)"
      />
      <circle cx="16" cy="22" r="2" fill="var(--ins-color-primary, #1f4e8c)" />
      <circle cx="21.5" cy="22" r="2" fill="var(--ins-color-primary, #1f4e8c)" />
      <circle cx="27" cy="22" r="2" fill="var(--ins-color-primary, #1f4e8c)" />
    </svg>
  );
}
