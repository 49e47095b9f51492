import type { Download, Locator, Page } from '@playwright/test';
import { downloadFrom } from './browser-events';
import { revealHeaderTools } from './header-tools';

/** The tours panel: making, editing, exporting, importing and playing one's own tours. */
export class ToursPage {
  readonly captionEditors: Locator;
  readonly saveStatus: Locator;
  readonly myTours: Locator;
  readonly importProblems: Locator;

  constructor(readonly page: Page) {
    this.captionEditors = page.getByTestId('tour-caption-zh');
    this.saveStatus = page.getByTestId('tour-save-status');
    this.myTours = page.getByTestId('my-tour');
    this.importProblems = page.getByTestId('tour-import-problems');
  }

  async open(): Promise<void> {
    await revealHeaderTools(this.page);
    await this.page.getByTestId('tours-open').click();
  }

  async newTour(): Promise<void> {
    await this.page.getByTestId('tour-new').click();
  }

  async addStep(): Promise<void> {
    await this.page.getByTestId('tour-add-step').click();
  }

  /** Writes the Chinese caption of a step (0-based). */
  async writeCaption(stepIndex: number, caption: string): Promise<void> {
    await this.captionEditors.nth(stepIndex).fill(caption);
  }

  /** Moves a step (0-based) one place up. */
  async moveStepUp(stepIndex: number): Promise<void> {
    await this.page.getByTestId('tour-step-up').nth(stepIndex).click();
  }

  /** Opens the (only) own tour in the editor. */
  async edit(): Promise<void> {
    await this.page.getByTestId('tour-edit').click();
  }

  /** Downloads the tour in the editor as a JSON file. */
  exportTour(): Promise<Download> {
    return downloadFrom(this.page, this.page.getByTestId('tour-export'));
  }

  async importFile(file: string): Promise<void> {
    await this.page.getByTestId('tour-import').setInputFiles(file);
  }

  async play(tourId: string): Promise<void> {
    await this.page.getByTestId(`tour-play-${tourId}`).click();
  }
}
