import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { centroid, distance } from '@turf/turf';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  expect,
  keepScreenshot,
  pictureContent,
  SCREENSHOT_DIR,
  test,
  waitForMapIdle,
} from './fixtures';

const OUTPUT_DIR = path.resolve('tests/output/dossiers');

interface LayerFile {
  features: Array<{ properties: { id: string }; geometry: GeoJSON.Geometry | null }>;
}
function featureGeometry(layer: string, id: string): GeoJSON.Geometry {
  const file = JSON.parse(readFileSync(`geodata/layers/${layer}.geojson`, 'utf8')) as LayerFile;
  const geometry = file.features.find((feature) => feature.properties.id === id)?.geometry;
  if (!geometry) throw new Error(`no geometry for ${id}`);
  return geometry;
}

/** Prints the page to PDF, checks it is one A4 page, rasterises page 1 and decodes its QR code. */
async function printAndDecode(page: import('@playwright/test').Page, name: string) {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const pdfFile = path.join(OUTPUT_DIR, `${name}.pdf`);
  writeFileSync(pdfFile, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  const prefix = path.join(SCREENSHOT_DIR, name);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '150',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdfFile,
    prefix,
  ]);
  const png = PNG.sync.read(readFileSync(`${prefix}.png`));
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  return {
    pages,
    widthPts: Number(size?.[1]),
    heightPts: Number(size?.[2]),
    qr: decoded?.data ?? null,
  };
}

for (const { id, language } of [
  { id: 'jinyun-core', language: 'zh' },
  { id: 'jinyun-core', language: 'en' },
  { id: 'county-331102', language: 'zh' },
  { id: 'county-331024', language: 'en' },
  { id: 'liandu-block-baiqiao', language: 'en' },
  { id: 'enclave-jinyun-shanghai', language: 'zh' },
]) {
  test(`prints a one-page ${language} dossier for ${id} whose QR code opens the site`, async ({
    page,
    baseURL,
    externalRequests,
  }) => {
    await page.goto(`/?dossier=${id}&lang=${language}`);
    const sheet = page.getByTestId('dossier-page');
    await expect(sheet).toBeVisible();
    await expect(page.getByTestId('dossier-qr')).toBeVisible();
    await expect(page.getByTestId('site-map')).toBeVisible();
    await expect(page.getByTestId('dossier-name')).not.toBeEmpty();
    // Let the fit-to-page pass settle, then check nothing is cut off on screen.
    await expect(sheet).toHaveAttribute('data-fitted', 'true');
    await page.waitForTimeout(150);
    const overflow = await sheet.evaluate((element) => element.scrollHeight - element.clientHeight);
    expect(overflow).toBeLessThanOrEqual(1);
    // No empty sections: every section has text beyond its title.
    const emptySections = await page
      .locator('.dossier-section')
      .evaluateAll(
        (sections) =>
          sections.filter(
            (section) =>
              (section.textContent ?? '').trim().length <=
              (section.querySelector('h2')?.textContent ?? '').trim().length,
          ).length,
      );
    expect(emptySections).toBe(0);
    await expect(page.getByTestId('dossier-sources')).toContainText(
      language === 'zh' ? '行' : 'line',
    );
    await expect(page.getByTestId('dossier-as-of')).toContainText('2023-09');

    const result = await printAndDecode(page, `dossier-${id}-${language}`);
    expect(result.pages).toBe(1);
    // A4 portrait is 595 × 842 pt.
    expect(Math.round(result.widthPts)).toBe(595);
    expect(Math.round(result.heightPts)).toBe(842);
    expect(result.qr).toBe(`${baseURL}/?select=${id}&lang=${language}`);
    expect(externalRequests).toEqual([]);
  });
}

