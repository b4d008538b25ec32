import { LanguageSwitch } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { isLanguage, SUPPORTED_LANGUAGES } from '../i18n/i18n';
import { useLanguage } from '../i18n/useLanguage';

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const options = SUPPORTED_LANGUAGES.map((code) => ({ code, name: t(`language.${code}`) }));
  return (
    <LanguageSwitch
      label={t('language.label')}
      options={options}
      current={language}
      onChange={(code) => {
        if (isLanguage(code)) void setLanguage(code);
      }}
    />
  );
}
