/**
 * Sub-areas lie inside what contains them. For a feature with a parentId
 * where both it and its parent are drawn as polygons:
 *
 * - at least PARENT_CONTAINMENT (90 %) of the child's area lies inside the
 *   parent (rule "outside-parent");
 * - the children of one kind (the blocks of a zone, the towns of a core, the
 *   platforms of a new town) add up to no more than the parent's area, within
 *   SIBLING_AREA_TOLERANCE for rounding (rule "sibling-area"). Kinds are
 *   summed apart because they are different layers of the same ground: a
 *   platform lies inside a block, so a zone's blocks and platforms overlap by
 *   design, while blocks of one zone divide it.
 *
 * Areas are turf's geodesic areas, in hectares.
 */
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { areaHa, areaInsideHa } from './area-rules';
import { makeIssue, type Issue } from './issue';
import type { LocatedFeature, LocatedGeodata } from './located';

/** Share of a child's area that must lie inside its parent. */
export const PARENT_CONTAINMENT = 0.9;
/** Allowed excess of the siblings' summed area over the parent's (rounding of vertices, clipping). */
export const SIBLING_AREA_TOLERANCE = 0.005;

type AreaGeometry = Polygon | MultiPolygon;

const isAreaGeometry = (geometry: Geometry | null): geometry is AreaGeometry =>
  geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';

const percent = (share: number): string => `${(share * 100).toFixed(0)} %`;

export function checkParents(geodata: LocatedGeodata): Issue[] {
  const byId = new Map(geodata.features.map((feature) => [feature.value.id, feature]));
  const issues: Issue[] = [];
  /** Parent id → kind → drawn children. */
  const children = new Map<string, Map<string, { feature: LocatedFeature; area: number }[]>>();

  for (const feature of geodata.features) {
    const parentId = feature.value.parentId;
    if (!parentId || !isAreaGeometry(feature.geometry)) continue;
    const parent = byId.get(parentId);
    if (!parent || !isAreaGeometry(parent.geometry)) continue;
    const area = areaHa(feature.geometry);
    if (area <= 0) continue;
    const share = areaInsideHa(feature.geometry, parent.geometry) / area;
    if (share < PARENT_CONTAINMENT) {
      issues.push(
        makeIssue(
          'outside-parent',
          feature,
          'geometry',
          `only ${percent(share)} of its ${area.toFixed(1)} ha lies inside its parent "${parentId}"; expected at least ${percent(PARENT_CONTAINMENT)}`,
        ),
      );
    }
    const byKind = children.get(parentId) ?? new Map();
    const siblings = byKind.get(feature.value.kind) ?? [];
    siblings.push({ feature, area });
    byKind.set(feature.value.kind, siblings);
    children.set(parentId, byKind);
  }

  for (const [parentId, byKind] of children) {
    const parent = byId.get(parentId)!;
    const parentArea = areaHa(parent.geometry!);
    for (const [kind, siblings] of byKind) {
      if (siblings.length < 2) continue;
      const sum = siblings.reduce((total, sibling) => total + sibling.area, 0);
      if (sum <= parentArea * (1 + SIBLING_AREA_TOLERANCE)) continue;
      const excess = sum - parentArea;
      issues.push(
        makeIssue(
          'sibling-area',
          parent,
          'geometry',
          `its ${siblings.length} children of kind "${kind}" (${siblings.map((sibling) => sibling.feature.value.id).join(', ')}) add up to ${sum.toFixed(1)} ha, ${excess.toFixed(1)} ha (${percent(excess / parentArea)}) more than its own ${parentArea.toFixed(1)} ha; expected at most its area`,
        ),
      );
    }
  }
  return issues;
}
