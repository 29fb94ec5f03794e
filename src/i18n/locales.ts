import en from '../../locales/en.json';
import es from '../../locales/es.json';

export const LOCALES = { en, es } as const;
export type UiLanguage = keyof typeof LOCALES;
export const UI_LANGUAGES = Object.keys(LOCALES) as UiLanguage[];
