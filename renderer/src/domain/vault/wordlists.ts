/**
 * The word lists generated passphrases are drawn from, one per language the app speaks. Each
 * holds 1,296 (6^4) everyday, friendly words chosen for Circlekeeper, so a word is log2(1296) ≈
 * 10.34 bits; wordlists.test.ts states everything else a list must satisfy.
 */
import type { Language } from '../../../../electron/shared/languages';
import ar from './wordlists/ar.json';
import en from './wordlists/en.json';
import fr from './wordlists/fr.json';

export const WORDLISTS: Readonly<Record<Language, readonly string[]>> = { en, fr, ar };

/** Every list, for estimateStrength: a facilitator may mix languages in one passphrase. */
export const ALL_WORDLISTS: readonly (readonly string[])[] = [en, fr, ar];