test('the dossier QR code opens the same site on the map', async ({ page }) => {
  await page.goto('/?dossier=jinyun-core&lang=en');
  await expect(page.getByTestId('dossier-qr')).toBeVisible();
  const name = await page.getByTestId('dossier-name').textContent();
  const { qr } = await printAndDecode(page, 'dossier-qr-roundtrip');
  expect(qr).not.toBeNull();
  await page.goto(qr!);
  await waitForMapIdle(page);
  await expect(page.getByTestId('detail-name')).toHaveText(name!);
});

test('a shortlist prints as one dossier page per site', async ({ page }) => {
  await page.goto('/?dossier=jinyun-core,liandu-core-central,county-331024&lang=zh');
  await expect(page.getByTestId('dossier-page')).toHaveCount(3);
  await expect(page.getByTestId('dossier-qr')).toHaveCount(3);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const pdfFile = path.join(OUTPUT_DIR, 'shortlist.pdf');
  writeFileSync(pdfFile, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
  expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(3);
});

test('compares two areas side by side with sourced figures', async ({ page }) => {
  await page.goto('/?compare=liandu-core-central,liandu-core-bihu&lang=zh');
  await expect(page.getByTestId('compare-page')).toBeVisible();
  await expect(page.getByTestId('compare-site')).toHaveCount(2);
  const expectedKm = distance(
    centroid(featureGeometry('liandu', 'liandu-core-central')),
    centroid(featureGeometry('liandu', 'liandu-core-bihu')),
    { units: 'kilometers' },
  );
  const formatted = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format(expectedKm);
  await expect(page.getByTestId('compare-pair')).toContainText(`${formatted} 千米`);
  await expect(page.getByTestId('compare-pair')).toContainText('Turf');
  await expect(page.getByTestId('compare-county').first()).toContainText('莲都区');
  await expect(page.getByTestId('compare-area').first()).toContainText('平方千米');
  await expect(page.getByTestId('compare-distance-axis').first()).toContainText('千米');
  // Shared industries are marked in both columns.
  const shared = page.locator('[data-testid="compare-industries"] [data-shared="true"]');
  expect(await shared.count()).toBeGreaterThanOrEqual(2);
  // Every plan figure names its source.
  await expect(page.getByTestId('compare-industries').first()).toContainText('行');
  await keepScreenshot(page, 'compare-liandu-cores');
});

test('detail panel: QR codes, enterprise codes, compare tray and a shareable shortlist', async ({
  page,
  baseURL,
}) => {
  await page.goto('/?select=county-331122&firm=ent-jinyun-jingrui');
  await waitForMapIdle(page);
  // The enterprise link opens its county with the firm highlighted and its code shown.
  const firm = page.locator(
    '[data-testid="enterprise-code"][data-enterprise-id="ent-jinyun-jingrui"]',
  );
  await expect(firm).toHaveClass(/is-highlighted/);
  await expect(firm.getByTestId('enterprise-qr-code')).toHaveAttribute(
    'data-qr-text',
    `${baseURL}/?select=county-331122&lang=zh&firm=ent-jinyun-jingrui`,
  );
  await expect(page.getByTestId('dossier-open')).toHaveAttribute(
    'href',
    `${baseURL}/?dossier=county-331122&lang=zh`,
  );
  await page.getByTestId('site-qr').locator('summary').click();
  await expect(page.getByTestId('site-qr-code')).toHaveAttribute(
    'data-qr-text',
    `${baseURL}/?select=county-331122&lang=zh`,
  );
  const download = page.waitForEvent('download');
  await page.getByTestId('site-qr').getByTestId('qr-download-png').click();
  expect((await download).suggestedFilename()).toBe('qr-county-331122.png');

  await page.getByTestId('compare-toggle').click();
  await page.getByTestId('shortlist-toggle').click();
  // The tray along the bottom leaves the enclave inset uncovered: the inset sits above it.
  const tray = (await page.getByTestId('site-tray').boundingBox())!;
  const inset = (await page.getByTestId('enclave-inset').boundingBox())!;
  expect(inset.y + inset.height).toBeLessThanOrEqual(tray.y);
  await keepScreenshot(page, 'dossier-detail-panel');
  // Another site without leaving the page: the search-free way is a contents link.
  await page.getByTestId('detail-contents').getByRole('button').first().click();
  await page.getByTestId('compare-toggle').click();
  await page.getByTestId('shortlist-toggle').click();
  await expect(page.getByTestId('compare-tray-item')).toHaveCount(2);
  // Two rows now: the inset still stands above the tray.
  const taller = (await page.getByTestId('site-tray').boundingBox())!;
  const raised = (await page.getByTestId('enclave-inset').boundingBox())!;
  expect(raised.y + raised.height).toBeLessThanOrEqual(taller.y);
  // And it leaves the open detail panel uncovered.
  const detail = (await page.getByTestId('detail-panel').boundingBox())!;
  expect(taller.x + taller.width).toBeLessThanOrEqual(detail.x);
  const compareHref = await page.getByTestId('compare-open').getAttribute('href');
  expect(compareHref).toMatch(/\?compare=county-331122,[a-z0-9-]+&lang=zh$/);
  const share = await page.getByTestId('shortlist-share').getAttribute('data-share-link');
  expect(share).toMatch(/\?shortlist=county-331122,[a-z0-9-]+&lang=zh$/);
  await keepScreenshot(page, 'dossier-tray');
  // On a narrower screen the tray keeps its width and the side panels end above it.
  const wide = page.viewportSize()!;
  await page.setViewportSize({ width: 1000, height: 760 });
  const clearOfTray = async (testId: string) => {
    const panel = (await page.getByTestId(testId).boundingBox())!;
    const bar = (await page.getByTestId('site-tray').boundingBox())!;
    const apart = bar.x + bar.width <= panel.x || panel.x + panel.width <= bar.x;
    return apart || panel.y + panel.height <= bar.y;
  };
  await expect.poll(() => clearOfTray('detail-panel')).toBe(true);
  await expect.poll(() => clearOfTray('layer-panel')).toBe(true);
  await keepScreenshot(page, 'dossier-tray-1000');
  await page.setViewportSize(wide);

  // The shortlist survives a reload (localStorage, versioned).
  await page.reload();
  await waitForMapIdle(page);
  await expect(page.getByTestId('shortlist-tray')).toContainText('2');

  // Cleared, the tray goes and the enclave inset comes back down to its place.
  const raisedInset = (await page.getByTestId('enclave-inset').boundingBox())!;
  await page.getByTestId('shortlist-tray').getByRole('button', { name: '清空候选' }).click();
  await expect(page.getByTestId('site-tray')).toHaveCount(0);
  await expect
    .poll(async () => (await page.getByTestId('enclave-inset').boundingBox())!.y)
    .toBeGreaterThan(raisedInset.y);
  expect(
    await page.evaluate(() =>
      document
        .querySelector<HTMLElement>('.shell__main')!
        .style.getPropertyValue('--site-tray-height'),
    ),
  ).toBe('');
});

test('exports enterprises as CSV with a BOM from the header menu', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await page.getByTestId('exports-open').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-enterprises-csv').click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('企业名称');
  const picture = page.waitForEvent('download');
  await page.getByTestId('export-map-png').click();
  const png = PNG.sync.read(readFileSync(await (await picture).path()));
  const canvasHeight = await page
    .locator('[data-testid="map"] canvas')
    .evaluate((canvas) => (canvas as HTMLCanvasElement).height);
  // The picture is the map plus a legend and attribution band below it.
  expect(png.height).toBeGreaterThan(canvasHeight);
  // …and the map part is the drawn map, not a cleared WebGL buffer.
  const content = pictureContent(png, canvasHeight);
  expect(content.opaque).toBeGreaterThan(0.99);
  expect(content.colours).toBeGreaterThan(100);
});
