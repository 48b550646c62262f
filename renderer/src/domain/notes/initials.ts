/**
 * Group-therapy record guidance asks that a note in one member's record name other members by
 * initials only. While a member's note is written, the names of the group's other members found
 * in it are offered for replacement with their initials. Matching ignores case and, for French,
 * accents; a name must stand as a whole word ("Ana" is not found in "Anatole").
 */

export interface NamedMember {
  readonly id: string;
  readonly name: string;
}

export interface InitialsSuggestion {
  readonly memberId: string;
  /** The roster name. */
  readonly name: string;
  /** "M.", "M.-C.", "J. P.", "س." */
  readonly initials: string;
  /** How many times it is written in the note. */
  readonly count: number;
}

/** The first character of a word, a whole code point (never half a surrogate pair). */
function firstLetter(word: string): string {
  const first = word.codePointAt(0);
  return first === undefined ? '' : String.fromCodePoint(first);
}

/** "Marie-Claire" → "M.-C.", "Jean Paul" → "J. P.", "سارة" → "س.". */
export function initialsOf(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word) =>
      word
        .split('-')
        .filter((part) => part.length > 0)
        .map((part) => `${firstLetter(part)}.`)
        .join('-'),
    )
    .join(' ');
}

/** Folded for comparison: no case, no accents, same length in code points as far as matters. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Letters written joined to the next word in Arabic: and, so, with, for, like ("وسارة"). */
const ARABIC_ATTACHED = '[وفبلك]';

/**
 * A pattern finding the folded name as a whole word in folded text; an Arabic name also after a
 * conjunction or preposition joined to it, which stays in place when the name is replaced.
 */
function wordPattern(name: string): RegExp {
  const words = fold(name.trim()).split(/\s+/).map(escape).join('\\s+');
  const before = /^\p{Script=Arabic}/u.test(name.trim())
    ? `(?<=^|[^\\p{L}\\p{N}]|(?:^|[^\\p{L}\\p{N}])${ARABIC_ATTACHED})`
    : '(?<![\\p{L}\\p{N}])';
  return new RegExp(`${before}${words}(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * Maps each index of the folded text back to the original: folding removes combining marks, so
 * "Émilie" written decomposed is longer than its fold. Returns original offsets per folded
 * offset (and one past the end).
 */
function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let at = 0;
  for (const char of text) {
    const piece = fold(char);
    for (let i = 0; i < piece.length; i += 1) offsets.push(at);
    folded += piece;
    at += char.length;
  }
  offsets.push(at);
  return { folded, offsets };
}

/**
 * The other members named in a note (never the member the note is about), most mentioned first.
 * Names already written as initials are not found again.
 */
export function initialsSuggestions(
  body: string,
  members: readonly NamedMember[],
  aboutMemberId: string | null,
): InitialsSuggestion[] {
  const folded = fold(body);
  const found: InitialsSuggestion[] = [];
  for (const member of members) {
    if (member.id === aboutMemberId || member.name.trim().length < 2) continue;
    const count = [...folded.matchAll(wordPattern(member.name))].length;
    if (count > 0)
      found.push({
        memberId: member.id,
        name: member.name,
        initials: initialsOf(member.name),
        count,
      });
  }
  return found.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The note with every whole-word mention of `name` replaced by `initials`. */
export function replaceWithInitials(body: string, name: string, initials: string): string {
  const { folded, offsets } = foldWithOffsets(body);
  let out = '';
  let last = 0;
  for (const match of folded.matchAll(wordPattern(name))) {
    const start = offsets[match.index] ?? 0;
    const end = offsets[match.index + match[0].length] ?? body.length;
    out += body.slice(last, start) + initials;
    last = end;
  }
  return out + body.slice(last);
}
