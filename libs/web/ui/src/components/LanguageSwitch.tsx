export interface LanguageOption {
  code: string;
  /** The language's own name, e.g. "Nederlands", read out after the visible code. */
  name: string;
}

export interface LanguageSwitchProps {
  label: string;
  options: readonly LanguageOption[];
  current: string;
  onChange: (code: string) => void;
}

export function LanguageSwitch({ label, options, current, onChange }: LanguageSwitchProps) {
  return (
    <div className="ins-language-switch" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.code}
          type="button"
          lang={option.code}
          className="ins-language-switch__button"
          aria-pressed={option.code === current}
          onClick={() => {
            if (option.code !== current) onChange(option.code);
          }}
        >
          {/* The accessible name starts with the visible code (WCAG 2.5.3 label in name). */}
          {option.code.toUpperCase()}
          <span className="ins-visually-hidden">{` ${option.name}`}</span>
        </button>
      ))}
    </div>
  );
}
