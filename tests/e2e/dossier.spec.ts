import { readFileSync } from 'node:fs';
import { centroid, distance } from '@turf/turf';
import { PNG } from 'pngjs';
import { keepScreenshot, pictureContent } from './artifacts';
import { expect, test } from './fixtures';

interface LayerFile {
  features: Array<{ properties: { id: string }; geometry: GeoJSON.Geometry | null }>;
}
function featureGeometry(layer: string, id: string): GeoJSON.Geometry {
  const file = JSON.parse(readFileSync(`geodata/layers/${layer}.geojson`, 'utf8')) as LayerFile;
  const geometry = file.features.find((feature) => feature.properties.id === id)?.geometry;
  if (!geometry) throw new Error(`no geometry for ${id}`);
  return geometry;
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
    dossier,
    baseURL,
    externalRequests,
  }) => {
    await dossier.open([id], language);
    await expect(dossier.sheets).toBeVisible();
    await expect(dossier.qrCodes).toBeVisible();
    await expect(dossier.siteMap).toBeVisible();
    await expect(dossier.name).not.toBeEmpty();
    // Let the fit-to-page pass settle, then check nothing is cut off on screen.
    await expect(dossier.sheets).toHaveAttribute('data-fitted', 'true');
    await page.waitForTimeout(150);
    expect(await dossier.sheetOverflow()).toBeLessThanOrEqual(1);
    // No empty sections: every section has text beyond its title.
    expect(await dossier.emptySectionCount()).toBe(0);
    await expect(dossier.sources).toContainText(language === 'zh' ? '行' : 'line');
    await expect(dossier.asOf).toContainText('2023-09');

    const result = await dossier.printAndDecode(`dossier-${id}-${language}`);
    expect(result.pages).toBe(1);
    // A4 portrait is 595 × 842 pt.
    expect(Math.round(result.widthPts)).toBe(595);
    expect(Math.round(result.heightPts)).toBe(842);
    expect(result.qr).toBe(`${baseURL}/?select=${id}&lang=${language}`);
    expect(externalRequests).toEqual([]);
  });
}

test('the dossier QR code opens the same site on the map', async ({
  page,
  dossier,
  mapPage,
  detail,
}) => {
  await dossier.open(['jinyun-core'], 'en');
  await expect(dossier.qrCodes).toBeVisible();
  const name = await dossier.name.textContent();
  const { qr } = await dossier.printAndDecode('dossier-qr-roundtrip');
  expect(qr).not.toBeNull();
  await page.goto(qr!);
  await mapPage.waitForIdle();
  await expect(detail.name).toHaveText(name!);
});

test('a shortlist prints as one dossier page per site', async ({ dossier }) => {
  await dossier.open(['jinyun-core', 'liandu-core-central', 'county-331024'], 'zh');
  await expect(dossier.sheets).toHaveCount(3);
  await expect(dossier.qrCodes).toHaveCount(3);
  expect((await dossier.printToPdf('shortlist')).pages).toBe(3);
});

test('compares two areas side by side with sourced figures', async ({ page, compare }) => {
  await compare.open(['liandu-core-central', 'liandu-core-bihu'], 'zh');
  await expect(compare.comparison).toBeVisible();
  await expect(compare.sites).toHaveCount(2);
  const expectedKm = distance(
    centroid(featureGeometry('liandu', 'liandu-core-central')),
    centroid(featureGeometry('liandu', 'liandu-core-bihu')),
    { units: 'kilometers' },
  );
  const formatted = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format(expectedKm);
  await expect(compare.pair).toContainText(`${formatted} 千米`);
  await expect(compare.pair).toContainText('Turf');
  await expect(compare.counties.first()).toContainText('莲都区');
  await expect(compare.areas.first()).toContainText('平方千米');
  await expect(compare.distanceAxes.first()).toContainText('千米');
  // Shared industries are marked in both columns.
  expect(await compare.sharedIndustries.count()).toBeGreaterThanOrEqual(2);
  // Every plan figure names its source.
  await expect(compare.industries.first()).toContainText('行');
  await keepScreenshot(page, 'compare-liandu-cores');
});

