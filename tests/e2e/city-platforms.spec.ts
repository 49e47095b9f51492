import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { keepScreenshot } from './artifacts';
import { expect, test } from './fixtures';

interface PlatformProperties {
  id: string;
  name: string;
  countyCode: string;
  geometryQuality: string;
  industryIds: string[];
}

const platforms = (
  JSON.parse(
    readFileSync(path.resolve('geodata/layers/city-platforms.geojson'), 'utf8'),
  ) as FeatureCollection<Point | null, PlatformProperties>
).features;
const countyOf = new Map(
  platforms.map((feature) => [feature.properties.id, feature.properties.countyCode]),
);

test('an industry filter lights up city-plan platforms across the counties', async ({
  mapPage,
}) => {
  // 生态旅游 (eco-tourism) is served by platforms in most of Lishui's counties.
  await mapPage.open({ filter: 'industry:ind-city-serv-eco-tourism' });
  await mapPage.waitForSettled();
  const lit = (await mapPage.highlightedFeatureIds()).filter((id) => countyOf.has(id));
  const counties = new Set(lit.map((id) => countyOf.get(id)));
  expect(counties.size).toBeGreaterThanOrEqual(5);
});

test('every platform shown at a county seat can be reached by a click', async ({
  page,
  mapPage,
  detail,
}) => {
  const atSeat = platforms.filter(
    (feature): feature is Feature<Point, PlatformProperties> =>
      feature.properties.countyCode === '331126' &&
      feature.properties.geometryQuality === 'county-seat' &&
      feature.geometry !== null,
  );
  expect(atSeat.length).toBeGreaterThan(1);
  const [west, south] = [
    Math.min(...atSeat.map((feature) => feature.geometry.coordinates[0]!)),
    Math.min(...atSeat.map((feature) => feature.geometry.coordinates[1]!)),
  ];
  const [east, north] = [
    Math.max(...atSeat.map((feature) => feature.geometry.coordinates[0]!)),
    Math.max(...atSeat.map((feature) => feature.geometry.coordinates[1]!)),
  ];
  await mapPage.open({ cam: `${(west + east) / 2},${(south + north) / 2},12.5` });
  for (const platform of atSeat) {
    await mapPage.clickAt(platform.geometry.coordinates as [number, number]);
    await expect(detail.name).toHaveText(platform.properties.name);
    await expect(detail.qualityBadge).toContainText('县城驻地');
  }
  await keepScreenshot(page, 'city-platforms-qingyuan-seat');
});

test('a county lists its city-plan platforms by kind', async ({ page, mapPage, detail }) => {
  await mapPage.open({ select: 'county-331126' });
  const own = platforms.filter((feature) => feature.properties.countyCode === '331126');
  await expect(detail.platforms).toHaveCount(own.length);
  await expect(detail.platformKinds.first()).toBeVisible();
  await keepScreenshot(page, 'city-platforms-qingyuan-county');
});
