/**
 * Excel workbooks for the rest of the app: each call starts the workbook
 * worker (workbook.worker.ts, the only code that loads exceljs), asks it one
 * thing and ends it. Works from the main thread and from inside another
 * worker (the import worker), so the build carries exceljs once.
 */
import type { Table } from './table';

export type WorkbookRequest =
  { kind: 'write'; tables: Table[] } | { kind: 'read'; bytes: Uint8Array };

export type WorkbookReply =
  | { ok: true; kind: 'write'; buffer: ArrayBuffer }
  | { ok: true; kind: 'read'; rows: string[][] | null }
  | { ok: false; message: string };

function askWorkbookWorker(request: WorkbookRequest): Promise<WorkbookReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./workbook.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<WorkbookReply>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the workbook worker failed to start'));
    };
    worker.postMessage(request);
  });
}

/** An .xlsx file with one sheet per table (see workbook-sheets.ts). */
export async function tablesToXlsx(tables: Table[]): Promise<ArrayBuffer> {
  const reply = await askWorkbookWorker({ kind: 'write', tables });
  if (!reply.ok) throw new Error(reply.message);
  if (reply.kind !== 'write') throw new Error('the workbook worker answered another request');
  return reply.buffer;
}

/** The first sheet's rows as text, [] without sheets, null when unreadable (never throws). */
export async function readSpreadsheetRows(bytes: Uint8Array): Promise<string[][] | null> {
  try {
    const reply = await askWorkbookWorker({ kind: 'read', bytes });
    return reply.ok && reply.kind === 'read' ? reply.rows : null;
  } catch {
    return null;
  }
}
