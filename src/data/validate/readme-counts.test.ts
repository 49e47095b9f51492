import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultSeedsDir, validateFolder } from '../../../scripts/validate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('geodata/README.md', () => {
  it('states the totals the data really has', () => {
    const { summary } = validateFolder(path.join(root, 'geodata'), defaultSeedsDir(), false);
    const features = Object.values(summary.featuresBySystem).reduce((sum, count) => sum + count, 0);
    const bySystem = Object.entries(summary.featuresBySystem)
      .filter(([system]) => system !== 'city')
      .map(([system, count]) => `${system} ${count}`)
      .concat(`city ${summary.featuresBySystem.city}`)
      .join(', ');
    const { local, partner, benchmark } = summary.enterprises;
    const expected =
      `In all: ${features} plan features (${bySystem}; ${summary.unplacedFeatures} of them unplaced), ` +
      `${summary.industries} industries, ${local + partner + benchmark} enterprises ` +
      `(${local} local, ${partner} partner, ${benchmark} benchmark), ${summary.targets} targets ` +
      `(${summary.conflictGroups} conflict groups), ${summary.places} places, ` +
      `${summary.defects} recorded defects of the documents, ${summary.actions} actions, ` +
      `${summary.chains.chains} industry chains (${summary.chains.links} links and sub-links) ` +
      `and ${summary.citations} citations.`;
    const readme = readFileSync(path.join(root, 'geodata/README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain(expected);
  }, 60_000);
});
