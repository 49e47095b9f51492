import { describe, expect, it } from 'vitest';
import { loadInvalidGeodata, validationMessages } from '../../../tests/fixtures/load-fixture';
import { formatIssue } from './issue';
import { issueFromParserMessage } from './schema-rules';

describe('schema rules', () => {
  it('reports a property the schema rejects, and nothing that follows from it', () => {
    expect(validationMessages(loadInvalidGeodata('schema'))).toEqual([
      'layers/mini.geojson › feature 0 (mini-zone) › properties › kind: Invalid option: expected one of "corridor"|"centre"|"platform"|"zone"|"block"|"town"|"enclave"',
    ]);
  });

  it('keeps parser messages as they are', () => {
    const message = 'records/a.json › targets › 3 › value: Expected number';
    expect(formatIssue(issueFromParserMessage(message))).toBe(message);
  });
});
