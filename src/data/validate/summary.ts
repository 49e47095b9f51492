/** Coverage summary printed at the end of `npm run validate`. */
import { SYSTEMS, type SystemId } from '../systems';
import type { Issue } from './issue';
import type { LocatedGeodata } from './located';
import { chainLinks } from '../chains/chain-links';

export interface CoverageSummary {
  featuresBySystem: Record<SystemId, number>;
  unplacedFeatures: number;
  enterprises: { local: number; partner: number; benchmark: number };
  targets: number;
  conflictGroups: number;
  targetsInConflict: number;
  citations: number;
  industries: number;
  places: number;
  actions: number;
  /** Industry chains, and their links and sub-links. */
  chains: { chains: number; links: number };
  defects: number;
  errors: number;
  warnings: number;
}

export function summarise(geodata: LocatedGeodata, issues: Issue[]): CoverageSummary {
  const featuresBySystem = Object.fromEntries(SYSTEMS.map((system) => [system, 0])) as Record<
    SystemId,
    number
  >;
  for (const feature of geodata.features) featuresBySystem[feature.value.system] += 1;
  const groups = new Set(geodata.targets.flatMap((target) => target.value.conflictGroup ?? []));
  const sourced = [
    ...geodata.features,
    ...geodata.industries,
    ...geodata.enterprises,
    ...geodata.targets,
    ...geodata.defects,
    ...geodata.actions,
    ...geodata.countyProfiles,
  ];
  const shiziCitations = geodata.shizi
    ? geodata.shizi.value.sources.length +
      geodata.shizi.value.members.reduce((sum, member) => sum + member.sources.length, 0) +
      (geodata.shizi.value.candidates ?? []).reduce(
        (sum, candidate) => sum + candidate.sources.length,
        0,
      )
    : 0;
  let linkCount = 0;
  let chainCitations = 0;
  for (const { value: chain } of geodata.chains) {
    chainCitations += chain.sources.length;
    for (const stage of chain.stages) chainCitations += stage.sources.length;
    for (const link of chainLinks(chain)) {
      linkCount += 1;
      chainCitations +=
        link.sources.length +
        (link.verdict?.sources.length ?? 0) +
        [...(link.technologies ?? []), ...(link.talent ?? [])].reduce(
          (sum, note) => sum + note.sources.length,
          0,
        );
    }
  }
  return {
    featuresBySystem,
    unplacedFeatures: geodata.features.filter(
      (feature) => feature.value.geometryQuality === 'unplaced',
    ).length,
    enterprises: {
      local: geodata.enterprises.filter((enterprise) => enterprise.value.kind === 'local').length,
      partner: geodata.enterprises.filter((enterprise) => enterprise.value.kind === 'partner')
        .length,
      benchmark: geodata.enterprises.filter((enterprise) => enterprise.value.kind === 'benchmark')
        .length,
    },
    targets: geodata.targets.length,
    conflictGroups: groups.size,
    targetsInConflict: geodata.targets.filter((target) => target.value.conflictGroup).length,
    citations:
      sourced.reduce((sum, entry) => sum + entry.value.sources.length, 0) +
      shiziCitations +
      chainCitations,
    industries: geodata.industries.length,
    places: geodata.places.length,
    actions: geodata.actions.length,
    chains: { chains: geodata.chains.length, links: linkCount },
    defects: geodata.defects.length,
    errors: issues.filter((issue) => issue.severity === 'error').length,
    warnings: issues.filter((issue) => issue.severity === 'warning').length,
  };
}

/** The summary as aligned text lines. */
export function formatSummary(summary: CoverageSummary): string[] {
  const total = Object.values(summary.featuresBySystem).reduce((sum, count) => sum + count, 0);
  const bySystem = Object.entries(summary.featuresBySystem)
    .map(([system, count]) => `${system} ${count}`)
    .join(', ');
  return [
    'Coverage',
    `  features     ${total} (${bySystem}; ${summary.unplacedFeatures} unplaced)`,
    `  enterprises  ${summary.enterprises.local + summary.enterprises.partner + summary.enterprises.benchmark} (local ${summary.enterprises.local}, partner ${summary.enterprises.partner}, benchmark ${summary.enterprises.benchmark})`,
    `  targets      ${summary.targets} (${summary.conflictGroups} conflict groups, ${summary.targetsInConflict} targets in them)`,
    `  industries   ${summary.industries}`,
    `  places       ${summary.places}`,
    `  actions      ${summary.actions}`,
    `  chains       ${summary.chains.chains} (${summary.chains.links} links and sub-links)`,
    `  defects      ${summary.defects} (recorded defects of the source documents)`,
    `  citations    ${summary.citations}`,
    `Result: ${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}`,
  ];
}
