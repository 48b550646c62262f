import { matchLanguage, type Language } from '../../../electron/shared/languages';
import type { Prefs } from './prefs.store';

export const prefsSelectors = {
  language: (s: Prefs) => s.language,
  theme: (s: Prefs) => s.theme,
  textSize: (s: Prefs) => s.textSize,
  motion: (s: Prefs) => s.motion,
};

/** The language to show: the facilitator's choice, or the best match for the OS's languages. */
export function effectiveLanguage(
  pref: Prefs['language'],
  osLanguages: readonly string[],
): Language {
  return pref === 'system' ? matchLanguage(osLanguages) : pref;
}
