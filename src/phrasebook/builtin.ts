/**
 * The built-in phrasebook for all languages, bundled into the extension and used by the CLI.
 * Each file is parsed by zod on first use: a broken file fails with its name, path and reason.
 */
import type { ChatContext, ClassifyResult, Language } from '../classifier/types';
import { hasCyrillic } from '../classifier/normalize';
import { parsePhrasebook } from './schema';
import { selectReplies, type Phrasebook, type PhrasebookEntry, type Suggestion } from './select';
import ar from '../../phrasebook/ar.json';
import de from '../../phrasebook/de.json';
import en from '../../phrasebook/en.json';
import es from '../../phrasebook/es.json';
import fr from '../../phrasebook/fr.json';
import it from '../../phrasebook/it.json';
import ja from '../../phrasebook/ja.json';
import pl from '../../phrasebook/pl.json';
import pt from '../../phrasebook/pt.json';
import ru from '../../phrasebook/ru.json';
import sr from '../../phrasebook/sr.json';
import tr from '../../phrasebook/tr.json';
import zh from '../../phrasebook/zh.json';

export const PHRASEBOOK_FILES: Record<Language, unknown> = { ar, de, en, es, fr, it, ja, pl, pt, ru, sr, tr, zh };

let builtin: Phrasebook | null = null;

export function builtinPhrasebook(): Phrasebook {
  if (builtin) return builtin;
  const entries: PhrasebookEntry[] = [];
  const resources: Phrasebook['resources'] = {};
  for (const [lang, data] of Object.entries(PHRASEBOOK_FILES) as [Language, unknown][]) {
    const file = parsePhrasebook(`phrasebook/${lang}.json`, data);
    if (file.lang !== lang) throw new Error(`phrasebook/${lang}.json: lang: says "${file.lang}"`);
    for (const r of file.replies) entries.push({ ...r, lang, origin: 'builtin' });
    resources[lang] = file.resources;
  }
  builtin = { entries, resources };
  return builtin;
}

/** Top suggestions for a classified message (client's language first, then English). */
export function suggestFor(result: ClassifyResult, context: ChatContext, text?: string): Suggestion[] {
  return selectReplies(builtinPhrasebook(), {
    label: result.label,
    crisis: result.crisis,
    clientLang: result.lang,
    clientScript: text && result.lang === 'sr' && hasCyrillic(text) ? 'cyrillic' : 'latin',
    agentLang: 'en',
    context,
  });
}
