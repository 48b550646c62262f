/**
 * The session-plan templates Circlekeeper ships with. Each format lives in its own JSON file so
 * that the wording, the part that matters and gets reviewed by facilitators and translators, can
 * be read and edited without touching code; the plan editor copies one into a plan in the
 * facilitator's language.
 *
 * Why a validator rather than `satisfies readonly BuiltInTemplate[]` on the raw JSON: TypeScript
 * widens the string values of an imported JSON file to `string`, so `kind: "welcome"` arrives as
 * `string` and could only be matched to ItemKind with a cast, which would also hide a typo. asTemplate() checks each
 * file once at import and narrows it honestly, throwing a message that names the file and field.
 * templates.test.ts then checks the content rules (minutes, word counts, wording).
 */
import chronicIllness from './chronic-illness.json';
import clinicSkills from './clinic-skills.json';
import griefCircle from './grief-circle.json';
import peerSupport from './peer-support.json';
import smartStyle from './smart-style.json';
import twelveStepStyle from './twelve-step-style.json';

export type TemplateLanguage = 'en' | 'fr' | 'ar';
export const TEMPLATE_LANGUAGES = ['en', 'fr', 'ar'] as const satisfies readonly TemplateLanguage[];
export type Localized<T> = Readonly<Record<TemplateLanguage, T>>;

export const ITEM_KINDS = [
  'welcome',
  'ground-rules',
  'check-in',
  'icebreaker',
  'sharing',
  'topic',
  'guest',
  'break',
  'closing',
  'other',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const GROUP_KINDS = [
  'peer-led',
  'twelve-step',
  'grief',
  'addiction-recovery',
  'chronic-illness',
  'mental-health',
  'professional',
  'other',
] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** Bounds on one item's length, in minutes. */
export const ITEM_MINUTES = { min: 1, max: 480 } as const;

export interface TemplateItem {
  readonly kind: ItemKind;
  readonly minutes: number;
  readonly title: Localized<string>;
  /** Read-aloud text for the facilitator; "" when the item needs none. */
  readonly script: Localized<string>;
  /** What to bring or set up; "" when nothing is needed. */
  readonly materials: Localized<string>;
}

export interface BuiltInTemplate {
  readonly id: string;
  readonly formatVersion: 1;
  readonly groupKinds: readonly GroupKind[];
  readonly intendedMinutes: number;
  readonly name: Localized<string>;
  readonly description: Localized<string>;
  readonly goals: Localized<readonly string[]>;
  readonly groundRules: Localized<readonly string[]>;
  readonly items: readonly TemplateItem[];
}

type Reader<T> = (value: unknown, where: string) => T;

function invalid(where: string, problem: string): never {
  throw new Error(`Built-in template ${where}: ${problem}`);
}

function objectAt(value: unknown, where: string): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    invalid(where, 'expected an object');
  }
  return value as Readonly<Record<string, unknown>>;
}

const text: Reader<string> = (value, where) => {
  if (typeof value !== 'string') invalid(where, 'expected a string');
  return value;
};

const texts: Reader<readonly string[]> = (value, where) => {
  if (!Array.isArray(value)) invalid(where, 'expected an array of strings');
  return value.map((entry: unknown, index) => text(entry, `${where}[${index}]`));
};

function oneOf<T extends string>(list: readonly T[]): Reader<T> {
  return (value, where) => {
    if (typeof value !== 'string' || !(list as readonly string[]).includes(value)) {
      invalid(where, `expected one of ${list.join(', ')}, got ${JSON.stringify(value)}`);
    }
    return value as T;
  };
}

function wholeNumber(min: number, max: number): Reader<number> {
  return (value, where) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      invalid(where, `expected a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
    }
    return value;
  };
}

function localized<T>(read: Reader<T>): Reader<Localized<T>> {
  return (value, where) => {
    const record = objectAt(value, where);
    const extra = Object.keys(record).filter(
      (key) => !(TEMPLATE_LANGUAGES as readonly string[]).includes(key),
    );
    if (extra.length > 0) invalid(where, `unexpected language key(s) ${extra.join(', ')}`);
    return {
      en: read(record.en, `${where}.en`),
      fr: read(record.fr, `${where}.fr`),
      ar: read(record.ar, `${where}.ar`),
    };
  };
}

const minutes = wholeNumber(ITEM_MINUTES.min, ITEM_MINUTES.max);

const item: Reader<TemplateItem> = (value, where) => {
  const record = objectAt(value, where);
  return {
    kind: oneOf(ITEM_KINDS)(record.kind, `${where}.kind`),
    minutes: minutes(record.minutes, `${where}.minutes`),
    title: localized(text)(record.title, `${where}.title`),
    script: localized(text)(record.script, `${where}.script`),
    materials: localized(text)(record.materials, `${where}.materials`),
  };
};

/**
 * Checks that a parsed JSON value has the BuiltInTemplate shape, with kinds from the lists and
 * whole minutes in range, and returns it typed. Throws an Error naming the template and field.
 */
export function asTemplate(json: unknown): BuiltInTemplate {
  const record = objectAt(json, '(root)');
  const id = text(record.id, '(root).id');
  if (id === '') invalid('(root).id', 'expected a non-empty id');
  if (record.formatVersion !== 1) {
    invalid(`"${id}".formatVersion`, `expected 1, got ${JSON.stringify(record.formatVersion)}`);
  }
  const groupKinds = record.groupKinds;
  if (!Array.isArray(groupKinds)) invalid(`"${id}".groupKinds`, 'expected an array');
  const items = record.items;
  if (!Array.isArray(items)) invalid(`"${id}".items`, 'expected an array');
  return {
    id,
    formatVersion: 1,
    groupKinds: groupKinds.map((kind: unknown, index) =>
      oneOf(GROUP_KINDS)(kind, `"${id}".groupKinds[${index}]`),
    ),
    intendedMinutes: wholeNumber(1, 24 * 60)(record.intendedMinutes, `"${id}".intendedMinutes`),
    name: localized(text)(record.name, `"${id}".name`),
    description: localized(text)(record.description, `"${id}".description`),
    goals: localized(texts)(record.goals, `"${id}".goals`),
    groundRules: localized(texts)(record.groundRules, `"${id}".groundRules`),
    items: items.map((entry: unknown, index) => item(entry, `"${id}".items[${index}]`)),
  };
}

/**
 * Every built-in template, in the order the template picker lists them. asTemplate already types
 * each element, so a plain readonly annotation does what `satisfies` would, and indexing stays
 * `| undefined` under noUncheckedIndexedAccess.
 */
export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  asTemplate(peerSupport),
  asTemplate(twelveStepStyle),
  asTemplate(smartStyle),
  asTemplate(griefCircle),
  asTemplate(chronicIllness),
  asTemplate(clinicSkills),
];
