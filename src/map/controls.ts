/**
 * The map's own buttons beside the zoom control: full screen (the map with
 * its panels, not the bare canvas) and "my location". Labels come from the
 * app (setLabels), so they follow the language.
 */
import { Marker, type IControl, type Map as MapLibreMap } from 'maplibre-gl';
import type { MapControlLabels } from './map-api';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A 20 px icon drawn from one path of our own. */
function icon(pathData: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', pathData);
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '2');
  svg.append(path);
  return svg;
}

function groupWith(button: HTMLButtonElement): HTMLDivElement {
  const group = document.createElement('div');
  group.className = 'maplibregl-ctrl maplibregl-ctrl-group map-control';
  group.append(button);
  return group;
}

function controlButton(testId: string, pathData: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'map-control__button';
  button.dataset.testid = testId;
  button.append(icon(pathData));
  return button;
}

/** Full screen for `target` (the map and its panels); the button shows and switches the state. */
export class FullscreenToggle implements IControl {
  private readonly button = controlButton(
    'map-fullscreen',
    'M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5',
  );
  private readonly group = groupWith(this.button);
  private labels: Pick<MapControlLabels, 'fullscreen' | 'exitFullscreen'> | null = null;

  constructor(private readonly target: HTMLElement) {
    this.button.addEventListener('click', this.toggle);
  }

  onAdd(): HTMLElement {
    // No Fullscreen API (some embedded browsers): no button.
    if (typeof this.target.requestFullscreen !== 'function') this.group.hidden = true;
    document.addEventListener('fullscreenchange', this.update);
    this.update();
    return this.group;
  }

  onRemove(): void {
    document.removeEventListener('fullscreenchange', this.update);
    this.group.remove();
  }

  setLabels(labels: Pick<MapControlLabels, 'fullscreen' | 'exitFullscreen'>): void {
    this.labels = labels;
    this.update();
  }

  private readonly toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void this.target.requestFullscreen().catch(() => undefined);
  };

  private readonly update = () => {
    const isOn = document.fullscreenElement === this.target;
    this.button.setAttribute('aria-pressed', String(isOn));
    if (!this.labels) return;
    const label = isOn ? this.labels.exitFullscreen : this.labels.fullscreen;
    this.button.title = label;
    this.button.setAttribute('aria-label', label);
  };
}

/** Zoom the map is brought to (at least) on the user's position. */
const LOCATE_ZOOM = 13;

/**
 * "My location": asks the browser for the position, marks it and flies there.
 * The position stays in this page (a marker on the map); nothing sends it
 * anywhere. Shown only where geolocation exists and is not denied.
 */
export class LocateControl implements IControl {
  private readonly button = controlButton(
    'map-locate',
    'M10 2v3M10 15v3M2 10h3M15 10h3M10 6a4 4 0 1 0 0 8a4 4 0 1 0 0-8',
  );
  private readonly group = groupWith(this.button);
  private map: MapLibreMap | null = null;
  private marker: Marker | null = null;
  private permission: PermissionStatus | null = null;
  private labels: Pick<MapControlLabels, 'locate' | 'locateFailed'> | null = null;
  private removed = false;

  constructor() {
    this.button.addEventListener('click', this.locate);
  }

  onAdd(map: MapLibreMap): HTMLElement {
    this.map = map;
    this.group.hidden = true;
    if (typeof navigator !== 'undefined' && navigator.geolocation) void this.watchPermission();
    return this.group;
  }

  onRemove(): void {
    this.removed = true;
    if (this.permission) this.permission.onchange = null;
    this.marker?.remove();
    this.group.remove();
    this.map = null;
  }

  setLabels(labels: Pick<MapControlLabels, 'locate' | 'locateFailed'>): void {
    this.labels = labels;
    this.button.title = labels.locate;
    this.button.setAttribute('aria-label', labels.locate);
    this.marker?.getElement().setAttribute('aria-label', labels.locate);
  }

  /** Shown unless the Permissions API says 'denied' (no API: shown, the browser will ask). */
  private async watchPermission(): Promise<void> {
    if (!navigator.permissions?.query) {
      this.group.hidden = false;
      return;
    }
    try {
      const status = await navigator.permissions.query({ name: 'geolocation' });
      if (this.removed) return;
      this.permission = status;
      const show = () => {
        this.group.hidden = status.state === 'denied';
      };
      status.onchange = show;
      show();
    } catch {
      this.group.hidden = false;
    }
  }

  private readonly locate = () => {
    this.button.removeAttribute('data-failed');
    if (this.labels) this.button.title = this.labels.locate;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const map = this.map;
        if (!map) return;
        const lngLat: [number, number] = [position.coords.longitude, position.coords.latitude];
        if (!this.marker) {
          const element = document.createElement('div');
          element.className = 'my-location-marker';
          element.dataset.testid = 'my-location-marker';
          element.setAttribute('role', 'img');
          if (this.labels) element.setAttribute('aria-label', this.labels.locate);
          this.marker = new Marker({ element });
        }
        this.marker.setLngLat(lngLat).addTo(map);
        map.flyTo({ center: lngLat, zoom: Math.max(map.getZoom(), LOCATE_ZOOM), essential: false });
      },
      () => {
        this.button.setAttribute('data-failed', 'true');
        if (this.labels) this.button.title = `${this.labels.locate} — ${this.labels.locateFailed}`;
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };
}
