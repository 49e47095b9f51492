import { describe, expect, it } from 'vitest';
import { realData } from '../../../tests/fixtures/real-data';
import { siteSummary } from '@/data/sites/site-model';
import { FIT_LEVELS, dossierLists, dossierSourceGroups } from './dossier-lists';

describe('dossier lists', () => {
  const data = realData();
  const jinyun = siteSummary(data, 'county-331122')!;

  it('hands over a county’s partner firms apart from its local firms, with their sources', () => {
    const lists = dossierLists(jinyun, FIT_LEVELS[0]);
    expect(lists.partners.shown.length).toBeGreaterThan(0);
    expect(lists.partners.shown.length).toBeLessThanOrEqual(FIT_LEVELS[0].partners);
    expect(lists.partners.shown.length + lists.partners.more).toBe(jinyun.partners.length);
    const local = new Set(lists.enterprises.shown.map((enterprise) => enterprise.id));
    expect(lists.partners.shown.some((enterprise) => local.has(enterprise.id))).toBe(false);
    const cited = dossierSourceGroups(jinyun, lists).flatMap((group) =>
      group.lines.map((line) => `${group.seed}:${line}`),
    );
    for (const partner of lists.partners.shown)
      expect(cited).toContain(`${partner.sources[0]!.seed}:${partner.sources[0]!.line}`);
  });

  it('drops partners before local firms when the page is tight', () => {
    const tight = dossierLists(jinyun, FIT_LEVELS[FIT_LEVELS.length - 1]!);
    expect(tight.partners.shown).toEqual([]);
    expect(tight.partners.more).toBe(jinyun.partners.length);
    expect(tight.enterprises.shown.length).toBeGreaterThan(0);
  });
});
