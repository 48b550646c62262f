/**
 * The icebreaker library as a CSV file for a spreadsheet: RFC 4180 (CRLF line ends, fields with
 * a comma, a double quote or a line break in double quotes, quotes doubled), with a UTF-8 byte
 * order mark so that Excel reads Arabic and French accents as UTF-8 rather than the system's
 * code page.
 *
 * The file's first row holds the notice that it is not encrypted, in its first cell; then an
 * empty row; then the header row and one row per prompt. A CSV has no comment syntax ("# …" would be read
 * as data anyway), and a notice in the first cell is what Excel, LibreOffice and Numbers all show
 * first, readable, in column A. Anyone sorting or importing the table selects from the header
 * row down. No "sep=," line: Excel stops honouring the byte order mark when one is present.
 *
 * Cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return) get a leading apostrophe, as OWASP advises against CSV injection: a prompt written as
 * `=HYPERLINK(…)` stays text.
 */
import type { GroupKind } from '../plans/templates';
import type { LibraryMarks } from '../icebreakers/library';
import type { ContentNote, Depth, LibraryPrompt } from '../icebreakers/prompt';

export const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Everything the file says that is not a prompt's own text, already localized. */
export interface LibraryCsvWords {
  readonly notice: string;
  readonly headers: {
    readonly text: string;
    readonly source: string;
    readonly depth: string;
    readonly groupKinds: string;
    readonly minutes: string;
    readonly contentNotes: string;
    readonly favourite: string;
    readonly hidden: string;
  };
  readonly builtIn: string;
  readonly own: string;
  readonly yes: string;
  readonly no: string;
  readonly depth: (depth: Depth) => string;
  readonly groupKind: (kind: GroupKind) => string;
  readonly contentNote: (note: ContentNote) => string;
  /** Several values in one cell, as the language lists them ("a, b and c" or "a, b"). */
  readonly list: (values: readonly string[]) => string;
}

/** A cell as a spreadsheet should show it: never run as a formula. */
export function neutralized(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One field of RFC 4180: in double quotes (doubled inside) when it holds , " CR or LF. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows to CSV text, with the byte order mark and a CRLF after every row. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return (
    BOM + rows.map((row) => row.map((v) => csvField(neutralized(v))).join(',') + CRLF).join('')
  );
}

export function libraryCsv(
  prompts: readonly LibraryPrompt[],
  marks: LibraryMarks,
  words: LibraryCsvWords,
): string {
  const h = words.headers;
  const header = [
    h.text,
    h.source,
    h.depth,
    h.groupKinds,
    h.minutes,
    h.contentNotes,
    h.favourite,
    h.hidden,
  ];
  const yesNo = (on: boolean) => (on ? words.yes : words.no);
  const rows = prompts.map((p) => [
    p.text,
    p.source === 'custom' ? words.own : words.builtIn,
    words.depth(p.depth),
    words.list(p.groupKinds.map(words.groupKind)),
    String(p.minutes),
    words.list(p.contentNotes.map(words.contentNote)),
    yesNo(marks.favourites.has(p.id)),
    yesNo(marks.hidden.has(p.id)),
  ]);
  // Every record has as many fields as the header (RFC 4180), the notice's row and the empty one too.
  const padded = (cells: readonly string[]) => [
    ...cells,
    ...Array<string>(header.length - cells.length).fill(''),
  ];
  return toCsv([padded([words.notice]), padded([]), header, ...rows]);
}
