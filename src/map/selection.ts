/**
 * What the map shows as hovered, selected and dimmed. All of it is
 * feature-state on the drawn features, so neither a pointer move nor a filter
 * sends data to the worker again.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { SOURCE } from './ids';
import type { FeatureRef } from './map-api';

export class FeatureSelection {
  private hovered: FeatureRef | null = null;
  private selected: FeatureRef | null = null;
  private dimmedIds = new Set<string>();
  /** Ids of the user's own features (drawn from SOURCE.userFeatures). */
  private userFeatureIds = new Set<string>();

  /** `shapeIds`: the selectable features, all in the shapes source. */
  constructor(
    private readonly map: MapLibreMap,
    private readonly shapeIds: ReadonlySet<string>,
  ) {}

  /** The feature under a moving pointer (null: none); the cursor says whether a click would pick it. */
  hover(ref: FeatureRef | null): void {
    if (ref?.id === this.hovered?.id) return;
    this.setHovered(ref);
    this.map.getCanvas().style.cursor = ref ? 'pointer' : '';
  }

  /** Drops the hover highlight and leaves the cursor alone (the pointer left, or drawing owns it). */
  clearHover(): void {
    this.setHovered(null);
  }

  select(id: string | null): void {
    if (this.selected) this.setState(this.selected, { selected: false });
    this.selected = id ? this.refOf(id) : null;
    if (this.selected) this.setState(this.selected, { selected: true });
  }

  /** Fades every feature not in `activeIds`; null clears the filter. */
  setFilteredFeatures(activeIds: ReadonlySet<string> | null): void {
    const next = new Set<string>();
    if (activeIds) {
      for (const id of this.shapeIds) if (!activeIds.has(id)) next.add(id);
    }
    for (const id of this.dimmedIds) if (!next.has(id)) this.setStateOf(id, { dimmed: false });
    for (const id of next) if (!this.dimmedIds.has(id)) this.setStateOf(id, { dimmed: true });
    this.dimmedIds = next;
  }

  /**
   * The user's features were drawn anew: their ids now resolve to the user
   * source, and a selected one is marked again if it is still there.
   */
  setUserFeatureIds(ids: Set<string>): void {
    this.userFeatureIds = ids;
    if (this.selected?.source === SOURCE.userFeatures) {
      const id = this.selected.id;
      this.selected = null;
      if (this.userFeatureIds.has(id)) this.select(id);
    }
  }

  featureState(id: string): Record<string, unknown> {
    const ref = this.refOf(id);
    return ref ? this.map.getFeatureState(ref) : {};
  }

  private setHovered(ref: FeatureRef | null): void {
    if (this.hovered) this.setState(this.hovered, { hover: false });
    this.hovered = ref;
    if (ref) this.setState(ref, { hover: true });
  }

  private setState(ref: FeatureRef, state: Record<string, boolean>): void {
    if (this.map.getSource(ref.source)) this.map.setFeatureState(ref, state);
  }

  private setStateOf(id: string, state: Record<string, boolean>): void {
    const ref = this.refOf(id);
    if (ref) this.setState(ref, state);
  }

  private refOf(id: string): FeatureRef | null {
    if (this.userFeatureIds.has(id)) return { source: SOURCE.userFeatures, id };
    return this.shapeIds.has(id) ? { source: SOURCE.shapes, id } : null;
  }
}
