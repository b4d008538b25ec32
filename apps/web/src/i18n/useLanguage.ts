import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from './i18n';

export function useLanguage() {
  const { i18n } = useTranslation();
  return {
    language: currentLanguage(i18n),
    setLanguage: (language: Language) => i18n.changeLanguage(language),
  };
}
