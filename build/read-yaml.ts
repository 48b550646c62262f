/**
 * Reads the small subset of YAML that electron-builder.yml is written in, so its tests need no
 * YAML library: block mappings and sequences (including sequences of mappings), plain, 'single'
 * and "double"-quoted scalars, null/~, true/false, comments, and `>`/`|` block scalars. Numbers
 * stay strings. Anything outside that subset (flow collections, anchors, aliases, tags,
 * multi-line plain scalars, odd indentation) throws, naming the line, rather than being
 * misread: a config the tests cannot read is a config they cannot vouch for.
 */

export type YamlValue = string | boolean | null | YamlValue[] | { [key: string]: YamlValue };

interface ContentLine {
  readonly indent: number;
  readonly text: string;
}

const KEY_VALUE = /^([A-Za-z0-9_$][^:#'"]*?):(?:\s+(.*))?$/;

/** The line without its comment: `#` at the start or after a space, outside quotes. */
function stripComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quote !== null) {
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (char === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) {
      return line.slice(0, i);
    }
  }
  return line;
}

class Reader {
  private index = 0;

  constructor(private readonly lines: string[]) {}

  read(): YamlValue {
    const first = this.peek();
    const value = first === undefined ? null : this.block(first.indent);
    const rest = this.peek();
    if (rest !== undefined) this.fail(`unexpected indentation`);
    return value;
  }

  private fail(message: string): never {
    throw new Error(`YAML line ${this.index + 1}: ${message}`);
  }

  /** The next line with content, comments removed, without consuming it. */
  private peek(): ContentLine | undefined {
    while (this.index < this.lines.length) {
      const text = stripComment(this.lines[this.index] ?? '').trimEnd();
      const trimmed = text.trimStart();
      if (trimmed !== '') {
        if (text.startsWith('\t')) this.fail('tabs cannot indent YAML');
        if (trimmed === '---' || trimmed === '...') this.fail('document markers are not supported');
        return { indent: text.length - trimmed.length, text: trimmed };
      }
      this.index += 1;
    }
    return undefined;
  }

  private block(indent: number): YamlValue {
    const line = this.peek();
    if (line === undefined || line.indent !== indent) this.fail('expected a block');
    return isSequenceItem(line.text) ? this.sequence(indent) : this.mapping(indent);
  }

  private mapping(indent: number): { [key: string]: YamlValue } {
    const map: { [key: string]: YamlValue } = {};
    for (let line = this.peek(); line?.indent === indent; line = this.peek()) {
      if (isSequenceItem(line.text)) break;
      const match = KEY_VALUE.exec(line.text);
      if (match === null) this.fail(`expected "key: value", found "${line.text}"`);
      const key = (match[1] ?? '').trimEnd();
      if (Object.hasOwn(map, key)) this.fail(`duplicate key "${key}"`);
      this.index += 1;
      map[key] = this.value(match[2] ?? '', indent);
    }
    const next = this.peek();
    if (next !== undefined && next.indent > indent) this.fail('unexpected indentation');
    return map;
  }

  private sequence(indent: number): YamlValue[] {
    const items: YamlValue[] = [];
    for (
      let line = this.peek();
      line?.indent === indent && isSequenceItem(line.text);
      line = this.peek()
    ) {
      const content = line.text.slice(1).trimStart();
      if (content === '') {
        this.index += 1;
        const next = this.peek();
        items.push(next !== undefined && next.indent > indent ? this.block(next.indent) : null);
      } else if (KEY_VALUE.test(content)) {
        // "- key: value" opens a mapping whose keys line up with "key".
        const contentIndent = indent + line.text.length - content.length;
        this.lines[this.index] = ' '.repeat(contentIndent) + content;
        items.push(this.mapping(contentIndent));
      } else {
        this.index += 1;
        items.push(this.scalar(content));
      }
    }
    const next = this.peek();
    if (next !== undefined && next.indent > indent) this.fail('unexpected indentation');
    return items;
  }

  /** The value after "key:", which may be on the following, more indented lines. */
  private value(rest: string, indent: number): YamlValue {
    if (rest === '') {
      const next = this.peek();
      if (next === undefined) return null;
      if (next.indent > indent) return this.block(next.indent);
      // A sequence may sit at its key's own indentation.
      if (next.indent === indent && isSequenceItem(next.text)) return this.sequence(indent);
      return null;
    }
    if (rest.startsWith('>') || rest.startsWith('|')) return this.blockScalar(rest, indent);
    return this.scalar(rest);
  }

  private blockScalar(header: string, parentIndent: number): string {
    const match = /^([>|])([+-]?)$/.exec(header);
    if (match === null) this.fail(`unsupported block scalar header "${header}"`);
    const [, style, chomp] = match;
    const body: string[] = [];
    let indent: number | undefined;
    while (this.index < this.lines.length) {
      const raw = this.lines[this.index] ?? '';
      if (raw.trim() === '') {
        body.push('');
        this.index += 1;
        continue;
      }
      const lineIndent = raw.length - raw.trimStart().length;
      indent ??= lineIndent;
      if (lineIndent <= parentIndent || lineIndent < indent) break;
      body.push(raw.slice(indent).trimEnd());
      this.index += 1;
    }
    while (body.length > 0 && body[body.length - 1] === '') body.pop();
    let text = '';
    if (style === '|') {
      text = body.join('\n');
    } else {
      // Folded: lines join with a space; each blank line between them becomes a newline.
      let blanks = 0;
      for (const line of body) {
        if (line === '') {
          blanks += 1;
          continue;
        }
        if (text !== '') text += blanks > 0 ? '\n'.repeat(blanks) : ' ';
        text += line;
        blanks = 0;
      }
    }
    return chomp === '-' ? text : `${text}\n`;
  }

  private scalar(text: string): YamlValue {
    if (text.startsWith("'")) {
      if (!/^'(?:[^']|'')*'$/.test(text)) this.fail(`unterminated quoted string ${text}`);
      return text.slice(1, -1).replace(/''/g, "'");
    }
    if (text.startsWith('"')) {
      try {
        return JSON.parse(text) as string;
      } catch {
        this.fail(`unsupported double-quoted string ${text}`);
      }
    }
    if (/^[[{&*!|>%@`]/.test(text)) this.fail(`unsupported YAML syntax "${text}"`);
    if (text === 'null' || text === '~') return null;
    if (text === 'true') return true;
    if (text === 'false') return false;
    return text;
  }
}

function isSequenceItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

export function readYaml(source: string): YamlValue {
  return new Reader(source.split(/\r?\n/)).read();
}
