import type { Chain, ChainLink, ChainSubLink } from '@/data/schema';

/** Every link and sub-link of a chain record, in reading order (a link before its sub-links). */
export function chainLinks(chain: Chain): Array<ChainLink | ChainSubLink> {
  return chain.stages.flatMap((stage) =>
    stage.links.flatMap((link) => [link, ...(link.links ?? [])]),
  );
}
