import { describe, expect, it } from 'vitest';
import {
  estimateStrength,
  FEEDBACK_CODES,
  generatePassphrase,
  GENERATED_WORD_COUNT,
  MIN_PASSPHRASE_LENGTH,
  randomBelow,
  STRENGTH_LEVELS,
  type StrengthEstimate,
} from './passphrase';
import { ALL_WORDLISTS, WORDLISTS } from './wordlists';

const WORD_BITS = Math.log2(1296);
const UINT32_RANGE = 2 ** 32;

/** Everything estimated in this file, so `acceptable` can be checked against every level seen. */
const seen: StrengthEstimate[] = [];

function estimate(passphrase: string, userInputs?: readonly string[]): StrengthEstimate {
  const result = estimateStrength(
    passphrase,
    userInputs === undefined
      ? { wordlists: ALL_WORDLISTS }
      : { wordlists: ALL_WORDLISTS, userInputs },
  );
  seen.push(result);
  return result;
}

/** Hands out `values` in order, and fails the test if asked for more. */
function replay(values: readonly number[]): {
  readonly next: () => number;
  readonly used: () => number;
} {
  let index = 0;
  return {
    next: () => {
      const value = values[index];
      if (value === undefined) throw new Error('replay ran out of values');
      index += 1;
      return value;
    },
    used: () => index,
  };
}

