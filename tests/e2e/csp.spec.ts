import { keepScreenshot } from './artifacts';
import { expect, test } from './fixtures';
import { revealHeaderTools } from './pages/header-tools';

/** A GeoJSON whose names and properties carry markup that would run if it were ever parsed as HTML. */
function hostileGeojson(): Uint8Array {
  const featureCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {
          name: '<img src=x onerror="window.__pwned=1">',
          note: '<script>window.__pwned=1</script>',
        },
        geometry: { type: 'Point', coordinates: [119.92, 28.45] },
      },
    ],
  };
  return new TextEncoder().encode(JSON.stringify(featureCollection));
}

const pwned = () => (window as unknown as { __pwned?: number }).__pwned;

test('serves the app with a Content-Security-Policy that allows no inline script', async ({
  page,
}) => {
  const response = await page.goto('/');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe-eval');
});

test('shows markup smuggled in through an imported file as text, and nothing in it runs', async ({
  page,
  mapPage,
  planner,
}) => {
  await mapPage.open();
  await planner.open();
  await planner.importFile('smuggled.geojson', hostileGeojson());
  await expect(planner.layers).toHaveCount(1);
  await planner.unfoldFirstLayer();
  await expect(planner.layerFeatures).toContainText('<img src=x onerror="window.__pwned=1">');
  await planner.pickFirstFeature();
  await expect(planner.featureCard).toContainText('<script>window.__pwned=1</script>');
  await mapPage.waitForSettled();
  await keepScreenshot(page, 'csp-smuggled-markup');
  expect(await page.evaluate(pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

test('blocks an inline script and an event-handler attribute injected into the page', async ({
  page,
  mapPage,
  cspViolations,
}) => {
  await mapPage.open();
  const blocked = await page.evaluate(async () => {
    const directives: string[] = [];
    const twoViolations = new Promise<void>((resolve) => {
      document.addEventListener('securitypolicyviolation', (event) => {
        directives.push(event.effectiveDirective);
        if (directives.length === 2) resolve();
      });
    });
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = 1;';
    document.body.append(script);
    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.__pwned = 2;');
    image.src = 'data:image/png;base64,broken';
    document.body.append(image);
    await twoViolations;
    return directives.sort();
  });
  // Inline <script> falls under script-src-elem, an on* attribute under script-src-attr.
  expect(blocked).toEqual(['script-src-attr', 'script-src-elem']);
  expect(await page.evaluate(pwned)).toBeUndefined();
  // These violations were the point of the test; any other would still fail it.
  const reports = cspViolations.take();
  expect(reports.some((report) => report.startsWith('script-src-elem'))).toBe(true);
  expect(reports.some((report) => report.startsWith('script-src-attr'))).toBe(true);
});

test('draws the targets chart and its tooltip under the policy', async ({ page, mapPage }) => {
  await mapPage.open();
  await revealHeaderTools(page);
  await page.getByTestId('targets-open').click();
  const chart = page.getByTestId('targets-chart');
  await expect(chart.locator('svg')).toBeVisible();
  const box = (await chart.boundingBox())!;
  // Over the first bars: echarts writes the tooltip as markup with style attributes.
  await page.mouse.move(box.x + box.width / 2, box.y + 60);
  await page.mouse.move(box.x + box.width / 2 + 4, box.y + 64);
  await expect(chart.locator('div', { hasText: '基期值' }).last()).toBeVisible();
  await keepScreenshot(page, 'csp-targets-tooltip');
});
