import path from 'node:path';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { downloadFrom, popupFrom } from './browser-events';
import { revealHeaderTools } from './header-tools';

/** The planner panel: importing own layers, drawing candidate sites, replacing plan shapes. */
export class PlannerPage {
  readonly openButton: Locator;
  readonly panel: Locator;
  readonly importStatus: Locator;
  readonly importProblems: Locator;
  /** The notes on an accepted file. */
  readonly importWarnings: Locator;
  /** The imported layers listed in the panel. */
  readonly layers: Locator;
  /** The features of the unfolded layer. */
  readonly layerFeatures: Locator;
  /** The card of the feature picked from a layer. */
  readonly featureCard: Locator;
  readonly candidateDetail: Locator;
  /** The area of the open candidate site, as text. */
  readonly candidateArea: Locator;
  readonly candidateList: Locator;
  readonly replaceStatus: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByTestId('planner-open');
    this.panel = page.getByTestId('planner-panel');
    this.importStatus = page.getByTestId('import-status');
    this.importProblems = page.getByTestId('import-problems');
    this.importWarnings = page.getByTestId('import-warnings');
    this.layers = page.getByTestId('user-layer');
    this.layerFeatures = page.getByTestId('user-layer-features');
    this.featureCard = page.getByTestId('user-feature-card');
    this.candidateDetail = page.getByTestId('candidate-detail');
    this.candidateArea = this.candidateDetail.getByTestId('area-text');
    this.candidateList = page.getByTestId('candidate-list');
    this.replaceStatus = page.getByTestId('replace-status');
  }

  async open(): Promise<void> {
    await revealHeaderTools(this.page);
    await this.openButton.click();
    await expect(this.panel).toBeVisible();
  }

  /** Imports a file from tests/fixtures/import. */
  async importFixture(name: string): Promise<void> {
    await this.page
      .getByTestId('import-input')
      .setInputFiles(path.resolve('tests/fixtures/import', name));
  }

  /** Imports a file made by the test. */
  async importFile(name: string, bytes: Uint8Array): Promise<void> {
    await this.page
      .getByTestId('import-input')
      .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  }

  async removeFirstLayer(): Promise<void> {
    await this.page.getByTestId('user-layer-remove').first().click();
  }

  /** Unfolds the first layer's list of features. */
  async unfoldFirstLayer(): Promise<void> {
    await this.layers.getByRole('button').first().click();
  }

  /** Picks the first feature of the unfolded layer. */
  async pickFirstFeature(): Promise<void> {
    await this.layerFeatures.getByRole('button').first().click();
  }

  async showCandidates(): Promise<void> {
    await this.page.getByTestId('planner-tab-candidates').click();
  }

  /** Starts drawing a candidate site; the map then takes its corners as clicks. */
  async startDrawingCandidate(): Promise<void> {
    await this.page.getByTestId('candidate-draw').click();
  }

  async finishSketch(): Promise<void> {
    await this.page.getByTestId('sketch-finish').click();
  }

  async saveCandidate(name: string): Promise<void> {
    await this.page.getByTestId('candidate-name').fill(name);
    await this.page.getByTestId('candidate-save').click();
  }

  /** Opens the open candidate's dossier, which comes up in a new window. */
  openCandidateDossier(): Promise<Page> {
    return popupFrom(this.page, this.page.getByTestId('candidate-dossier'));
  }

  async compareCandidate(): Promise<void> {
    await this.page.getByTestId('candidate-compare').click();
  }

  /** Unfolds "replace a plan shape" and picks the plan feature to replace. */
  async chooseShapeToReplace(featureId: string): Promise<void> {
    await this.page.getByTestId('replace-geometry').locator('summary').click();
    await this.page.getByTestId('replace-target').selectOption(featureId);
  }

  /** Downloads the corrected layer file. */
  exportReplacedLayer(): Promise<Download> {
    return downloadFrom(this.page, this.page.getByTestId('replace-export'));
  }
}
