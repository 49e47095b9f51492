import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { revealHeaderTools } from './pages/header-tools';
import type { MapPage } from './pages/map-page';

/**
 * The accessibility audit: axe-core over every main view in both languages,
 * failing on any serious or critical violation and printing each one with the
 * elements it was found on.
 */

type Language = 'zh' | 'en';

interface ViewContext {
  page: Page;
  mapPage: MapPage;
  language: Language;
}

interface View {
  name: string;
  /** Brings the view on screen; resolves once it is ready to be audited. */
  open: (context: ViewContext) => Promise<void>;
}

const VIEWS: View[] = [
  {
    name: 'default map with its panels',
    open: async ({ mapPage, language }) => {
      await mapPage.open({ lang: language });
    },
  },
  {
    name: 'detail panel of a platform',
    open: async ({ page, mapPage, language }) => {
      await mapPage.open({ select: 'liandu-core-bihu', lang: language });
      await expect(page.getByTestId('detail-panel')).toBeVisible();
    },
  },
  {
    name: 'detail panel of a county',
    open: async ({ page, mapPage, language }) => {
      await mapPage.open({ select: 'county-331126', lang: language });
      await expect(page.getByTestId('detail-panel')).toBeVisible();
    },
  },
  {
    name: 'search with results',
    open: async ({ page, mapPage, language }) => {
      await mapPage.open({ lang: language });
      await page.getByTestId('search-input').fill(language === 'zh' ? '缙云' : 'jinyun');
      await expect(page.getByTestId('search-result').first()).toBeVisible();
    },
  },
  {
    name: 'targets table',
    open: async ({ page, mapPage, language }) => {
      await mapPage.open({ lang: language });
      await revealHeaderTools(page);
      await page.getByTestId('targets-open').click();
      await expect(page.getByTestId('targets-view')).toBeVisible();
    },
  },
  {
    name: 'tours panel',
    open: async ({ page, mapPage, language }) => {
      await mapPage.open({ lang: language });
      await revealHeaderTools(page);
      await page.getByTestId('tours-open').click();
      await expect(page.getByTestId('tours-panel')).toBeVisible();
    },
  },
  {
    name: 'projector mode with a tour playing',
    open: async ({ page, mapPage, language }) => {
      await mapPage.open({ tour: 'city-corridor', step: 2, lang: language });
      await expect(page.getByTestId('tour-player')).toBeVisible();
      await expect(page.getByTestId('tour-caption')).not.toBeEmpty();
    },
  },
  {
    name: 'planner tools',
    open: async ({ page, mapPage, language }) => {
      await mapPage.open({ lang: language });
      await revealHeaderTools(page);
      await page.getByTestId('planner-open').click();
      await expect(page.getByTestId('planner-panel')).toBeVisible();
    },
  },
  {
    name: 'dossier',
    open: async ({ page, language }) => {
      await page.goto(`/?dossier=jinyun-core&lang=${language}`);
      await expect(page.getByTestId('dossier-page')).toHaveAttribute('data-fitted', 'true');
    },
  },
  {
    name: 'compare',
    open: async ({ page, language }) => {
      await page.goto(`/?compare=liandu-core-central,liandu-core-bihu&lang=${language}`);
      await expect(page.getByTestId('compare-site')).toHaveCount(2);
    },
  },
  {
    name: 'chain view',
    open: async ({ page, mapPage, language }) => {
      await mapPage.open({ lang: language });
      await revealHeaderTools(page);
      await page.getByTestId('chains-open').click();
      await expect(page.getByTestId('chain-view')).toBeVisible();
    },
  },
];

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** One violation per paragraph: rule, impact, what it asks, and each element with why. */
function describe(violations: AxeViolation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 8)
        .map(
          (node) =>
            `    - ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      const more = violation.nodes.length > 8 ? `\n    … ${violation.nodes.length - 8} more` : '';
      return `[${violation.impact}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes}${more}`;
    })
    .join('\n\n');
}

for (const language of ['zh', 'en'] as const) {
  for (const view of VIEWS) {
    test(`${view.name} (${language}) has no serious or critical accessibility violations`, async ({
      page,
      mapPage,
    }) => {
      // axe walks every node and colour: the targets table alone has hundreds of cells.
      test.setTimeout(240_000);
      await view.open({ page, mapPage, language });
      // Transitions (panel slides, colour fades) end before the colours are judged.
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
          }),
      );
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        // The MapLibre canvas is a picture of the map: its features are reached through
        // the "features in view" list, and axe cannot judge the colours drawn inside it.
        .exclude('.maplibregl-canvas')
        .analyze();
      const blocking = results.violations.filter(
        (violation) => violation.impact === 'serious' || violation.impact === 'critical',
      );
      // Compared as text, so a failure prints each violation readably.
      expect(describe(blocking)).toBe('');
    });
  }
}
