/**
 * Parses and validates an imported file off the main thread, so a huge or
 * hostile file cannot freeze the map. Message in: { name, file }; out: ParseOutcome.
 */
import '@/lib/zod-setup';
import { DOMParser } from '@xmldom/xmldom';
import { MAX_FILE_BYTES } from '@/data/planner/import-problem';
import { parseImportFile, type ParseOutcome, type XmlParser } from './parse-file';

const xmlParser: XmlParser = {
  parseFromString: (text) =>
    new DOMParser({
      // xmldom reports errors through this hook; an error makes the document unusable.
      onError: (level) => {
        if (level !== 'warning') throw new Error('malformed XML');
      },
    }).parseFromString(text, 'text/xml') as unknown as Document,
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
    outcome = await parseImportFile(name, bytes, xmlParser);
  }
  self.postMessage(outcome);
};
