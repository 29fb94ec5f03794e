/** Reply buttons shared by the panel and the popup. The button's text is exactly what it inserts. */
import type { i18n } from 'i18next';
import type { Suggestion } from '../phrasebook/select';
import { directionOf } from '../i18n';

export interface SuggestionListProps {
  suggestions: Suggestion[];
  t: i18n['t'];
  onInsert: (s: Suggestion) => void;
}

export function SuggestionList({ suggestions, t, onInsert }: SuggestionListProps) {
  return (
    <ol class="poise-suggestions" data-testid="poise-suggestions">
      {suggestions.map((s, i) => (
        <li key={s.id + s.lang} class="poise-suggestion-row">
          <button
            type="button"
            class="poise-suggestion"
            data-testid="poise-suggestion"
            data-tone={s.tone}
            data-lang={s.lang}
            data-id={s.id}
            lang={s.lang}
            dir={directionOf(s.lang)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onInsert(s)}
            aria-describedby={`poise-tag-${i}`}
          >{s.text}</button>
          <span class="poise-tag" id={`poise-tag-${i}`}>{i < 3 ? `${i + 1} · ` : ''}{t(`tone.${s.tone}`)} · {s.lang}</span>
        </li>
      ))}
    </ol>
  );
}
