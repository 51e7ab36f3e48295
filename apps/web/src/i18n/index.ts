import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './en';
import { ruMessages } from './messages';
import { ru } from './ru';

export type Lang = 'en' | 'ru';
const STORAGE_KEY = 'vested.locale';

function initialLanguage(): Lang {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'ru') return saved;
  return navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, ru: { translation: ru } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export function applyLanguage(lang: Lang): void {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
}

/** Translate a message from the contracts or the server (they are worded in English). */
export function useMessage(): (message: string | undefined) => string | undefined {
  const { i18n: current } = useTranslation();
  return (message) => {
    if (message === undefined) return undefined;
    if (current.language === 'ru') return ruMessages[message] ?? message;
    return message;
  };
}

export { i18n };
