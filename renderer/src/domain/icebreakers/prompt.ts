/**
 * Icebreaker prompts: the built-in library (original prompts in English, French and Arabic,
 * tagged by how much they ask of people) and the facilitator's own. Each prompt says how deep
 * it goes, the kinds of group it suits, about how long a round takes, and what it touches on
 * (content notes), so a facilitator can leave out, say, "loss" for a newly formed grief group.
 */
import {
  GROUP_KINDS,
  type GroupKind,
  type Localized,
  type TemplateLanguage,
} from '../plans/templates';
import { TEMPLATE_LANGUAGES } from '../plans/templates';

export const DEPTHS = ['light', 'moderate', 'deep'] as const;
export type Depth = (typeof DEPTHS)[number];

export const CONTENT_NOTES = [
  'family',
  'loss',
  'substances',
  'body',
  'health',
  'relationships',
  'childhood',
  'faith',
  'money',
  'work',
  'food',
] as const;
export type ContentNote = (typeof CONTENT_NOTES)[number];

/** About how long a round takes in a circle of eight, in minutes. */
export const PROMPT_MINUTES = [5, 10, 15, 20] as const;
export type PromptMinutes = (typeof PROMPT_MINUTES)[number];

export const PROMPT_TEXT_MAX = 400;

interface PromptTags {
  readonly id: string;
  readonly depth: Depth;
  readonly groupKinds: readonly GroupKind[];
  readonly minutes: PromptMinutes;
  readonly contentNotes: readonly ContentNote[];
}

export interface BuiltInPrompt extends PromptTags {
  readonly text: Localized<string>;
}

/** A prompt the facilitator wrote, in one language (stored encrypted). */
export interface CustomPrompt extends PromptTags {
  readonly text: string;
  readonly createdAt: number;
}

/** A prompt as the library shows it: in one language, built-in or the facilitator's own. */
export interface LibraryPrompt extends PromptTags {
  readonly source: 'built-in' | 'custom';
  readonly text: string;
}

function invalid(where: string, problem: string): never {
  throw new Error(`Built-in prompt ${where}: ${problem}`);
}

function oneOf<T extends string | number>(list: readonly T[], value: unknown, where: string): T {
  if (!(list as readonly unknown[]).includes(value))
    invalid(where, `expected one of ${list.join(', ')}, got ${JSON.stringify(value)}`);
  return value as T;
}

function listOf<T extends string>(list: readonly T[], value: unknown, where: string): T[] {
  if (!Array.isArray(value)) invalid(where, 'expected an array');
  return value.map((entry: unknown, i) => oneOf(list, entry, `${where}[${String(i)}]`));
}

/**
 * Checks one parsed JSON entry against the BuiltInPrompt shape and returns it typed (TypeScript
 * widens JSON strings, so a cast would hide a typo in a tag). Throws naming the prompt and field.
 */
export function asPrompt(json: unknown): BuiltInPrompt {
  if (typeof json !== 'object' || json === null) invalid('(entry)', 'expected an object');
  const record = json as Readonly<Record<string, unknown>>;
  const id = record.id;
  if (typeof id !== 'string' || id === '') invalid('(entry).id', 'expected a non-empty id');
  const where = `"${id}"`;
  const text = record.text;
  if (typeof text !== 'object' || text === null) invalid(`${where}.text`, 'expected an object');
  const texts = text as Readonly<Record<string, unknown>>;
  const localized = Object.fromEntries(
    TEMPLATE_LANGUAGES.map((language) => {
      const value = texts[language];
      if (typeof value !== 'string' || value.trim() === '')
        invalid(`${where}.text.${language}`, 'expected text');
      return [language, value];
    }),
  ) as Record<TemplateLanguage, string>;
  const groupKinds = listOf(GROUP_KINDS, record.groupKinds, `${where}.groupKinds`);
  if (groupKinds.length === 0) invalid(`${where}.groupKinds`, 'expected at least one');
  return {
    id,
    depth: oneOf(DEPTHS, record.depth, `${where}.depth`),
    groupKinds,
    minutes: oneOf(PROMPT_MINUTES, record.minutes, `${where}.minutes`),
    contentNotes: listOf(CONTENT_NOTES, record.contentNotes, `${where}.contentNotes`),
    text: localized,
  };
}

/** The facilitator's own prompts have ids of their own kind (built-in ones are "light-001"…). */
export const CUSTOM_PREFIX = 'custom-';

export function isCustomPromptId(id: string | null): boolean {
  return id === null || id.startsWith(CUSTOM_PREFIX);
}

/** The library in one language: built-in prompts first (in their order), then custom ones. */
export function libraryPrompts(
  builtIn: readonly BuiltInPrompt[],
  custom: readonly CustomPrompt[],
  language: TemplateLanguage,
): LibraryPrompt[] {
  return [
    ...builtIn.map((p) => ({ ...p, source: 'built-in' as const, text: p.text[language] })),
    ...[...custom]
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((p) => ({
        id: p.id,
        depth: p.depth,
        groupKinds: p.groupKinds,
        minutes: p.minutes,
        contentNotes: p.contentNotes,
        text: p.text,
        source: 'custom' as const,
      })),
  ];
}
