/**
 * Sorts suffixes of strings, given as (string, offset) pairs, into the order
 * `<` on the sliced strings would give (UTF-16 code units, a prefix first),
 * ties in input order. A most-significant-character radix sort: each pass
 * reads one code unit per suffix and buckets them, so the cost grows with the
 * number of suffixes times the characters needed to tell them apart, with no
 * comparison callback per pair. Used for the search index's start table, where
 * 100,000 firms make over three million suffixes and a comparison sort took
 * most of the build.
 */

/** Below this many suffixes a range is finished by insertion sort. */
const SMALL_RANGE = 24;

export function compareSuffix(
  left: string,
  leftOffset: number,
  right: string,
  rightOffset: number,
): number {
  const leftLength = left.length - leftOffset;
  const rightLength = right.length - rightOffset;
  const shared = Math.min(leftLength, rightLength);
  for (let index = 0; index < shared; index += 1) {
    const difference = left.charCodeAt(leftOffset + index) - right.charCodeAt(rightOffset + index);
    if (difference !== 0) return difference;
  }
  return leftLength - rightLength;
}

/**
 * The order of suffixes `texts[keyOf[i]]` from `offsetOf[i]`, as indices i.
 * `keyOf` and `offsetOf` have one element per suffix.
 */
export function sortSuffixes(
  texts: readonly string[],
  keyOf: ArrayLike<number>,
  offsetOf: ArrayLike<number>,
): Int32Array {
  const count = keyOf.length;
  const order = new Int32Array(count);
  for (let index = 0; index < count; index += 1) order[index] = index;
  const scratch = new Int32Array(count);
  // Code unit + 1 at the current depth, 0 where the suffix has ended.
  const codes = new Int32Array(count);
  // Per code unit: bucket size, then next write position. Only the codes seen in a
  // range are touched (and reset), so a pass costs its range, not the alphabet.
  const table = new Int32Array(65537);
  const stack: number[] = [0, count, 0];
  while (stack.length > 0) {
    const depth = stack.pop()!;
    const end = stack.pop()!;
    const start = stack.pop()!;
    if (end - start < SMALL_RANGE) {
      insertionSort(order, start, end, depth, texts, keyOf, offsetOf);
      continue;
    }
    const seen: number[] = [];
    for (let index = start; index < end; index += 1) {
      const suffix = order[index]!;
      const text = texts[keyOf[suffix]!]!;
      const at = offsetOf[suffix]! + depth;
      const code = at < text.length ? text.charCodeAt(at) + 1 : 0;
      codes[index] = code;
      if (table[code] === 0) seen.push(code);
      table[code]! += 1;
    }
    seen.sort((left, right) => left - right);
    const buckets: number[] = [];
    let position = start;
    for (const code of seen) {
      const size = table[code]!;
      // Ended suffixes (code 0) are equal and need no further pass.
      if (code !== 0 && size > 1) buckets.push(position, position + size);
      table[code] = position;
      position += size;
    }
    for (let index = start; index < end; index += 1) {
      const code = codes[index]!;
      scratch[table[code]!] = order[index]!;
      table[code]! += 1;
    }
    for (const code of seen) table[code] = 0;
    order.set(scratch.subarray(start, end), start);
    // Scattering is stable, so equal suffixes keep input order.
    for (let bucket = 0; bucket < buckets.length; bucket += 2)
      stack.push(buckets[bucket]!, buckets[bucket + 1]!, depth + 1);
  }
  return order;
}

function insertionSort(
  order: Int32Array,
  start: number,
  end: number,
  depth: number,
  texts: readonly string[],
  keyOf: ArrayLike<number>,
  offsetOf: ArrayLike<number>,
): void {
  for (let index = start + 1; index < end; index += 1) {
    const suffix = order[index]!;
    const text = texts[keyOf[suffix]!]!;
    const offset = offsetOf[suffix]! + depth;
    let cursor = index - 1;
    while (cursor >= start) {
      const other = order[cursor]!;
      const difference =
        compareSuffix(texts[keyOf[other]!]!, offsetOf[other]! + depth, text, offset) ||
        other - suffix;
      if (difference <= 0) break;
      order[cursor + 1] = other;
      cursor -= 1;
    }
    order[cursor + 1] = suffix;
  }
}
