import { describe, expect, it } from 'vitest';
import { loadInvalidGeodata, validationMessages } from '../../../tests/fixtures/load-fixture';
import { normaliseForCitation, splitLines } from './citation-rules';

describe('citation rules', () => {
  it('reports a cited line past the end of the document', () => {
    expect(validationMessages(loadInvalidGeodata('citation-line'))).toEqual([
      'records/mini.json › industries[0] (ind-mini-semi) › sources[0]: line 99 does not exist; expected 1..13 (000_dd22fc84a3e54e50.txt)',
    ]);
  });

  it('reports a name that none of the cited lines holds', () => {
    expect(validationMessages(loadInvalidGeodata('citation-text'))).toEqual([
      'records/mini.json › enterprises[0] (ent-mini-local) › name: "不存在企业" occurs in none of the cited lines (000_dd22fc84a3e54e50.txt:8); expected it in at least one',
    ]);
  });

  it('checks the name of a 十子连珠 candidate and its feature', () => {
    expect(validationMessages(loadInvalidGeodata('shizi-candidate'))).toEqual([
      'shizi-lianzhu.json › candidates[0].featureId: "mini-nowhere" is not a feature id; expected the id of a feature in layers/*.geojson',
      'shizi-lianzhu.json › candidates[0].name: "不存在平台" or "也不存在" occurs in none of the cited lines (000_dd22fc84a3e54e50.txt:2); expected it in at least one',
    ]);
  });

  it('ignores whitespace and thousands separators', () => {
    expect(normaliseForCitation('产值 1,500 亿元')).toBe(normaliseForCitation('产值1500亿元'));
    expect(normaliseForCitation('1,2')).toBe('1,2');
  });

  it('numbers lines from 1 and ignores the final newline', () => {
    expect(splitLines('a\nb\n')).toEqual(['a', 'b']);
  });
});
