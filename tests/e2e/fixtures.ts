import { test as base, expect } from '@playwright/test';
import { ChainPage } from './pages/chain-page';
import { ComparePage } from './pages/compare-page';
import { DetailPage } from './pages/detail-page';
import { DossierPage } from './pages/dossier-page';
import { FilterBarPage } from './pages/filter-bar-page';
import { HeaderPage } from './pages/header-page';
import { LayerPanelPage } from './pages/layer-panel-page';
import { MapPage } from './pages/map-page';
import { PlannerPage } from './pages/planner-page';
import { SearchPage } from './pages/search-page';
import { SiteTrayPage } from './pages/site-tray-page';
import { TourPlayerPage } from './pages/tour-player-page';
import { ToursPage } from './pages/tours-page';

interface Fixtures {
  externalRequests: string[];
  cspViolations: CspViolations;
  mapPage: MapPage;
  header: HeaderPage;
  layerPanel: LayerPanelPage;
  search: SearchPage;
  detail: DetailPage;
  filterBar: FilterBarPage;
  siteTray: SiteTrayPage;
  planner: PlannerPage;
  tours: ToursPage;
  tourPlayer: TourPlayerPage;
  dossier: DossierPage;
  compare: ComparePage;
  chains: ChainPage;
}

/**
 * What the Content-Security-Policy blocked during a test, from the pages'
 * `securitypolicyviolation` events and the browser's console reports (which
 * also cover workers). A test that provokes violations on purpose takes them.
 */
export class CspViolations {
  private readonly reports: string[] = [];

  add(report: string): void {
    this.reports.push(report);
  }

  /** The reports so far, removed from what the test is checked against at its end. */
  take(): string[] {
    return this.reports.splice(0, this.reports.length);
  }

  list(): readonly string[] {
    return this.reports;
  }
}

/** Console text Chromium logs when the Content-Security-Policy blocks something. */
const CSP_CONSOLE = /Content Security Policy|Content-Security-Policy/i;

/**
 * Every test runs offline: requests that leave localhost are counted and aborted unless a test routes them.
 * The page objects (tests/e2e/pages/) come as fixtures, each on the test's page.
 */
export const test = base.extend<Fixtures>({
  externalRequests: async ({ page }, use) => {
    const external: string[] = [];
    await page.route(
      /^(?!https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/)(https?|wss?):\/\//,
      (route) => {
        external.push(route.request().url());
        return route.abort('internetdisconnected');
      },
    );
    await use(external);
  },
  // Every journey fails on a Content-Security-Policy violation, so a change that needs a
  // looser policy is seen where it is made.
  cspViolations: [
    async ({ context }, use) => {
      const violations = new CspViolations();
      await context.exposeBinding('__reportCspViolation', (_source, report: string) =>
        violations.add(report),
      );
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const where = event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : '';
          const report = `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${where}: ${event.sample}`;
          (
            window as unknown as { __reportCspViolation: (text: string) => void }
          ).__reportCspViolation(report);
        });
      });
      context.on('console', (message) => {
        if (message.type() === 'error' && CSP_CONSOLE.test(message.text()))
          violations.add(`console: ${message.text()}`);
      });
      await use(violations);
      expect(violations.list(), 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  mapPage: async ({ page }, use) => use(new MapPage(page)),
  header: async ({ page }, use) => use(new HeaderPage(page)),
  layerPanel: async ({ page }, use) => use(new LayerPanelPage(page)),
  search: async ({ page }, use) => use(new SearchPage(page)),
  detail: async ({ page }, use) => use(new DetailPage(page)),
  filterBar: async ({ page }, use) => use(new FilterBarPage(page)),
  siteTray: async ({ page }, use) => use(new SiteTrayPage(page)),
  planner: async ({ page }, use) => use(new PlannerPage(page)),
  tours: async ({ page }, use) => use(new ToursPage(page)),
  tourPlayer: async ({ page, mapPage }, use) => use(new TourPlayerPage(page, mapPage)),
  dossier: async ({ page }, use) => use(new DossierPage(page)),
  compare: async ({ page }, use) => use(new ComparePage(page)),
  chains: async ({ page }, use) => use(new ChainPage(page)),
});
export { expect };
