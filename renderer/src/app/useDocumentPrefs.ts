/** Mirrors language, direction, theme, text size and motion onto <html>, where CSS reads them. */
import { useEffect, useSyncExternalStore } from 'react';
import { directionOf, type Language } from '../../../electron/shared/languages';
import type { MotionPref, TextSize, ThemePref } from '../stores/prefs.store';

function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (listener) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', listener);
      return () => list.removeEventListener('change', listener);
    },
    () => window.matchMedia(query).matches,
  );
}

export function resolveTheme(
  pref: ThemePref,
  dark: boolean,
  moreContrast: boolean,
): 'light' | 'dark' | 'contrast' {
  if (pref !== 'system') return pref;
  if (moreContrast) return 'contrast';
  return dark ? 'dark' : 'light';
}

export function useDocumentPrefs(
  language: Language,
  theme: ThemePref,
  textSize: TextSize,
  motion: MotionPref,
): void {
  const dark = useMedia('(prefers-color-scheme: dark)');
  const moreContrast = useMedia('(prefers-contrast: more)');
  const reduce = useMedia('(prefers-reduced-motion: reduce)');
  useEffect(() => {
    const root = document.documentElement;
    root.lang = language;
    root.dir = directionOf(language);
    root.dataset['theme'] = resolveTheme(theme, dark, moreContrast);
    root.dataset['textSize'] = textSize;
    root.dataset['motion'] = motion === 'reduce' || reduce ? 'reduce' : 'full';
  }, [language, theme, textSize, motion, dark, moreContrast, reduce]);
}
