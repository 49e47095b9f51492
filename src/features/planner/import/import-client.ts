/**
 * Main-thread side of an import: refuses oversize or empty files at once
 * (before reading them), then hands the file to the worker and gives up
 * after a time limit that grows with the file's size, so the app never waits
 * on a pathological file yet a large one within the size limit gets its time.
 */
import { importTimeLimitMs, MAX_FILE_BYTES } from '@/data/planner/import-problem';
import type { ParseOutcome } from './parse-file';

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
  const timeLimit = importTimeLimitMs(file.size);
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
          problems: [{ code: 'timeout', detail: String(Math.round(timeLimit / 1000)) }],
          problemCount: 1,
        }),
      timeLimit,
    );
    worker.onmessage = (event: MessageEvent<ParseOutcome>) => finish(event.data);
    worker.onerror = () =>
      finish({ ok: false, problems: [{ code: 'worker-failed' }], problemCount: 1 });
    worker.postMessage({ name: file.name, file });
  });
}
