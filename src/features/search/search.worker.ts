/**
 * The search index off the main thread: building it (pinyin for every name,
 * seconds for a county's full enterprise register) and every query run here,
 * so typing and the map never wait for each other.
 */
import { loadBenchData } from '@/data/bench-data';
import { appendAll } from '@/lib/append';
import { indexSearchRecords, search, type SearchIndex } from './search-index';
import type { SearchRequest, SearchResponse } from './search-protocol';
import { benchSearchRecords } from './search-records';

let indexReady: Promise<SearchIndex> | null = null;
const reply = (message: SearchResponse) => self.postMessage(message);

async function build(request: Extract<SearchRequest, { type: 'build' }>): Promise<SearchIndex> {
  const startedAt = performance.now();
  const records = [...request.records];
  // Benchmark points are fetched here (from the HTTP cache: the map fetched them) rather
  // than posted: copying 100,000 records across would cost the main thread more.
  const bench = await loadBenchData(request.benchUrls);
  if (!bench.ok) throw new Error(bench.error.join('; '));
  if (bench.data) appendAll(records, benchSearchRecords(bench.data.points.features));
  const index = indexSearchRecords(records);
  reply({
    type: 'ready',
    entryCount: index.entries.length,
    buildMilliseconds: performance.now() - startedAt,
  });
  return index;
}

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.type === 'build') {
    indexReady = build(request);
    indexReady.catch((error: unknown) =>
      reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return;
  }
  if (!indexReady) return;
  void indexReady.then((index) =>
    reply({
      type: 'hits',
      requestId: request.requestId,
      hits: search(index, request.query, request.limit),
    }),
  );
};
