import { describe, expect, it } from 'vitest';
import { readYaml } from './read-yaml';

describe('readYaml', () => {
  it('reads nested mappings, scalars and comments', () => {
    const source = [
      '# a comment',
      'name: Circlekeeper # trailing comment',
      "quoted: 'it''s # not a comment'",
      'double: "a\\tb"',
      'url: https://example.org/#top',
      'flags:',
      '  on: true',
      '  off: false',
      '  none: null',
      '  tilde: ~',
      '  empty:',
      'version: 1.0',
    ].join('\n');
    expect(readYaml(source)).toStrictEqual({
      name: 'Circlekeeper',
      quoted: "it's # not a comment",
      double: 'a\tb',
      url: 'https://example.org/#top',
      flags: { on: true, off: false, none: null, tilde: null, empty: null },
      version: '1.0',
    });
  });

  it('reads sequences of scalars and of mappings, indented or not', () => {
    const source = [
      'targets:',
      '  - AppImage',
      "  - '!**/*.map'",
      'flush:',
      '- one',
      '- two',
      'sets:',
      '  - from: resources',
      '    to: resources',
      '    filter:',
      "      - '**/*'",
      '  - plain',
    ].join('\n');
    expect(readYaml(source)).toStrictEqual({
      targets: ['AppImage', '!**/*.map'],
      flush: ['one', 'two'],
      sets: [{ from: 'resources', to: 'resources', filter: ['**/*'] }, 'plain'],
    });
  });

  it('reads folded and literal block scalars', () => {
    const source = [
      'folded: >-',
      '  one',
      '  two',
      '',
      '  three',
      'literal: |',
      '  line 1',
      '  # kept',
      'after: x',
    ].join('\n');
    expect(readYaml(source)).toStrictEqual({
      folded: 'one two\nthree',
      literal: 'line 1\n# kept\n',
      after: 'x',
    });
  });

  it.each([
    ['a flow sequence', 'list: [a, b]'],
    ['a flow mapping', 'map: { a: 1 }'],
    ['an anchor', 'a: &anchor x'],
    ['an alias', 'a: *anchor'],
    ['a tag', 'a: !tag x'],
    ['a multi-line plain scalar', 'a: one\n  two'],
    ['a duplicate key', 'a: 1\na: 2'],
    ['odd indentation', 'a:\n    b: 1\n  c: 2'],
    ['a document marker', '---\na: 1'],
  ])('refuses %s', (_name, source) => {
    expect(() => readYaml(source)).toThrow(/^YAML line \d+: /);
  });
});
