/**
 * The catalogs' contract: every language has every message (with all the plural forms its
 * language needs), no catalog carries a key the code never uses, and translations keep the
 * English placeholders.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../electron/shared/languages';
import { baseKeyOf, isPluralSuffix } from './i18n';
import en from './locales/en.json';
import fr from './locales/fr.json';
import ar from './locales/ar.json';

const CATALOGS: Record<Language, Record<string, string>> = { en, fr, ar };
const SOURCE_ROOT = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const SOURCES = sourceFiles(SOURCE_ROOT).map((path) => readFileSync(path, 'utf8'));
/** Every string literal in the renderer's code that looks like a message key. */
const LITERALS = new Set(
  SOURCES.flatMap((source) =>
    [...source.matchAll(/['"`]([a-z][A-Za-z]*(?:\.[A-Za-z][A-Za-z0-9]*)+)['"`]/g)].map(
      (m) => m[1] ?? '',
    ),
  ),
);
/** Literal keys passed straight to t(...). */
const T_CALLS = new Set(
  SOURCES.flatMap((source) => [...source.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => m[1] ?? '')),
);

function pluralBases(catalog: Record<string, string>): Set<string> {
  return new Set(
    Object.keys(catalog)
      .filter((key) => baseKeyOf(key) !== key)
      .map(baseKeyOf),
  );
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

describe('message catalogs', () => {
  const englishBases = new Set(Object.keys(en).map(baseKeyOf));

  it.each(LANGUAGES)('%s has exactly the messages English has', (language) => {
    const bases = new Set(Object.keys(CATALOGS[language]).map(baseKeyOf));
    expect([...englishBases].filter((k) => !bases.has(k))).toEqual([]);
    expect([...bases].filter((k) => !englishBases.has(k))).toEqual([]);
  });

  it.each(LANGUAGES)(
    '%s has every plural form its language uses, and no stray ones',
    (language) => {
      const catalog = CATALOGS[language];
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const base of pluralBases(en)) {
        const forms = Object.keys(catalog)
          .filter((key) => baseKeyOf(key) === base)
          .map((key) => key.slice(base.length + 1));
        expect(forms.every(isPluralSuffix), `${language} ${base}`).toBe(true);
        // Every CLDR category of the language; "zero" too where CLDR has it (Arabic).
        expect(
          categories.filter((c) => !forms.includes(c)),
          `${language} ${base}`,
        ).toEqual([]);
        expect(
          forms.filter((f) => !(categories as readonly string[]).includes(f)),
          `${language} ${base}`,
        ).toEqual([]);
      }
    },
  );

  it('Arabic distinguishes all six plural categories', () => {
    expect(new Intl.PluralRules('ar').resolvedOptions().pluralCategories.slice().sort()).toEqual([
      'few',
      'many',
      'one',
      'other',
      'two',
      'zero',
    ]);
  });

  it.each(LANGUAGES)('%s keeps the English placeholders and has no empty message', (language) => {
    const catalog = CATALOGS[language];
    for (const [key, message] of Object.entries(catalog)) {
      expect(message.trim(), `${language} ${key}`).not.toBe('');
      const reference =
        (en as Record<string, string>)[key] ??
        (en as Record<string, string>)[`${baseKeyOf(key)}_other`];
      expect(reference, `${language} ${key} has no English counterpart`).toBeDefined();
      // Plural "one"/"two"/"zero" forms may spell the number out instead of using {{count}}.
      const spelled = /_(zero|one|two)$/.test(key);
      const expected = placeholders(reference ?? '').filter((p) => !(spelled && p === 'count'));
      expect(
        placeholders(message).filter((p) => !(spelled && p === 'count')),
        `${language} ${key}`,
      ).toEqual(expected);
    }
  });

  it('uses every key somewhere in the code', () => {
    expect([...englishBases].filter((key) => !LITERALS.has(key))).toEqual([]);
  });

  it('has every key the code asks for', () => {
    expect([...T_CALLS].filter((key) => !englishBases.has(key))).toEqual([]);
    expect(T_CALLS.size).toBeGreaterThan(20);
  });
});
