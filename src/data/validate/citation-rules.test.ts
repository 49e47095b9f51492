import { describe, expect, it } from 'vitest';
import {
  loadInvalidGeodata,
  loadMiniGeodata,
  validationMessages,
} from '../../../tests/fixtures/load-fixture';
import type { Alias, Source } from '../schema';

interface MiniRecords {
  enterprises: Array<{ sources: Array<Source & { context?: true }>; aliases?: Alias[] }>;
}
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

  it('reports a cited line that holds neither the name, an alias nor a number', () => {
    expect(validationMessages(loadInvalidGeodata('citation-fact'))).toEqual([
      'records/mini.json › enterprises[0] (ent-mini-local) › sources[1]: 000_dd22fc84a3e54e50.txt:12 holds none of "迷你企业"; expected the record\'s name, an alias or one of its numbers there, or "context": true on a line cited for context only',
    ]);
  });

  it('accepts that line once it is marked as context', () => {
    const fixture = loadInvalidGeodata('citation-fact');
    const records = fixture.files['records/mini.json'] as MiniRecords;
    records.enterprises[0]!.sources[1]!.context = true;
    expect(validationMessages(fixture)).toEqual([]);
  });

  it('accepts a line that writes the name as a recorded alias', () => {
    const fixture = loadInvalidGeodata('citation-fact');
    const records = fixture.files['records/mini.json'] as MiniRecords;
    records.enterprises[0]!.aliases = [
      { name: '迷你行动', seed: '000_dd22fc84a3e54e50.txt', line: 12 },
    ];
    expect(validationMessages(fixture)).toEqual([]);
  });

  it('reports an alias that its own line does not write', () => {
    expect(validationMessages(loadInvalidGeodata('citation-alias'))).toEqual([
      'records/mini.json › enterprises[0] (ent-mini-local) › aliases[0]: "迷你别名" does not occur at 000_dd22fc84a3e54e50.txt:8; expected the alias as that line writes it',
    ]);
  });

  it("counts a stated area written in square kilometres or mu as the record's number", () => {
    const fixture = loadMiniGeodata();
    const layer = fixture.files['layers/mini.geojson'] as {
      features: Array<{ properties: Record<string, unknown> }>;
    };
    const zone = layer.features.find((feature) => feature.properties.statedAreaHa !== undefined);
    expect(zone).toBeDefined();
    fixture.seeds!['000_dd22fc84a3e54e50.txt'] = [
      ...fixture.seeds!['000_dd22fc84a3e54e50.txt']!,
      `总面积 ${Number(zone!.properties.statedAreaHa) / 100} 平方公里。`,
    ];
    const line = fixture.seeds!['000_dd22fc84a3e54e50.txt']!.length;
    (zone!.properties.sources as Array<Record<string, unknown>>).push({
      seed: '000_dd22fc84a3e54e50.txt',
      line,
    });
    expect(validationMessages(fixture)).toEqual([]);
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
