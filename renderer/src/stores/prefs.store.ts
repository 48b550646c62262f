/**
 * Display preferences: language, theme, text size, motion. They hold nothing about anyone,
 * so they live in localStorage (and are readable before a vault is unlocked).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { isLanguage, type Language } from '../../../electron/shared/languages';

export const THEMES = ['system', 'light', 'dark', 'contrast'] as const;
export const TEXT_SIZES = ['standard', 'large', 'larger', 'largest'] as const;
export const MOTIONS = ['system', 'reduce'] as const;
export type LanguagePref = 'system' | Language;
export type ThemePref = (typeof THEMES)[number];
export type TextSize = (typeof TEXT_SIZES)[number];
export type MotionPref = (typeof MOTIONS)[number];

export interface Prefs {
  readonly language: LanguagePref;
  readonly theme: ThemePref;
  readonly textSize: TextSize;
  readonly motion: MotionPref;
}

interface PrefsActions {
  readonly setLanguage: (language: LanguagePref) => void;
  readonly setTheme: (theme: ThemePref) => void;
  readonly setTextSize: (size: TextSize) => void;
  readonly setMotion: (motion: MotionPref) => void;
}

export const DEFAULT_PREFS: Prefs = {
  language: 'system',
  theme: 'system',
  textSize: 'standard',
  motion: 'system',
};
export const PREFS_STORAGE_KEY = 'circlekeeper.prefs';

function oneOf<T extends string>(options: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (options as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

/** Whatever is in storage (an older version, a hand edit), only known values are kept. */
export function sanitizePrefs(raw: unknown): Prefs {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    language:
      r['language'] === 'system' || isLanguage(r['language'])
        ? r['language']
        : DEFAULT_PREFS.language,
    theme: oneOf(THEMES, r['theme'], DEFAULT_PREFS.theme),
    textSize: oneOf(TEXT_SIZES, r['textSize'], DEFAULT_PREFS.textSize),
    motion: oneOf(MOTIONS, r['motion'], DEFAULT_PREFS.motion),
  };
}

export const usePrefsStore = create<Prefs & PrefsActions>()(
  persist(
    (set) => ({
      ...DEFAULT_PREFS,
      setLanguage: (language) => set({ language }),
      setTheme: (theme) => set({ theme }),
      setTextSize: (textSize) => set({ textSize }),
      setMotion: (motion) => set({ motion }),
    }),
    {
      name: PREFS_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ language, theme, textSize, motion }) => ({
        language,
        theme,
        textSize,
        motion,
      }),
      merge: (persisted, current) => ({ ...current, ...sanitizePrefs(persisted) }),
    },
  ),
);