test('detail panel: QR codes, enterprise codes, compare tray and a shareable shortlist', async ({
  page,
  baseURL,
  mapPage,
  detail,
  layerPanel,
  siteTray,
}) => {
  await mapPage.open({ select: 'county-331122', firm: 'ent-jinyun-jingrui' });
  // The enterprise link opens its county with the firm highlighted and its code shown.
  await expect(detail.enterpriseCode('ent-jinyun-jingrui')).toHaveClass(/is-highlighted/);
  await expect(detail.enterpriseQrCode('ent-jinyun-jingrui')).toHaveAttribute(
    'data-qr-text',
    `${baseURL}/?select=county-331122&lang=zh&firm=ent-jinyun-jingrui`,
  );
  await expect(detail.dossierLink).toHaveAttribute(
    'href',
    `${baseURL}/?dossier=county-331122&lang=zh`,
  );
  await detail.showSiteQr();
  await expect(detail.siteQrCode).toHaveAttribute(
    'data-qr-text',
    `${baseURL}/?select=county-331122&lang=zh`,
  );
  const download = await detail.downloadSiteQr();
  expect(download.suggestedFilename()).toBe('qr-county-331122.png');

  await detail.toggleCompare();
  await detail.toggleShortlist();
  // The tray along the bottom leaves the enclave inset uncovered: the inset sits above it.
  const tray = (await siteTray.tray.boundingBox())!;
  const inset = (await mapPage.enclaveInset.boundingBox())!;
  expect(inset.y + inset.height).toBeLessThanOrEqual(tray.y);
  await keepScreenshot(page, 'dossier-detail-panel');
  // Another site without leaving the page: the search-free way is a contents link.
  await detail.openFirstContentsLink();
  await detail.toggleCompare();
  await detail.toggleShortlist();
  await expect(siteTray.compareItems).toHaveCount(2);
  // Two rows now: the inset still stands above the tray.
  const taller = (await siteTray.tray.boundingBox())!;
  const raised = (await mapPage.enclaveInset.boundingBox())!;
  expect(raised.y + raised.height).toBeLessThanOrEqual(taller.y);
  // And it leaves the open detail panel uncovered.
  const detailBox = (await detail.panel.boundingBox())!;
  expect(taller.x + taller.width).toBeLessThanOrEqual(detailBox.x);
  const compareHref = await siteTray.compareLink.getAttribute('href');
  expect(compareHref).toMatch(/\?compare=county-331122,[a-z0-9-]+&lang=zh$/);
  const share = await siteTray.shortlistShare.getAttribute('data-share-link');
  expect(share).toMatch(/\?shortlist=county-331122,[a-z0-9-]+&lang=zh$/);
  await keepScreenshot(page, 'dossier-tray');
  // On a narrower screen the tray keeps its width and the side panels end above it.
  const wide = page.viewportSize()!;
  await page.setViewportSize({ width: 1000, height: 760 });
  await expect.poll(() => siteTray.leavesUncovered(detail.panel)).toBe(true);
  await expect.poll(() => siteTray.leavesUncovered(layerPanel.panel)).toBe(true);
  await keepScreenshot(page, 'dossier-tray-1000');
  await page.setViewportSize(wide);

  // The shortlist survives a reload (localStorage, versioned).
  await mapPage.reload();
  await expect(siteTray.shortlist).toContainText('2');

  // Cleared, the tray goes and the enclave inset comes back down to its place.
  const raisedInset = (await mapPage.enclaveInset.boundingBox())!;
  await siteTray.clearShortlist();
  await expect(siteTray.tray).toHaveCount(0);
  await expect
    .poll(async () => (await mapPage.enclaveInset.boundingBox())!.y)
    .toBeGreaterThan(raisedInset.y);
  expect(await siteTray.reservedHeight()).toBe('');
});

test('exports enterprises as CSV with a BOM from the header menu', async ({ mapPage, header }) => {
  await mapPage.open();
  await header.openExports();
  const csv = await header.exportEnterprisesCsv();
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('企业名称');
  const picture = await header.exportMapPng();
  const png = PNG.sync.read(readFileSync(await picture.path()));
  const canvasHeight = await mapPage.canvasPixelHeight();
  // The picture is the map plus a legend and attribution band below it.
  expect(png.height).toBeGreaterThan(canvasHeight);
  // …and the map part is the drawn map, not a cleared WebGL buffer.
  const content = pictureContent(png, canvasHeight);
  expect(content.opaque).toBeGreaterThan(0.99);
  expect(content.colours).toBeGreaterThan(100);
});
