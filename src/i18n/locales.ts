import en from '../../locales/en.json';
import es from '../../locales/es.json';
import tr from '../../locales/tr.json';
import ru from '../../locales/ru.json';
import sr from '../../locales/sr.json';
import de from '../../locales/de.json';
import fr from '../../locales/fr.json';
import it from '../../locales/it.json';
import pt from '../../locales/pt.json';
import pl from '../../locales/pl.json';
import ar from '../../locales/ar.json';
import ja from '../../locales/ja.json';
import zh from '../../locales/zh.json';

export const LOCALES = { en, es, tr, ru, sr, de, fr, it, pt, pl, ar, ja, zh } as const;
export type UiLanguage = keyof typeof LOCALES;
export const UI_LANGUAGES = Object.keys(LOCALES) as UiLanguage[];
