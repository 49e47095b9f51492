import { expect, type Locator, type Page } from '@playwright/test';
import { type Camera, MapPage } from './map-page';

/** What the player needs of a tour file: its id and each step's caption. */
export interface TourSteps {
  id: string;
  steps: Array<{ caption: { zh: string } }>;
}

/** A tour being presented over the map: its step, caption, figures, black screen and print view. */
export class TourPlayerPage {
  readonly player: Locator;
  readonly stepCounter: Locator;
  readonly caption: Locator;
  readonly figures: Locator;
  readonly blackScreen: Locator;
  /** The notice that the presenter moved the map away from the step. */
  readonly offScript: Locator;
  /** The caption band at the bottom of the projector view. */
  readonly band: Locator;
  /** The print view's pages, one per step. */
  readonly printPages: Locator;

  constructor(
    readonly page: Page,
    private readonly mapPage: MapPage,
  ) {
    this.player = page.getByTestId('tour-player');
    this.stepCounter = page.getByTestId('tour-step-counter');
    this.caption = page.getByTestId('tour-caption');
    this.figures = page.getByTestId('tour-figure');
    this.blackScreen = page.getByTestId('tour-black');
    this.offScript = page.getByTestId('tour-off-script');
    this.printPages = page.getByTestId('tour-print-page');
    this.band = page.getByTestId('tour-band');
  }

  /** Opens a tour at a step (1-based) by its deep link and waits for the map. */
  async open(tourId: string, step: number): Promise<void> {
    await this.mapPage.open({ tour: tourId, step });
  }

  /** Waits for the step counter, the caption and a settled camera; returns the camera. */
  async expectStep(tour: TourSteps, step: number): Promise<Camera> {
    await expect(this.stepCounter).toHaveText(`${step} / ${tour.steps.length}`);
    await expect(this.caption).toHaveText(tour.steps[step - 1]!.caption.zh);
    await expect(this.page).toHaveURL(new RegExp(`tour=${tour.id}&step=${step}`));
    // Camera moves take about a second; wait until the map has arrived.
    await this.page.waitForTimeout(200);
    await this.mapPage.waitForSettled();
    return this.mapPage.camera();
  }

  /** Opens the print view of the tour. */
  async print(): Promise<void> {
    await this.page.getByTestId('tour-print').click();
  }
}
