import { describe, expect, it } from 'vitest';
import type { LibraryPrompt } from '../../domain/icebreakers/prompt';
import { BUILT_IN_PROMPTS } from '../../domain/icebreakers/prompts';
import { matchesText, promptTextIn } from './usePrompts';

describe('matchesText (the library search)', () => {
  it('finds every word at the start of a word, accents, case and Arabic spelling aside', () => {
    expect(matchesText('Un souvenir de l’Hôpital', 'hopital souv')).toBe(true);
    expect(matchesText('Un souvenir de l’Hôpital', 'pital')).toBe(false);
    expect(matchesText('ما الذي ساعدكم في المدرسة؟', 'مدرسه')).toBe(true);
    expect(matchesText('ما الذي ساعدكم في المدرسة؟', 'مدرسه بيت')).toBe(false);
  });
});

describe('promptTextIn', () => {
  it('gives a built-in prompt in the plan’s language, and one’s own as written', () => {
    const builtIn = BUILT_IN_PROMPTS[0];
    if (!builtIn) throw new Error('no prompts');
    const shown: LibraryPrompt = { ...builtIn, source: 'built-in', text: builtIn.text.en };
    expect(promptTextIn(shown, 'ar')).toBe(builtIn.text.ar);
    const own: LibraryPrompt = { ...shown, id: 'custom-1', source: 'custom', text: 'Mine' };
    expect(promptTextIn(own, 'fr')).toBe('Mine');
  });
});
