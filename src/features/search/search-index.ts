/**
 * One search over plan features, counties, enterprises, industries and
 * targets, in Chinese, English and pinyin (full and initials). No React, no
 * store. The index is built once per AppData. A query is tiered: exact, prefix
 * and word/syllable-prefix matches are the rows between two binary searches in
 * a sorted table of key suffixes; substring matches (zh and English only) are
 * looked up through bigram postings only when the better tiers leave room in
 * the list. Over 100,000 firms a keystroke costs under 0.5 ms, a one-letter
 * query ~3 ms (Node on a 2-core machine).
 */
import { pinyin } from 'pinyin-pro';
import type { AppData } from '@/data/model';
import { searchRecords, type SearchRecord } from './search-records';
import { compareSuffix, sortSuffixes } from './suffix-sort';

export type { SearchRecord } from './search-records';

export type SearchKind = 'feature' | 'county' | 'enterprise' | 'industry' | 'target';

/** Facts about a hit that the UI words through i18n. */
export type SearchTag = 'benchmark' | 'partner' | 'planned' | 'neighbour' | 'unplaced';

export interface SearchHit {
  kind: SearchKind;
  /** Record id: a feature id, `county-<code>`, an enterprise, industry or target id. */
  id: string;
  label: string;
  labelEn: string;
  /** Where or what it belongs to, from the data (county, parent feature, platform, scope). */
  detail: string;
  detailEn: string;
  tags: SearchTag[];
  /** The plan or county feature to select on the map, or null when it has no place. */
  targetFeatureId: string | null;
  /** The industry to filter the map by when there is no feature (industries, industry targets). */
  filterIndustryId: string | null;
}

/** How a query met an entry, best first. */
export const MATCH_RANK = { exact: 0, prefix: 1, wordPrefix: 2, substring: 3 } as const;

const KIND_PRIORITY: Record<SearchKind, number> = {
  feature: 0,
  county: 1,
  enterprise: 2,
  industry: 3,
  target: 4,
};

type KeyType = 'zh' | 'en' | 'pinyin' | 'initials';

interface SearchKey {
  type: KeyType;
  /** NFKC-normalised, lower case; pinyin without spaces or tones. */
  text: string;
  /** Offsets where a word (en) or a syllable (pinyin) starts; null for zh and initials. */
  wordStarts: number[] | null;
}

interface Entry {
  hit: SearchHit;
  keys: SearchKey[];
  /** Kind priority, then nesting depth (a zone before its blocks, a local firm before a benchmark). */
  tieBreak: number;
}

export interface SearchIndex {
  entries: Entry[];
  /**
   * Every key text from each word or syllable start (and every initial), sorted,
   * so prefix and word-prefix matches are one binary search and a range scan.
   */
  starts: StartTable;
  /** Character pair → ascending entry indices whose zh/en keys contain it (substring tier). */
  bigrams: Map<string, Int32Array>;
  /** Single character → entries whose zh/en keys contain it (one-character CJK substrings). */
  unigrams: Map<string, Int32Array>;
  /** Scratch space reused by queries so a keystroke allocates little; not part of the result. */
  scratch: { stamp: Int32Array; generation: number };
}

/** Position classes of a start-table row. */
const AT_KEY_START = 0;
const AT_WORD_START = 1;
/** Inside a run of initials (xc in bhxc): a word-prefix for two letters or more, noise for one. */
const INSIDE_INITIALS = 2;

interface StartTable {
  /** Every key text; row r stands for texts[keyOf[r]] from offset[r] on. */
  texts: string[];
  keyOf: Int32Array;
  offset: Int32Array;
  entryIndex: Int32Array;
  /** Whether the row's key is pinyin/initials (matched against the query without spaces). */
  isPinyin: Uint8Array;
  position: Uint8Array;
  keyLength: Int32Array;
  /** tieBreak, key length and entry index folded into one number (see scoreOf). */
  baseScore: Float64Array;
}

const normalize = (text: string): string =>
  text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Separators people type between pinyin syllables or words; ignored for pinyin keys. */
