import type { Locator, Page } from '@playwright/test';
import { revealHeaderTools } from './header-tools';

/** The layer panel, with the basemap choice. */
export class LayerPanelPage {
  readonly panel: Locator;
  readonly basemapSelect: Locator;
  /** The basemaps on offer (not the entry that asks for a Tianditu key). */
  readonly basemaps: Locator;
  /** The "features in view" list: one button per feature the map shows. */
  readonly featuresInView: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('layer-panel');
    this.basemapSelect = page.getByTestId('basemap-select');
    this.basemaps = this.basemapSelect.locator('option:not([value="tianditu-key"])');
    this.featuresInView = page.getByTestId('features-in-view-item');
  }

  /** The list entry of one feature. */
  featureInView(featureId: string): Locator {
    return this.page.locator(
      `[data-testid="features-in-view-item"][data-feature-id="${featureId}"]`,
    );
  }

  /** Picks a basemap by its value ('none', 'osm', …). */
  async chooseBasemap(value: string): Promise<void> {
    await revealHeaderTools(this.page);
    await this.basemapSelect.selectOption(value);
  }

  /** Enters and saves a Tianditu key through the basemap menu. */
  async saveTiandituKey(key: string): Promise<void> {
    await revealHeaderTools(this.page);
    await this.basemapSelect.selectOption('tianditu-key');
    await this.page.getByPlaceholder(/天地图/).fill(key);
    await this.page.getByRole('button', { name: '保存' }).click();
  }
}
