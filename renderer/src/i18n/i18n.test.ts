import { describe, expect, it } from 'vitest';
import { baseKeyOf, createTranslator } from './i18n';

const en = {
  'a.hello': 'Hello {{name}}',
  'a.items_one': '{{count}} item',
  'a.items_other': '{{count}} items',
  'a.only': 'English only',
};
const ar = {
  'a.hello': 'مرحبًا {{name}}',
  'a.items_zero': 'لا عناصر',
  'a.items_one': 'عنصر واحد',
  'a.items_two': 'عنصران',
  'a.items_few': '{{count}} عناصر',
  'a.items_many': '{{count}} عنصرًا',
  'a.items_other': '{{count}} عنصر',
};
const fr = {
  'a.items_one': '{{count}} élément',
  'a.items_many': '{{count}} d’éléments',
  'a.items_other': '{{count}} éléments',
};

// The translator is typed against the app's catalog; these tests use their own small ones.
type Loose = (key: string, params?: Record<string, string | number>) => string;
const loose = (t: unknown) => t as Loose;

describe('createTranslator', () => {
  it('interpolates named values and leaves unknown placeholders visible', () => {
    const t = loose(createTranslator('en', en));
    expect(t('a.hello', { name: 'Sam' })).toBe('Hello Sam');
    expect(t('a.hello')).toBe('Hello {{name}}');
  });

  it('chooses English plural forms', () => {
    const t = loose(createTranslator('en', en));
    expect(t('a.items', { count: 1 })).toBe('1 item');
    expect(t('a.items', { count: 0 })).toBe('0 items');
    expect(t('a.items', { count: 2 })).toBe('2 items');
  });

  it('chooses each of the six Arabic plural forms', () => {
    const t = loose(createTranslator('ar', ar, en));
    expect(t('a.items', { count: 0 })).toBe('لا عناصر');
    expect(t('a.items', { count: 1 })).toBe('عنصر واحد');
    expect(t('a.items', { count: 2 })).toBe('عنصران');
    expect(t('a.items', { count: 3 })).toBe(`${new Intl.NumberFormat('ar').format(3)} عناصر`);
    expect(t('a.items', { count: 11 })).toBe(`${new Intl.NumberFormat('ar').format(11)} عنصرًا`);
    expect(t('a.items', { count: 100 })).toBe(`${new Intl.NumberFormat('ar').format(100)} عنصر`);
  });

  it('uses French "many" for millions and formats numbers in French', () => {
    const t = loose(createTranslator('fr', fr));
    expect(t('a.items', { count: 1 })).toBe('1 élément');
    expect(t('a.items', { count: 0 })).toBe('0 élément');
    expect(t('a.items', { count: 1_000_000 })).toBe(
      `${new Intl.NumberFormat('fr').format(1_000_000)} d’éléments`,
    );
    expect(t('a.items', { count: 1500 })).toBe(
      `${new Intl.NumberFormat('fr').format(1500)} éléments`,
    );
  });

  it('falls back to English, then to the key itself', () => {
    const t = loose(createTranslator('ar', ar, en));
    expect(t('a.only')).toBe('English only');
    expect(t('a.missing')).toBe('a.missing');
  });

  it('finds the base of a plural key', () => {
    expect(baseKeyOf('presenter.minutesLeft_few')).toBe('presenter.minutesLeft');
    expect(baseKeyOf('app.name')).toBe('app.name');
  });
});
