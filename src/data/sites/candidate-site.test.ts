import { describe, expect, it } from 'vitest';
import { compareSites } from '@/data/sites/compare-model';
import { siteSummary } from '@/data/sites/site-model';
import { isCandidateSiteId, isSiteId } from '@/data/sites/site-ids';
import type { CandidateSiteRecord } from '@/data/planner/planner-db';
import { miniData } from '../../../tests/fixtures/mini-data';
import { candidateSiteSummary, siteOrCandidateSummary } from './candidate-site';

const record: CandidateSiteRecord = {
  version: 1,
  id: 'site-abc123',
  name: '<b>东区</b> 候选地',
  createdAt: '2026-11-23T00:00:00Z',
  vertices: [
    [119.71, 28.21],
    [119.73, 28.21],
    [119.73, 28.23],
    [119.71, 28.23],
  ],
};

describe('candidate sites as dossier and comparison sites', () => {
  const data = miniData();

  it('summarise like a plan site: area, county, county targets and firms, no plan sources', () => {
    const site = candidateSiteSummary(data, record);
    expect(site.name).toBe('<b>东区</b> 候选地');
    expect(site.siteKind).toBe('candidate');
    expect(site.county?.properties.code).toBe('331102');
    expect(site.measure?.kind === 'area' && site.measure.km2).toBeCloseTo(4.4, 1);
    expect(site.targets.map((target) => target.id)).toEqual(['tgt-a']);
    expect(site.targetsScope).toBe('county');
    expect(site.countyEnterprises.map((enterprise) => enterprise.id)).toEqual(['ent-liandu-b']);
    expect(site.sources).toEqual([]);
    expect(site.schematic).toBe(true);
  });

  it('are accepted as site ids and resolved when their record is at hand', () => {
    expect(isCandidateSiteId('site-abc123')).toBe(true);
    expect(isCandidateSiteId('liandu-core-bihu')).toBe(false);
    expect(isSiteId(data, 'site-abc123')).toBe(true);
    expect(siteSummary(data, 'site-abc123')).toBeNull();
    expect(siteOrCandidateSummary(data, 'site-abc123', [])).toBeNull();
    expect(siteOrCandidateSummary(data, 'site-abc123', [record])?.name).toBe(record.name);
    expect(siteOrCandidateSummary(data, 'liandu-core-bihu', [record])?.id).toBe('liandu-core-bihu');
  });

  it('can be compared with a plan feature', () => {
    const comparison = compareSites(data, ['site-abc123', 'liandu-core-bihu'], [record]);
    expect(comparison.columns.map((column) => column.site.id)).toEqual([
      'site-abc123',
      'liandu-core-bihu',
    ]);
  });
});
