/**
 * The search box's way to the index. In a browser the index lives in a Web
 * Worker (search.worker.ts) and every query is a message; where there is no
 * Worker (jsdom in component tests) the same code runs in this thread. Either
 * way the answers are asynchronous.
 */
import type { AppData } from '@/data/model';
import { appendAll } from '@/lib/append';
import type { SearchHit } from './search-index';
import type { SearchRequest, SearchResponse } from './search-protocol';

export interface SearchClient {
  /** Resolves once the index is built, with its build time in ms (as the caller saw it). */
  ready: Promise<number>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  dispose(): void;
}

export function createSearchClient(data: AppData, benchUrls: string[]): SearchClient {
  return typeof Worker === 'undefined'
    ? inThreadClient(data, benchUrls)
    : workerClient(data, benchUrls);
}

function workerClient(data: AppData, benchUrls: string[]): SearchClient {
  const startedAt = performance.now();
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, (hits: SearchHit[]) => void>();
  let nextRequestId = 1;
  let resolveReady: (milliseconds: number) => void = () => {};
  let rejectReady: (error: Error) => void = () => {};
  const ready = new Promise<number>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  worker.onmessage = (event: MessageEvent<SearchResponse>) => {
    const message = event.data;
    if (message.type === 'ready') {
      // For `npm run bench`: request → index ready, as the page saw it, and how much it holds.
      performance.measure('lishui:search-index', {
        start: startedAt,
        detail: { entries: message.entryCount },
      });
      resolveReady(performance.now() - startedAt);
    } else if (message.type === 'failed') rejectReady(new Error(message.message));
    else {
      pending.get(message.requestId)?.(message.hits);
      pending.delete(message.requestId);
    }
  };
  worker.onerror = (event) => rejectReady(new Error(event.message));
  const post = (request: SearchRequest) => worker.postMessage(request);
  // The records are made here (they need the indexed AppData) but not indexed here.
  void import('./search-records').then(({ searchRecords }) =>
    post({ type: 'build', records: searchRecords(data), benchUrls }),
  );
  return {
    ready,
    search: (query, limit) =>
      new Promise((resolve) => {
        const requestId = nextRequestId++;
        pending.set(requestId, resolve);
        post({ type: 'search', requestId, query, limit });
      }),
    dispose: () => {
      worker.terminate();
      pending.clear();
    },
  };
}

function inThreadClient(data: AppData, benchUrls: string[]): SearchClient {
  const startedAt = performance.now();
  const engine = Promise.all([
    import('./search-index'),
    import('./search-records'),
    import('@/data/bench-data'),
  ]).then(async ([indexModule, recordsModule, benchModule]) => {
    const records = recordsModule.searchRecords(data);
    const bench = await benchModule.loadBenchData(benchUrls);
    if (!bench.ok) throw new Error(bench.error.join('; '));
    if (bench.data)
      appendAll(records, recordsModule.benchSearchRecords(bench.data.points.features));
    return { index: indexModule.indexSearchRecords(records), search: indexModule.search };
  });
  return {
    ready: engine.then(() => performance.now() - startedAt),
    search: (query, limit) => engine.then(({ index, search }) => search(index, query, limit)),
    dispose: () => {},
  };
}
