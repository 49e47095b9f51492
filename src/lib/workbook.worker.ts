/**
 * The workbook worker: the one place exceljs runs (see workbook-sheets.ts).
 * Message in: WorkbookRequest; out: WorkbookReply. Started by workbook.ts
 * from the main thread (exports) and from the import worker (spreadsheets).
 */
import { readFirstSheetRows, writeWorkbook } from './workbook-sheets';
import type { WorkbookReply, WorkbookRequest } from './workbook';

self.onmessage = async (event: MessageEvent<WorkbookRequest>) => {
  const request = event.data;
  let reply: WorkbookReply;
  try {
    reply =
      request.kind === 'write'
        ? { ok: true, kind: 'write', buffer: await writeWorkbook(request.tables) }
        : { ok: true, kind: 'read', rows: await readFirstSheetRows(request.bytes) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  try {
    self.postMessage(reply, reply.ok && reply.kind === 'write' ? [reply.buffer] : []);
  } catch (error) {
    // Never leave the caller waiting: a reply that cannot be sent is reported as a failure.
    self.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    } satisfies WorkbookReply);
  }
};
