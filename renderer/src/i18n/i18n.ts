/**
 * A small typed translator: flat catalogs keyed by feature ("run.start"), `{{name}}`
 * interpolation, and plural forms chosen by Intl.PluralRules with i18next-style suffixes
 * (`_zero`, `_one`, `_two`, `_few`, `_many`, `_other`), which Arabic needs all six of.
 * Keys are checked by the compiler against the English catalog.
 */
import englishCatalog from './locales/en.json';
import type { Language } from '../../../electron/shared/languages';

const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralSuffix = (typeof PLURAL_SUFFIXES)[number];

type RawKey = keyof typeof englishCatalog;
type BaseOf<K> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
/** Keys that take a count (they have plural forms). */
export type PluralKey = RawKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;
export type MessageKey = BaseOf<RawKey>;
/** Keys without a count. */
export type TextKey = Exclude<MessageKey, PluralKey>;
export type Catalog = Readonly<Record<string, string>>;
export type Params = Readonly<Record<string, string | number>>;

export interface Translate {
  (key: TextKey, params?: Params): string;
  (key: PluralKey, params: Params & { count: number }): string;
}

export function baseKeyOf(key: string): string {
  const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
  return match?.[1] ?? key;
}

export function isPluralSuffix(value: string): value is PluralSuffix {
  return (PLURAL_SUFFIXES as readonly string[]).includes(value);
}

function interpolate(
  template: string,
  params: Params | undefined,
  format: (n: number) => string,
): string {
  if (!params) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? format(value) : value;
  });
}

export function createTranslator(
  language: Language,
  catalog: Catalog,
  fallback?: Catalog,
): Translate {
  const plurals = new Intl.PluralRules(language);
  const numbers = new Intl.NumberFormat(language);
  const lookup = (key: string): string | undefined => catalog[key] ?? fallback?.[key];
  const format = (n: number) => numbers.format(n);

  const translate = (key: string, params?: Params): string => {
    const count = params?.['count'];
    if (typeof count === 'number') {
      // CLDR's explicit "zero" form (Arabic) wins for 0; then the language's category; then other.
      const exact = count === 0 ? lookup(`${key}_zero`) : undefined;
      const form = exact ?? lookup(`${key}_${plurals.select(count)}`) ?? lookup(`${key}_other`);
      if (form !== undefined) return interpolate(form, params, format);
    }
    const message = lookup(key);
    // A missing key shows itself rather than an empty string, so it is noticed and reported.
    return message === undefined ? key : interpolate(message, params, format);
  };
  return translate;
}

/** English is every catalog's fallback, so it ships with the app's first chunk. */
export const ENGLISH: Catalog = englishCatalog;

const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ default: Catalog }>> = {
  fr: () => import('./locales/fr.json'),
  ar: () => import('./locales/ar.json'),
};

/** Loads one language's catalog; French and Arabic are chunks of their own, fetched when used. */
export async function loadCatalog(language: Language): Promise<Catalog> {
  return language === 'en' ? ENGLISH : (await loaders[language]()).default;
}