/** Mulberry32: a small seeded source of 32-bit values, so "random" test data is repeatable. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return (mixed ^ (mixed >>> 14)) >>> 0;
  };
}

const words = (...list: string[]): string => list.join(' ');

describe('randomBelow', () => {
  it('draws again instead of folding the incomplete top block onto small results', () => {
    const limit = UINT32_RANGE - (UINT32_RANGE % 1296);
    const source = replay([limit, UINT32_RANGE - 1, limit - 1]);
    expect(randomBelow(1296, source.next)).toBe((limit - 1) % 1296);
    expect(source.used()).toBe(3);
    expect(randomBelow(1296, replay([1300]).next)).toBe(4);
  });

  it('answers 0 for n = 1 and refuses an n it cannot serve', () => {
    expect(randomBelow(1, replay([UINT32_RANGE - 1]).next)).toBe(0);
    for (const n of [0, -3, 2.5, Number.NaN, UINT32_RANGE + 1]) {
      expect(() => randomBelow(n)).toThrow(RangeError);
    }
  });

  it('uses crypto random by default and stays in range', () => {
    const draws = Array.from({ length: 2000 }, () => randomBelow(7));
    expect(draws.every((draw) => Number.isInteger(draw) && draw >= 0 && draw < 7)).toBe(true);
    expect(new Set(draws).size).toBe(7);
  });
});

describe('generatePassphrase', () => {
  const list = WORDLISTS.en;

  it('turns each draw into that word of the list, joined by single spaces', () => {
    const source = replay([5, 17, 1295, 0, 42, 7]);
    const asked: number[] = [];
    const passphrase = generatePassphrase(list, GENERATED_WORD_COUNT, (n) => {
      asked.push(n);
      return source.next();
    });
    expect(passphrase).toBe([5, 17, 1295, 0, 42, 7].map((index) => list[index]).join(' '));
    expect(asked).toEqual([1296, 1296, 1296, 1296, 1296, 1296]);
  });

  it('uses six words unless told otherwise', () => {
    expect(GENERATED_WORD_COUNT).toBe(6);
    expect(generatePassphrase(list).split(' ')).toHaveLength(6);
    expect(generatePassphrase(list, 3).split(' ')).toHaveLength(3);
  });

  it('draws again rather than repeat a word', () => {
    const source = replay([3, 3, 9]);
    expect(generatePassphrase(list, 2, source.next)).toBe(`${list[3] ?? ''} ${list[9] ?? ''}`);
    expect(source.used()).toBe(3);
  });

  it('refuses a random source that answers out of range', () => {
    for (const answer of [1296, -1, 2.5, Number.NaN]) {
      expect(() => generatePassphrase(list, 6, () => answer)).toThrow(RangeError);
    }
  });

  it('refuses a count it cannot draw', () => {
    for (const count of [0, -1, 2.5, 1297]) {
      expect(() => generatePassphrase(list, count)).toThrow(RangeError);
    }
  });

  it.each(Object.entries(WORDLISTS))(
    'makes %s passphrases of list words that are always acceptable',
    (_language, wordlist) => {
      const known = new Set(wordlist);
      for (let round = 0; round < 200; round += 1) {
        const passphrase = generatePassphrase(wordlist);
        const parts = passphrase.split(' ');
        expect(parts).toHaveLength(GENERATED_WORD_COUNT);
        expect(parts.every((part) => known.has(part))).toBe(true);
        const result = estimate(passphrase);
        expect(result.bits).toBeCloseTo(GENERATED_WORD_COUNT * WORD_BITS, 9);
        expect(result.level).toBe('good');
        expect(result.feedback).toEqual([]);
        expect(result.acceptable).toBe(true);
      }
    },
  );

  it('spreads real draws evenly over the list', () => {
    const indexOf = new Map(list.map((word, index) => [word, index]));
    const buckets = [0, 0, 0, 0, 0, 0];
    const draws = 20_000;
    for (let draw = 0; draw < draws; draw += 1) {
      const index = indexOf.get(generatePassphrase(list, 1)) ?? -1;
      const bucket = Math.floor(index / (list.length / buckets.length));
      buckets[bucket] = (buckets[bucket] ?? 0) + 1;
    }
    expect(buckets.reduce((sum, count) => sum + count, 0)).toBe(draws);
    for (const count of buckets) {
      expect(count / draws).toBeGreaterThanOrEqual(0.12);
      expect(count / draws).toBeLessThanOrEqual(0.22);
    }
  });
});

describe('estimateStrength: levels', () => {
  const eight = ['garden', 'river', 'lantern', 'pebble', 'maple', 'violin', 'meadow', 'horse'];

  it('calls anything under 12 code points too short, however random', () => {
    const result = estimate('Zq8#mW3!vR5');
    expect(result.bits).toBeGreaterThan(65);
    expect(result.level).toBe('too-short');
    expect(result.acceptable).toBe(false);
    expect(result.feedback).toContain('too-short');
    expect(MIN_PASSPHRASE_LENGTH).toBe(12);
  });

  it('counts code points after NFKC, not UTF-16 units or bytes', () => {
    expect(estimate('🌻🌊🎻🍁🏮🪨🦉🌙🍐🧶🪁').level).toBe('too-short');
    expect(estimate('e\u0301'.repeat(11)).level).toBe('too-short');
    expect(estimate('e\u0301'.repeat(12)).feedback).not.toContain('too-short');
    expect(estimate('\uFB01'.repeat(6)).feedback).not.toContain('too-short');
  });

  it('grades list words at log2(1296) bits each: five fair, six good, eight strong', () => {
    const five = estimate(words(...eight.slice(0, 5)));
    expect(five.bits).toBeCloseTo(5 * WORD_BITS, 9);
    expect(five.level).toBe('fair');
    expect(five.feedback).toEqual(['add-words']);
    const six = estimate(words(...eight.slice(0, 6)));
    expect(six.level).toBe('good');
    expect(six.feedback).toEqual([]);
    const all = estimate(words(...eight));
    expect(all.level).toBe('strong');
    expect(all.feedback).toEqual([]);
  });

  it('rejects a weak passphrase', () => {
    const result = estimate('password1234');
    expect(result.level).toBe('weak');
    expect(result.acceptable).toBe(false);
  });

  it('accepts twelve random letters, digits and symbols', () => {
    const pool =
      'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
    const source = seeded(20_240_611);
    for (let sample = 0; sample < 500; sample += 1) {
      let passphrase = '';
      for (let index = 0; index < 12; index += 1)
        passphrase += pool.charAt(randomBelow(pool.length, source));
      const result = estimate(passphrase);
      expect(result.acceptable, passphrase).toBe(true);
    }
    expect(estimate('k7#Qm9!xT2@v').acceptable).toBe(true);
  });

  it('lets whitespace add nothing', () => {
    const joined = estimate('gardenriverlantern').bits;
    for (const spaced of [
      'garden river lantern',
      'garden\u00a0river\tlantern',
      ' garden   river lantern ',
    ]) {
      expect(estimate(spaced).bits).toBeCloseTo(joined, 9);
    }
  });
});

describe('estimateStrength: feedback', () => {
  it('says too-short below 12 code points', () => {
    expect(estimate('maple').feedback).toEqual(['too-short', 'few-words', 'add-words']);
    expect(estimate('').feedback).toEqual(['too-short', 'add-words']);
    expect(estimate('').bits).toBe(0);
  });

  it('spots repetition of characters, of chunks and of whole words', () => {
    for (const passphrase of [
      'aaaaaaaaaaaaaaaa',
      'abcabcabcabc',
      'XyZ!XyZ!XyZ!XyZ!',
      'garden garden garden garden garden garden',
      'نهر نهر نهر نهر نهر نهر',
      '🌻🌻🌻🌻🌻🌻🌻🌻🌻🌻🌻🌻',
    ]) {
      const result = estimate(passphrase);
      expect(result.level, passphrase).toBe('weak');
      expect(result.feedback, passphrase).toContain('repeated');
    }
    expect(estimate('aaaaaaaaaaaaaaaa').bits).toBeLessThan(12);
  });

  it('spots alphabet and keyboard runs, Latin and Arabic, either way round', () => {
    for (const passphrase of [
      'abcdefghijklmn',
      'zyxwvutsrqponm',
      '9876543210qsdf',
      'poiuytrezaqsdfg',
      'ابتثجحخدذرزس',
      'أبجد هوز حطي كلمن',
      'ضصثقفغعهخحجد',
      '١٢٣٤ ٥٦٧٨ ٩٠١٢',
    ]) {
      const result = estimate(passphrase);
      expect(result.level, passphrase).toBe('weak');
      expect(result.feedback, passphrase).toContain('sequence');
    }
  });

  it('spots common passwords in every language, whatever the case, accents or spacing', () => {
    for (const passphrase of [
      'password1234',
      'PASSWORD1234',
      'p4ssw0rd2024!',
      'iloveyou2024!',
      'Motdepasse2024',
      'MOT DE PASSE 123',
      'Liberté 1789!!',
      'azerty123456',
      'كلمة السر ١٢٣٤٥٦',
      'كلمةالسر123456',
      '١٢٣٤٥٦٧٨٩٠١٢',
    ]) {
      const result = estimate(passphrase);
      expect(result.level, passphrase).toBe('weak');
      expect(result.feedback, passphrase).toContain('common');
    }
    expect(estimate('password1234').bits).toBeLessThan(12);
  });

  it('spots the vault label, in any case and spacing, only from 4 characters', () => {
    const label = ['Tuesday Circle'];
    const without = estimate('Tuesday circle lantern maple violin pebble');
    const withLabel = estimate('Tuesday circle lantern maple violin pebble', label);
    expect(without.feedback).not.toContain('contains-label');
    expect(withLabel.feedback).toContain('contains-label');
    expect(withLabel.bits).toBeLessThan(without.bits - 30);
    expect(estimate('my TUESDAYCIRCLE passphrase', label).feedback).toContain('contains-label');
    expect(estimate('abc lantern maple violin pebble', ['abc']).feedback).not.toContain(
      'contains-label',
    );
    expect(estimate('دائرة حديقة نهر فانوس', ['دائرة الثلاثاء']).feedback).toContain(
      'contains-label',
    );
  });

  it('warns about the label even when the passphrase is otherwise strong', () => {
    const result = estimate(
      words('garden', 'river', 'lantern', 'pebble', 'maple', 'violin', 'meadow', 'horse', 'otter'),
      ['Otter'],
    );
    expect(result.level).toBe('strong');
    expect(result.feedback).toEqual(['contains-label']);
  });

  it('says few-words for one to three list words and little else', () => {
    for (const passphrase of [
      'correcthorsebattery',
      'Correct Horse Battery!',
      'jardinrivièrelanterne',
      'حديقةنهرفانوس',
      'garden حديقة jardin',
    ]) {
      const result = estimate(passphrase);
      expect(result.level, passphrase).toBe('weak');
      expect(result.feedback, passphrase).toContain('few-words');
    }
    expect(estimate('correcthorsebattery').bits).toBeCloseTo(3 * WORD_BITS, 9);
  });

  it('advises adding words exactly when the level is below good', () => {
    for (const result of seen) {
      const below = result.level !== 'good' && result.level !== 'strong';
      expect(result.feedback.includes('add-words')).toBe(below);
    }
  });

  it('lists feedback in FEEDBACK_CODES order, each code once', () => {
    const order = (code: (typeof FEEDBACK_CODES)[number]): number => FEEDBACK_CODES.indexOf(code);
    for (const result of seen) {
      const positions = result.feedback.map(order);
      expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b));
    }
    expect([...FEEDBACK_CODES].sort()).toEqual(
      [
        'add-words',
        'common',
        'contains-label',
        'few-words',
        'repeated',
        'sequence',
        'too-short',
      ].sort(),
    );
  });
});

describe('estimateStrength: scripts and normal forms', () => {
  it('gives NFKC-equivalent spellings the same bits', () => {
    const pairs: readonly (readonly [string, string])[] = [
      ['ｇａｒｄｅｎ ｒｉｖｅｒ ｌａｎｔｅｒｎ', 'garden river lantern'],
      ['e\u0301le\u0301phant jardin rivie\u0300re', 'éléphant jardin rivière'],
      ['\uFEA3\uFEAA\uFEF3\uFED8\uFE94 نهر', 'حديقة نهر'],
      ['Zq8#mW3!vR5\u2163x', 'Zq8#mW3!vR5IVx'],
    ];
    for (const [variant, plain] of pairs) {
      expect(estimate(variant).bits, variant).toBeCloseTo(estimate(plain).bits, 9);
    }
  });

  it('matches words typed without accents, hamza or tashkeel, in any case', () => {
    for (const word of ['elephant', 'ÉLÉPHANT', 'riviere', 'اسد', 'أسد', 'حَدِيقَة', 'حديقه']) {
      expect(estimate(word).bits, word).toBeCloseTo(WORD_BITS + (/[A-ZÉ]/u.test(word) ? 1 : 0), 9);
    }
  });

  it('prices mixed scripts word by word', () => {
    const mixed = estimate(words('garden', 'حديقة', 'jardin', 'lantern', 'فانوس', 'lanterne'));
    expect(mixed.bits).toBeCloseTo(6 * WORD_BITS, 9);
    expect(mixed.acceptable).toBe(true);
  });

  it('counts emoji and other symbols from a pool of 100', () => {
    const result = estimate('🌻🌊🎻🍁🏮🪨🦉🌙🍐🧶🪁🐢');
    expect(result.bits).toBeCloseTo(12 * Math.log2(100), 9);
    expect(result.level).toBe('strong');
    const decorated = estimate('garden 🌻 river 🌊 lantern');
    expect(decorated.bits).toBeCloseTo(3 * WORD_BITS + 2 * Math.log2(26 + 100), 9);
  });

  it('widens the pool with each class of character present', () => {
    const lower = estimate('qzvkxjwpqzvk');
    expect(lower.bits).toBeLessThanOrEqual(12 * Math.log2(26) + 1e-9);
    const arabic = estimate('ظغضذثخظغضذثخ');
    expect(arabic.bits).toBeLessThanOrEqual(12 * Math.log2(36) + 1e-9);
    const mixed = estimate('Qz8#Vk2!xJ5?');
    expect(mixed.bits).toBeGreaterThan(lower.bits);
  });
});

describe('estimateStrength: invariants', () => {
  it('is acceptable exactly when the level is neither too-short nor weak', () => {
    expect(seen.length).toBeGreaterThan(100);
    const levels = new Set(seen.map((result) => result.level));
    expect([...levels].sort()).toEqual([...STRENGTH_LEVELS].sort());
    for (const result of seen) {
      expect(result.acceptable).toBe(result.level !== 'too-short' && result.level !== 'weak');
    }
  });

  it('takes well under a millisecond for 64 characters, even repetitive ones', () => {
    const inputs = [
      'a'.repeat(64),
      'ab'.repeat(32),
      'Tr0ub4dor&3 garden river lantern maple violin pebble meadow!!!!!',
      'حديقة نهر فانوس حصاة كمان مرج غابة وادي جدول شلال جزيرة ساحل خليج',
      'Zq8#mW3!vR5'.repeat(6).slice(0, 64),
    ];
    for (const input of inputs) estimate(input);
    const rounds = 50;
    const started = performance.now();
    for (let round = 0; round < rounds; round += 1) {
      for (const input of inputs) estimateStrength(input, { wordlists: ALL_WORDLISTS });
    }
    const average = (performance.now() - started) / (rounds * inputs.length);
    expect(average).toBeLessThan(1);
  });
});
