/** Messages between the search box's client and the search worker. */
import type { SearchHit, SearchRecord } from './search-index';

export type SearchRequest =
  | {
      type: 'build';
      records: SearchRecord[];
      /** Same-origin benchmark files (`?bench-data=`) whose points are searchable too. */
      benchUrls: string[];
    }
  | { type: 'search'; requestId: number; query: string; limit: number };

export type SearchResponse =
  | { type: 'ready'; entryCount: number; buildMilliseconds: number }
  | { type: 'failed'; message: string }
  | { type: 'hits'; requestId: number; hits: SearchHit[] };
