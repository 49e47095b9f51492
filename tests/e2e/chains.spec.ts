import { readFileSync } from 'node:fs';
import { keepFirstPdfPage, keepScreenshot, pdfInfo } from './artifacts';
import { expect, test } from './fixtures';

const SEMICONDUCTOR = 'ind-city-semiconductor';

test.describe('industry chains', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the semiconductor chain from the header: its gaps, and a present link lit on the map', async ({
    page,
    mapPage,
    chains,
  }) => {
    await mapPage.open();
    await chains.openButton.click();
    await expect(chains.view).toBeVisible();
    await chains.choice(SEMICONDUCTOR).click();
    await expect(chains.choice(SEMICONDUCTOR)).toHaveAttribute('aria-pressed', 'true');
    expect(await chains.gapLinks.count()).toBeGreaterThan(0);
    await expect(chains.gapLinks.first()).toContainText('空白');
    await keepScreenshot(page, 'chain-semiconductor-1920');

    // A present link with hosting platforms: the map lights exactly those platforms.
    const present = page.locator('[data-testid="chain-link"][data-presence="local"]');
    const count = await present.count();
    let chosen = false;
    for (let index = 0; index < count && !chosen; index += 1) {
      await present.nth(index).click();
      if ((await chains.linkPlatforms.count()) > 0) chosen = true;
      else await present.nth(index).click();
    }
    expect(chosen).toBe(true);
    const listed = await chains.platformIds();
    await mapPage.waitForSettled();
    const lit = await mapPage.highlightedFeatureIds();
    // Unplaced hosts are listed but have no shape to light.
    const litPlatforms = lit.filter((id) => !id.startsWith('county-'));
    expect(litPlatforms.length).toBeGreaterThan(0);
    for (const id of litPlatforms) expect(listed).toContain(id);
    await keepScreenshot(page, 'chain-semiconductor-link-1920');
  });

  test('a gap report for investment staff, exported as CSV', async ({ mapPage, chains }) => {
    await mapPage.open({ chain: SEMICONDUCTOR });
    await chains.showTab('gaps');
    expect(await chains.gapRows.count()).toBeGreaterThan(0);
    const firstGap = (await chains.gapRows.first().locator('strong').textContent()) ?? '';
    const download = await chains.exportGapsCsv();
    expect(download.suggestedFilename()).toMatch(
      /^lishui-chain-gaps-ind-city-semiconductor-.*\.csv$/,
    );
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(firstGap.trim());
  });

  test('a deep link opens a chain in English, and every chain reads on a projector', async ({
    page,
    mapPage,
    chains,
  }) => {
    await mapPage.open({ chain: SEMICONDUCTOR, lang: 'en' });
    await expect(chains.view).toContainText('Industry chains');
    await expect(chains.gapLinks.first()).toContainText('Gap');
    const ids = await chains.choices.evaluateAll((items) =>
      items.map((item) => (item as HTMLElement).dataset.industryId ?? ''),
    );
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) {
      await chains.choice(id).click();
      await expect(chains.choice(id)).toHaveAttribute('aria-pressed', 'true');
      await keepScreenshot(page, `chain-${id}-en-1920`);
    }
    await chains.showTab('coverage');
    expect(await chains.coverageCells.count()).toBe(9 * ids.length);
    await keepScreenshot(page, 'chain-coverage-en-1920');
  });
});

test('a chain prints on one A4 landscape page without the map', async ({
  page,
  mapPage,
  chains,
}, testInfo) => {
  await mapPage.open({ chain: 'ind-jinyun-machine-tools' });
  await expect(chains.links.first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(mapPage.map).toBeHidden();
  await expect(chains.links.first()).toBeVisible();
  const pdfFile = testInfo.outputPath('chain.pdf');
  await page.pdf({ path: pdfFile, printBackground: true, preferCSSPageSize: true });
  const info = pdfInfo(pdfFile);
  expect(info.pages).toBe(1);
  // A4 landscape is 842 × 595 points.
  expect(Math.round(info.widthPts)).toBe(842);
  expect(Math.round(info.heightPts)).toBe(595);
  keepFirstPdfPage(pdfFile, 'chain-print-page', { resolution: 60 });
});

test.describe('industry chains in a tour', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('a cluster tour shows its chain beside the map, and the next step puts it away', async ({
    page,
    chains,
    tourPlayer,
  }) => {
    await tourPlayer.open('cluster-semiconductor', 1);
    await expect(chains.view).toBeVisible();
    await expect(chains.choice(SEMICONDUCTOR)).toHaveAttribute('aria-pressed', 'true');
    const box = (await chains.view.boundingBox())!;
    const band = (await page.locator('.tour-band').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(band.y);
    // The tour's buttons stay above it, clickable: a presenter can step on and leave.
    for (const testId of ['tour-next', 'tour-exit']) {
      const button = (await page.getByTestId(testId).boundingBox())!;
      expect(button.y + button.height, testId).toBeLessThanOrEqual(box.y);
    }
    await keepScreenshot(page, 'chain-in-tour-1920');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/step=2/);
    await expect(chains.view).toBeHidden();
  });
});

test.describe('industry chains on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a chain opens as a bottom sheet that leaves the top of the map visible', async ({
    page,
    mapPage,
    chains,
  }) => {
    await mapPage.open({ chain: 'ind-jinyun-smart-appliances' });
    await expect(chains.view).toBeVisible();
    const box = (await chains.view.boundingBox())!;
    expect(box.y).toBeGreaterThan(844 * 0.35);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // The chain's name is whole, not cut by the view buttons.
    const title = chains.view.locator('.chain-view__title');
    expect(await title.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(
      true,
    );
    await chains.links.first().click();
    await expect(chains.linkDetail).toBeVisible();
    // The diagram keeps its height above the link's detail: the chosen link is seen whole.
    const chosen = (await chains.view.locator('.chain-link[aria-pressed="true"]').boundingBox())!;
    const detailBox = (await chains.linkDetail.boundingBox())!;
    expect(chosen.y + chosen.height).toBeLessThanOrEqual(detailBox.y);
    await keepScreenshot(page, 'chain-smart-appliances-phone');
  });
});
