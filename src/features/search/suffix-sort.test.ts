import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/seeded-random';
import { compareSuffix, sortSuffixes } from './suffix-sort';

/** The reference: slice every suffix and sort with `<`, ties in input order. */
function naiveOrder(texts: string[], keyOf: number[], offsetOf: number[]): number[] {
  const suffixes = keyOf.map((key, index) => texts[key]!.slice(offsetOf[index]));
  return suffixes
    .map((_, index) => index)
    .sort((left, right) =>
      suffixes[left]! < suffixes[right]! ? -1 : suffixes[left]! > suffixes[right]! ? 1 : 0,
    );
}

function suffixesOf(texts: string[]) {
  const keyOf: number[] = [];
  const offsetOf: number[] = [];
  texts.forEach((text, key) => {
    for (let offset = 0; offset <= text.length; offset += 1) {
      keyOf.push(key);
      offsetOf.push(offset);
    }
  });
  return { keyOf, offsetOf };
}

describe('sortSuffixes', () => {
  it('orders suffixes as sorting the sliced strings would, on mixed scripts', () => {
    const next = seededRandom(7);
    // Pinyin-like Latin, Han characters, a surrogate pair (𠀀) and digits, with
    // shared prefixes and repeats so buckets go deep and ties occur.
    const alphabet = [
      'a',
      'b',
      'z',
      'y',
      '1',
      '丽',
      '水',
      '缙',
      '云',
      '𠀀',
      'you',
      'xian',
      '有限公司',
    ];
    const texts = Array.from({ length: 400 }, () => {
      let text = next() < 0.3 ? 'lishui' : '';
      const length = Math.floor(next() * 12);
      for (let index = 0; index < length; index += 1)
        text += alphabet[Math.floor(next() * alphabet.length)];
      return text;
    });
    const { keyOf, offsetOf } = suffixesOf(texts);
    expect(keyOf.length).toBeGreaterThan(2000);
    expect([...sortSuffixes(texts, keyOf, offsetOf)]).toEqual(naiveOrder(texts, keyOf, offsetOf));
  });

  it('puts a prefix before its extensions and keeps equal suffixes in input order', () => {
    const texts = ['gongsi', 'si', 'ongsi', 'gong', 'si'];
    const keyOf = [0, 1, 0, 3, 4, 0];
    const offsetOf = [4, 0, 0, 0, 0, 1];
    // 'si' (0), 'si' (1), 'gongsi' (2), 'gong' (3), 'si' (4), 'ongsi' (5)
    expect([...sortSuffixes(texts, keyOf, offsetOf)]).toEqual([3, 2, 5, 0, 1, 4]);
  });

  it('sorts large buckets of identical text without losing any suffix', () => {
    const texts = Array.from({ length: 3000 }, (_, index) => `youxiangongsi${index % 7}`);
    const keyOf = texts.map((_, index) => index);
    const offsetOf = texts.map(() => 0);
    const order = [...sortSuffixes(texts, keyOf, offsetOf)];
    expect(new Set(order).size).toBe(texts.length);
    expect(order).toEqual(naiveOrder(texts, keyOf, offsetOf));
  });

  it('handles nothing to sort', () => {
    expect([...sortSuffixes([], [], [])]).toEqual([]);
  });
});

describe('compareSuffix', () => {
  it('compares code units from the offsets, shorter first on a tie', () => {
    expect(compareSuffix('abc', 1, 'bc', 0)).toBe(0);
    expect(compareSuffix('abc', 1, 'bcd', 0)).toBeLessThan(0);
    expect(compareSuffix('b', 0, 'a', 0)).toBeGreaterThan(0);
    // Han characters sort after Latin letters by code unit, as `<` does.
    expect(compareSuffix('丽水', 0, 'lishui', 0)).toBeGreaterThan(0);
    expect('丽水' > 'lishui').toBe(true);
  });
});
