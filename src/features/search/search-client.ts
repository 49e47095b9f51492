/**
 * The search box's way to the index. In a browser the index lives in a Web
 * Worker (search.worker.ts) and every query is a message; where there is no
 * Worker (jsdom in component tests) the same code runs in this thread. Either
 * way the answers are asynchronous.
 */
import type { AppData } from '@/data/model';
import { appendAll } from '@/lib/append';
import type { SearchHit, SearchRecord } from './search-index';
import type { SearchRequest, SearchResponse } from './search-protocol';

export interface SearchClient {
  /** Resolves once the plans are searchable, with the time that took in ms (as the caller saw it). */
  ready: Promise<number>;
  /**
   * Resolves once everything is searchable, extra records such as a county's
   * firm register (`?bench-data=`) included; the same as `ready` without them.
   */
  complete: Promise<number>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  dispose(): void;
}

export function createSearchClient(data: AppData, benchUrls: string[]): SearchClient {
  return typeof Worker === 'undefined'
    ? inThreadClient(data, benchUrls)
    : workerClient(data, benchUrls);
}

/** One search worker: its index, its answers, and when it is ready. */
function startWorker(records: Promise<SearchRecord[]>, benchUrls: string[]) {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { query: string; limit: number; resolve: Resolve }>();
  const ready = new Promise<number>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<SearchResponse>) => {
      const message = event.data;
      if (message.type === 'ready') resolve(message.entryCount);
      else if (message.type === 'failed') reject(new Error(message.message));
      else {
        pending.get(message.requestId)?.resolve(message.hits);
        pending.delete(message.requestId);
      }
    };
    worker.onerror = (event) => reject(new Error(event.message));
  });
  void records.then((built) =>
    worker.postMessage({ type: 'build', records: built, benchUrls } satisfies SearchRequest),
  );
  return {
    ready,
    pending,
    ask(requestId: number, query: string, limit: number, resolve: Resolve) {
      pending.set(requestId, { query, limit, resolve });
      worker.postMessage({ type: 'search', requestId, query, limit } satisfies SearchRequest);
    },
    stop() {
      worker.terminate();
      pending.clear();
    },
  };
}

type Resolve = (hits: SearchHit[]) => void;

function workerClient(data: AppData, benchUrls: string[]): SearchClient {
  const startedAt = performance.now();
  // The records are made here (they need the indexed AppData) but not indexed here.
  const records = import('./search-records').then(({ searchRecords }) => searchRecords(data));
  // The plans are indexed in well under a second. A firm register takes seconds
  // more, so a second worker builds the full index while the first answers; the
  // first then hands over its open questions and stops.
  const plans = startWorker(records, []);
  const full = benchUrls.length > 0 ? startWorker(records, benchUrls) : plans;
  let active = plans;
  let nextRequestId = 1;
  const elapsed = () => performance.now() - startedAt;
  const complete = full.ready.then((entries) => {
    // For `npm run bench`: request → full index ready, as the page saw it, and how much it holds.
    performance.measure('lishui:search-index', { start: startedAt, detail: { entries } });
    if (full !== plans) {
      active = full;
      for (const [requestId, { query, limit, resolve }] of plans.pending)
        full.ask(requestId, query, limit, resolve);
      plans.stop();
    }
    return elapsed();
  });
  return {
    // Whichever answers first; if the plans worker failed, the full one still serves.
    ready: Promise.any([plans.ready, full.ready]).then(elapsed),
    complete,
    search: (query, limit) =>
      new Promise((resolve) => active.ask(nextRequestId++, query, limit, resolve)),
    dispose: () => {
      plans.stop();
      full.stop();
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
  const ready = engine.then(() => performance.now() - startedAt);
  return {
    ready,
    complete: ready,
    search: (query, limit) => engine.then(({ index, search }) => search(index, query, limit)),
    dispose: () => {},
  };
}
