/**
 * The library as the screens use it: built-in prompts (their own chunk, loaded with the screens
 * that show prompts) and the facilitator's, in one language, with a text matcher that ignores
 * accents, case and Arabic spelling variants.
 */
import { useEffect, useMemo } from 'react';
import { libraryPrompts, type LibraryPrompt } from '../../domain/icebreakers/prompt';
import { BUILT_IN_PROMPTS } from '../../domain/icebreakers/prompts';
import { searchTokens } from '../../domain/notes/search';
import type { TemplateLanguage } from '../../domain/plans/templates';
import { useLibraryStore } from '../../stores/library.store';

export function usePrompts(language: TemplateLanguage): readonly LibraryPrompt[] {
  const custom = useLibraryStore((s) => s.custom);
  const load = useLibraryStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  return useMemo(
    () => libraryPrompts(BUILT_IN_PROMPTS, Object.values(custom), language),
    [custom, language],
  );
}

/** A prompt's text in a plan's language: built-in prompts have all three, custom ones their own. */
export function promptTextIn(prompt: LibraryPrompt, language: TemplateLanguage): string {
  if (prompt.source === 'custom') return prompt.text;
  return BUILT_IN_PROMPTS.find((p) => p.id === prompt.id)?.text[language] ?? prompt.text;
}

/**
 * Every query word begins a word of the text, accents, case and Arabic spelling aside, with the
 * same normalization as the notes' search ("كتاب" finds "الكتاب", "hopital" finds "Hôpital").
 */
export function matchesText(text: string, query: string): boolean {
  const tokens = searchTokens(text);
  // Each query word as the index would hold it: whole, and bare of an Arabic prefix if it has one.
  return query
    .split(/\s+/u)
    .map((word) => searchTokens(word))
    .filter((forms) => forms.length > 0)
    .every((forms) => forms.some((form) => tokens.some((token) => token.startsWith(form))));
}
