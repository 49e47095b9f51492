/**
 * Main-thread side of an import: refuses oversize or empty files at once
 * (before reading them), then hands the file to the worker and gives up
 * after a time limit so the app never waits on a pathological file.
 */
import { MAX_FILE_BYTES } from '@/data/planner/import-problem';
import type { ParseOutcome } from './parse-file';

const TIME_LIMIT_MS = 20_000;

export function importFile(file: File): Promise<ParseOutcome> {
  if (file.size > MAX_FILE_BYTES) {
    return Promise.resolve({
      ok: false,
      problems: [{ code: 'too-large', detail: String(MAX_FILE_BYTES / 1024 / 1024) }],
      problemCount: 1,
    });
  }
  if (file.size === 0) {
    return Promise.resolve({ ok: false, problems: [{ code: 'empty-file' }], problemCount: 1 });
  }
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    const finish = (outcome: ParseOutcome) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          problems: [{ code: 'timeout', detail: String(TIME_LIMIT_MS / 1000) }],
          problemCount: 1,
        }),
      TIME_LIMIT_MS,
    );
    worker.onmessage = (event: MessageEvent<ParseOutcome>) => finish(event.data);
    worker.onerror = () =>
      finish({ ok: false, problems: [{ code: 'worker-failed' }], problemCount: 1 });
    worker.postMessage({ name: file.name, file });
  });
}
