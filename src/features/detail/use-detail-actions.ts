import { useMapCommands } from '@/map/map-commands';
import { useAppData, useAppStore } from '@/state/store-context';
import type { Enterprise, Industry, Target } from '@/data/schema';
import { countyFeatureId } from '@/data/county-id';

/** What the links and chips of the detail panel do: select and frame a site, or filter the map. */
export function useDetailActions() {
  const commands = useMapCommands();
  const setFilter = useAppStore((state) => state.setFilter);
  const data = useAppData();
  const selectFeature = commands.showFeature;
  return {
    selectFeature,
    filterIndustry: (industry: Industry) => setFilter({ kind: 'industry', id: industry.id }),
    selectEnterprise: (enterprise: Enterprise) => {
      const target =
        enterprise.featureId ??
        (enterprise.countyCode ? countyFeatureId(enterprise.countyCode) : null);
      if (target) selectFeature(target);
    },
    selectTargetScope: (target: Target) => {
      const { kind, id } = target.scope;
      if (kind === 'feature') selectFeature(id);
      else if (kind === 'county' && data.countyByCode.has(id)) selectFeature(countyFeatureId(id));
      else if (kind === 'industry') setFilter({ kind: 'industry', id });
    },
  };
}
