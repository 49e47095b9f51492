import type { BrowserContext, Locator, Page } from '@playwright/test';
import { appUrl } from './app-url';

/** The presenter view of a tour, in its own window: counter, captions, notes and buttons. */
export class PresenterPage {
  readonly counter: Locator;
  readonly caption: Locator;
  /** The caption of the step that comes next. */
  readonly upcomingCaption: Locator;
  readonly notes: Locator;
  /** The planned time of the step, time left, and ahead/behind. */
  readonly schedule: Locator;
  readonly pace: Locator;

  constructor(readonly page: Page) {
    this.counter = page.getByTestId('presenter-counter');
    this.caption = page.getByTestId('presenter-caption');
    this.upcomingCaption = page.getByTestId('presenter-next');
    this.notes = page.getByTestId('presenter-notes');
    this.schedule = page.getByTestId('presenter-schedule');
    this.pace = page.getByTestId('presenter-pace');
  }

  /**
   * Opens the presenter view of a tour in a new window of the same browser;
   * with `fakeClock` its clock can be moved on by `page.clock`.
   */
  static async open(
    context: BrowserContext,
    tourId: string,
    { fakeClock = false } = {},
  ): Promise<PresenterPage> {
    const presenter = new PresenterPage(await context.newPage());
    if (fakeClock) await presenter.page.clock.install();
    await presenter.page.goto(appUrl({ presenter: tourId }));
    return presenter;
  }

  async next(): Promise<void> {
    await this.page.getByTestId('presenter-next-button').click();
  }

  async previous(): Promise<void> {
    await this.page.getByTestId('presenter-previous').click();
  }
}
