import { STORED_V1 } from '../fixtures/stored-v1';
import { expect, test } from './fixtures';
import { keepScreenshot } from './artifacts';
import { writeBrowserStorage } from './pages/browser-storage';

test('what a browser saved with the previous version loads after the upgrade', async ({
  page,
  mapPage,
  planner,
  tours,
  siteTray,
}) => {
  // A fresh browser profile: open once so the origin exists, write the old records, reload.
  await mapPage.open();
  await writeBrowserStorage(
    page,
    [
      {
        database: STORED_V1.planner.database,
        version: STORED_V1.planner.version,
        stores: { userLayers: STORED_V1.planner.layers, candidateSites: STORED_V1.planner.sites },
      },
      {
        database: STORED_V1.tours.database,
        version: STORED_V1.tours.version,
        stores: { tours: STORED_V1.tours.records },
      },
    ],
    { [STORED_V1.shortlist.key]: STORED_V1.shortlist.value },
  );
  await mapPage.reload();

  // The shortlist.
  await expect(siteTray.shortlist).toContainText('（2）');
  await expect(siteTray.shortlist.getByRole('link')).toHaveAttribute(
    'href',
    /dossier=liandu-core-bihu,county-331102/,
  );

  // The imported layer and the candidate site.
  await planner.open();
  await expect(planner.layers).toHaveCount(1);
  await expect(planner.layers.first()).toContainText('规划局地块');
  await planner.showCandidates();
  await expect(planner.candidateList).toContainText('候选地块甲');
  await keepScreenshot(page, 'upgrade-planner');

  // The tour made in the app.
  await tours.open();
  await expect(tours.myTours).toHaveCount(1);
  await expect(tours.myTours.first()).toContainText('我的碧湖讲解');
});
