/**
 * Parses and validates an imported file off the main thread, so a huge or
 * hostile file cannot freeze the map (it is ended, with its nested workbook
 * worker, after a time limit). Message in: { name, file }; out: ParseOutcome.
 */
import { DOMParser } from '@xmldom/xmldom';
import { MAX_FILE_BYTES } from '@/data/planner/import-problem';
import { readSpreadsheetRows } from '@/lib/workbook';
import { parseImportFile, type FileReaders, type ParseOutcome } from './parse-file';

const readers: FileReaders = {
  xml: {
    parseFromString: (text) =>
      new DOMParser({
        // xmldom reports errors through this hook; an error makes the document unusable.
        onError: (level) => {
          if (level !== 'warning') throw new Error('malformed XML');
        },
      }).parseFromString(text, 'text/xml') as unknown as Document,
  },
  // A nested worker: the workbook worker the exports use too, so exceljs ships once.
  spreadsheetRows: readSpreadsheetRows,
};

self.onmessage = async (event: MessageEvent<{ name: string; file: Blob }>) => {
  const { name, file } = event.data;
  let outcome: ParseOutcome;
  if (file.size > MAX_FILE_BYTES) {
    outcome = {
      ok: false,
      problems: [{ code: 'too-large', detail: String(MAX_FILE_BYTES / 1024 / 1024) }],
      problemCount: 1,
    };
  } else {
    const bytes = new Uint8Array(await file.arrayBuffer());
    outcome = await parseImportFile(name, bytes, readers);
  }
  self.postMessage(outcome);
};