const compact = (text: string): string => text.replace(/[\s'’·\-_.]/g, '');

const HAN = /\p{Script=Han}/u;
const ALNUM = /[\p{L}\p{N}]/u;

function englishKey(text: string): SearchKey {
  const normalized = normalize(text);
  const wordStarts: number[] = [];
  for (let index = 0; index < normalized.length; index += 1) {
    const isWordChar = ALNUM.test(normalized[index]!);
    const previousIsWordChar = index > 0 && ALNUM.test(normalized[index - 1]!);
    if (isWordChar && !previousIsWordChar) wordStarts.push(index);
  }
  return { type: 'en', text: normalized, wordStarts };
}

/** zh text plus, when it has Han characters, its full pinyin and initials. */
function chineseKeys(text: string): SearchKey[] {
  const normalized = normalize(text);
  // A name without Han characters (ABB, 5G) is matched like English, by words.
  if (!HAN.test(normalized)) return [englishKey(normalized)];
  const keys: SearchKey[] = [{ type: 'zh', text: normalized, wordStarts: null }];
  // v: true writes ü as v (绿 → lv), as pinyin keyboards do.
  const syllables = pinyin(normalized, { toneType: 'none', type: 'array', v: true })
    .map((syllable) => compact(syllable.toLowerCase()))
    .filter((syllable) => syllable.length > 0 && ALNUM.test(syllable));
  let full = '';
  let initials = '';
  const wordStarts: number[] = [];
  for (const syllable of syllables) {
    wordStarts.push(full.length);
    full += syllable;
    initials += syllable[0];
  }
  keys.push({ type: 'pinyin', text: full, wordStarts });
  if (initials !== full) keys.push({ type: 'initials', text: initials, wordStarts: null });
  return keys;
}

/** Builds the search index over every searchable record. O(total text length). */
export function buildSearchIndex(data: AppData): SearchIndex {
  return indexSearchRecords(searchRecords(data));
}

/** Indexes records (the costly part: pinyin for every Chinese name). */
export function indexSearchRecords(records: readonly SearchRecord[]): SearchIndex {
  const entries: Entry[] = records.map(({ hit, zh, en, depth }) => ({
    hit,
    keys: [
      ...[...new Set(zh.filter(Boolean))].flatMap(chineseKeys),
      ...[...new Set(en.filter(Boolean))].map(englishKey),
    ],
    tieBreak: KIND_PRIORITY[hit.kind] * 10 + Math.min(depth, 9),
  }));
  return {
    entries,
    starts: buildStartTable(entries),
    ...buildPostings(entries),
    scratch: { stamp: new Int32Array(entries.length), generation: 0 },
  };
}

/** Ranks outrank everything else; within a rank, kind/depth, then key length, then data order. */
const scoreOf = (rank: number, baseScore: number): number => rank * 1e13 + baseScore;
const baseScoreOf = (tieBreak: number, keyLength: number, entryIndex: number): number =>
  tieBreak * 1e10 + Math.min(keyLength, 9999) * 1e6 + Math.min(entryIndex, 999_999);

function buildStartTable(entries: Entry[]): StartTable {
  // Rows are numbers in flat arrays, not objects, and a suffix is its key plus an
  // offset, not a sliced string: 100,000 firms make over three million rows.
  const texts: string[] = [];
  const keyEntry: number[] = [];
  const keyIsPinyin: number[] = [];
  const rowKey: number[] = [];
  const rowOffset: number[] = [];
  const rowPosition: number[] = [];
  entries.forEach((entry, entryIndex) => {
    for (const key of entry.keys) {
      const text = key.text;
      if (!text) continue;
      const keyId = texts.length;
      texts.push(text);
      keyEntry.push(entryIndex);
      keyIsPinyin.push(key.type === 'pinyin' || key.type === 'initials' ? 1 : 0);
      const row = (offset: number, position: number) => {
        rowKey.push(keyId);
        rowOffset.push(offset);
        rowPosition.push(position);
      };
      row(0, AT_KEY_START);
      if (key.type === 'initials')
        for (let offset = 1; offset < text.length; offset += 1) row(offset, INSIDE_INITIALS);
      for (const offset of key.wordStarts ?? []) if (offset > 0) row(offset, AT_WORD_START);
    }
  });
  const count = rowKey.length;
  const order = sortSuffixes(texts, rowKey, rowOffset);
  const table: StartTable = {
    texts,
    keyOf: new Int32Array(count),
    offset: new Int32Array(count),
    entryIndex: new Int32Array(count),
    isPinyin: new Uint8Array(count),
    position: new Uint8Array(count),
    keyLength: new Int32Array(count),
    baseScore: new Float64Array(count),
  };
  order.forEach((row, sorted) => {
    const keyId = rowKey[row]!;
    const entryIndex = keyEntry[keyId]!;
    const keyLength = texts[keyId]!.length;
    table.keyOf[sorted] = keyId;
    table.offset[sorted] = rowOffset[row]!;
    table.entryIndex[sorted] = entryIndex;
    table.isPinyin[sorted] = keyIsPinyin[keyId]!;
    table.position[sorted] = rowPosition[row]!;
    table.keyLength[sorted] = keyLength;
    table.baseScore[sorted] = baseScoreOf(entries[entryIndex]!.tieBreak, keyLength, entryIndex);
  });
  return table;
}

function buildPostings(entries: Entry[]): Pick<SearchIndex, 'bigrams' | 'unigrams'> {
  const bigramLists = new Map<string, number[]>();
  const unigramLists = new Map<string, number[]>();
  const post = (lists: Map<string, number[]>, gram: string, entryIndex: number) => {
    const list = lists.get(gram);
    // Entries are visited in order, so each list stays ascending and free of repeats.
    if (!list) lists.set(gram, [entryIndex]);
    else if (list[list.length - 1] !== entryIndex) list.push(entryIndex);
  };
  entries.forEach((entry, entryIndex) => {
    for (const key of entry.keys) {
      // Only zh and English text has a substring tier; pinyin matches at syllable starts only.
      if (key.type !== 'zh' && key.type !== 'en') continue;
      const text = key.text;
      for (let index = 0; index < text.length; index += 1) {
        post(unigramLists, text[index]!, entryIndex);
        if (index + 1 < text.length) post(bigramLists, text.slice(index, index + 2), entryIndex);
      }
    }
  });
  const freeze = (lists: Map<string, number[]>) =>
    new Map([...lists].map(([gram, list]) => [gram, Int32Array.from(list)]));
  return { bigrams: freeze(bigramLists), unigrams: freeze(unigramLists) };
}

const EMPTY = new Int32Array(0);

/** Entries holding every bigram of `query` (a superset of the entries containing it). */
function candidatesFor(index: SearchIndex, query: string): Int32Array {
  const lists: Int32Array[] = [];
  for (let position = 0; position + 1 < query.length; position += 1) {
    lists.push(index.bigrams.get(query.slice(position, position + 2)) ?? EMPTY);
  }
  lists.sort((left, right) => left.length - right.length);
  let result = lists[0] ?? EMPTY;
  for (let listIndex = 1; listIndex < lists.length && result.length > 0; listIndex += 1) {
    result = intersect(result, lists[listIndex]!);
  }
  return result;
}

function intersect(small: Int32Array, large: Int32Array): Int32Array {
  const out = new Int32Array(small.length);
  let count = 0;
  let cursor = 0;
  for (const value of small) {
    // Galloping would help on very skewed lists; a linear merge is enough here.
    while (cursor < large.length && large[cursor]! < value) cursor += 1;
    if (cursor >= large.length) break;
    if (large[cursor] === value) out[count++] = value;
  }
  return out.subarray(0, count);
}

/** First row whose suffix is >= query. */
function lowerBound(table: StartTable, query: string): number {
  let low = 0;
  let high = table.offset.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const text = table.texts[table.keyOf[middle]!]!;
    if (compareSuffix(text, table.offset[middle]!, query, 0) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Keeps the `limit` lowest scores, sorted; cheap when most candidates are rejected at once. */
class TopScores {
  readonly scores: number[] = [];
  readonly entries: number[] = [];
  constructor(private readonly limit: number) {}
  get isFull(): boolean {
    return this.scores.length >= this.limit;
  }
  get worst(): number {
    return this.scores[this.scores.length - 1] ?? Number.POSITIVE_INFINITY;
  }
  offer(score: number, entryIndex: number): void {
    if (this.isFull && score >= this.worst) return;
    const existing = this.entries.indexOf(entryIndex);
    if (existing >= 0) {
      if (this.scores[existing]! <= score) return;
      this.scores.splice(existing, 1);
      this.entries.splice(existing, 1);
    }
    let insertAt = this.scores.length;
    while (insertAt > 0 && this.scores[insertAt - 1]! > score) insertAt -= 1;
    this.scores.splice(insertAt, 0, score);
    this.entries.splice(insertAt, 0, entryIndex);
    if (this.scores.length > this.limit) {
      this.scores.pop();
      this.entries.pop();
    }
  }
}

/**
 * Hits for `query`, best first: exact > prefix > word or syllable prefix >
 * substring, then feature > county > enterprise > industry > target, then
 * shallower and shorter names. An empty query gives no hits.
 */
export function search(index: SearchIndex, query: string, limit = 12): SearchHit[] {
  const spaced = normalize(query);
  const joined = compact(spaced);
  if (!spaced || !joined || limit <= 0) return [];
  const isSingleLetter = joined.length === 1 && !HAN.test(joined);
  const top = new TopScores(limit);
  const { scratch } = index;
  scratch.generation += 1;
  if (scratch.generation > 2_000_000_000) {
    scratch.stamp.fill(0);
    scratch.generation = 1;
  }
  const generation = scratch.generation;
  let prefixTierMatches = 0;

  // Tiers 0–2 (exact, prefix, word prefix): a range of the sorted start table per query form.
  const table = index.starts;
  const forms =
    spaced === joined
      ? [{ text: spaced, pinyin: -1 }]
      : [
          { text: spaced, pinyin: 0 },
          { text: joined, pinyin: 1 },
        ];
  for (const form of forms) {
    // Rows starting with the query: from its lower bound up to that of the query
    // followed by the highest code unit, so the scan itself touches no strings.
    const end = lowerBound(table, `${form.text}\uffff`);
    for (let row = lowerBound(table, form.text); row < end; row += 1) {
      if (form.pinyin >= 0 && table.isPinyin[row] !== form.pinyin) continue;
      const position = table.position[row]!;
      if (position === INSIDE_INITIALS && isSingleLetter) continue;
      const rank =
        position !== AT_KEY_START
          ? MATCH_RANK.wordPrefix
          : table.keyLength[row] === form.text.length
            ? MATCH_RANK.exact
            : MATCH_RANK.prefix;
      const entryIndex = table.entryIndex[row]!;
      if (scratch.stamp[entryIndex] !== generation) {
        scratch.stamp[entryIndex] = generation;
        prefixTierMatches += 1;
      }
      top.offer(scoreOf(rank, table.baseScore[row]!), entryIndex);
    }
  }

  // Tier 3 (substring of zh or English text) only ranks below all of the above:
  // skip it when those already fill the list, and for single letters (noise).
  if (prefixTierMatches >= limit || isSingleLetter)
    return top.entries.map((entryIndex) => index.entries[entryIndex]!.hit);
  const candidates =
    spaced.length === 1 ? (index.unigrams.get(spaced) ?? EMPTY) : candidatesFor(index, spaced);
  for (const entryIndex of candidates) {
    if (scratch.stamp[entryIndex] === generation) continue;
    const entry = index.entries[entryIndex]!;
    let shortest = Number.POSITIVE_INFINITY;
    for (const key of entry.keys) {
      if (
        (key.type === 'zh' || key.type === 'en') &&
        key.text.length < shortest &&
        key.text.includes(spaced)
      ) {
        shortest = key.text.length;
      }
    }
    if (shortest === Number.POSITIVE_INFINITY) continue;
    top.offer(
      scoreOf(MATCH_RANK.substring, baseScoreOf(entry.tieBreak, shortest, entryIndex)),
      entryIndex,
    );
  }
  return top.entries.map((entryIndex) => index.entries[entryIndex]!.hit);
}
