/**
 * i18next for every UI string. Locale files live in `locales/<lang>.json`; en is the reference and a
 * test keeps every locale's keys equal to it. Arabic renders right-to-left (see `directionOf`).
 */
import i18next, { type i18n } from 'i18next';
import { LOCALES, type UiLanguage } from './locales';

export { UI_LANGUAGES, type UiLanguage } from './locales';

export function resolveUiLanguage(preferred: string | null | undefined): UiLanguage {
  const tag = (preferred ?? 'en').toLowerCase();
  const base = tag.split(/[-_]/)[0]!;
  return (base in LOCALES ? base : 'en') as UiLanguage;
}

export function directionOf(lang: string): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/** A separate i18next instance per UI surface (panel, popup, options), never the page's. */
export function createI18n(lang: string | null | undefined): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: resolveUiLanguage(lang),
    fallbackLng: 'en',
    resources: Object.fromEntries(Object.entries(LOCALES).map(([l, res]) => [l, { translation: res }])),
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
