/**
 * The facilitator's text inside a Markdown file, read as the text it is: characters that would
 * start emphasis, links, HTML, code, tables or headings are escaped with a backslash (CommonMark
 * lets any ASCII punctuation be escaped), and a line that would begin a list, a quote, a heading
 * or a code block is escaped at its start. Letters of every script, Arabic included, are left as
 * they are.
 */

/** Anywhere in a line: emphasis, code, links, HTML and autolinks, tables, strikethrough, entities. */
const INLINE = /[\\`*_[\]<>|~&#]/g;
/** Control characters other than the line break and the tab: never meant, and invisible. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** One line of text that starts a Markdown line (a paragraph's, a list item's, a heading's). */
export function escapeLine(line: string): string {
  // Leading spaces would make an indented code block; a tab is four of them.
  return line
    .trim()
    .replace(/\t/g, ' ')
    .replace(INLINE, (c) => `\\${c}`)
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Text of one line (a title, a goal, a list entry): its line breaks become spaces. */
export function escapeOneLine(text: string): string {
  return escapeLine(clean(text).replace(/\s*\n\s*/g, ' '));
}

/**
 * Text of several lines and paragraphs (a script): each line kept as a line (a hard break, a
 * backslash at its end), a blank line between paragraphs kept as one blank line.
 */
export function escapeBlock(text: string): string[] {
  const lines = clean(text)
    .split('\n')
    .map((line) => line.trim());
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (line === '') {
      if (out.length > 0 && out.at(-1) !== '') out.push('');
      return;
    }
    const next = lines[index + 1];
    out.push(`${escapeLine(line)}${next !== undefined && next !== '' ? '\\' : ''}`);
  });
  while (out.at(-1) === '') out.pop();
  return out;
}

/** The same lines as a block quote. */
export function quoted(lines: readonly string[]): string[] {
  return lines.map((line) => (line === '' ? '>' : `> ${line}`));
}
