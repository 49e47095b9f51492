import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppProviders } from '@/state/store-context';
import { createAppStore } from '@/state/store';
import { miniData } from '../../../tests/fixtures/mini-data';
import { SiteTray } from './SiteTray';

function setup() {
  const store = createAppStore();
  for (const id of ['liandu-core-bihu', 'liandu-park-gaoxi', 'jinyun-core'])
    store.getState().siteLists.toggleCompare(id);
  store.getState().siteLists.toggleShortlist('jinyun-core');
  // Where focus goes once the tray has gone: the map's canvas, as MapLibre makes it.
  const canvas = document.createElement('canvas');
  canvas.className = 'maplibregl-canvas';
  canvas.tabIndex = 0;
  document.body.append(canvas);
  render(
    <AppProviders store={store} data={miniData()}>
      <SiteTray />
    </AppProviders>,
  );
  return { store, canvas, user: userEvent.setup() };
}

beforeEach(() => {
  localStorage.clear();
  document.body.replaceChildren();
});

describe('SiteTray', () => {
  it('hands focus on when a control removes itself, never to the page', async () => {
    const { canvas, user } = setup();
    const compare = () => screen.getByTestId('compare-tray');
    const removeButtons = () =>
      within(compare()).getAllByRole('button', { name: /^(从对比中移除|移除)/ });
    expect(removeButtons()).toHaveLength(3);
    // A chip's ×: the next chip's × takes its place.
    await user.click(removeButtons()[0]!);
    expect(removeButtons()).toHaveLength(2);
    expect(document.activeElement).toBe(removeButtons()[0]);
    // Clearing the comparison: focus moves to what stands there now, in the shortlist.
    await user.click(within(compare()).getByRole('button', { name: '清空对比' }));
    expect(screen.queryByTestId('compare-tray')).toBeNull();
    const shortlist = screen.getByTestId('shortlist-tray');
    expect(shortlist.contains(document.activeElement)).toBe(true);
    // Clearing the last list: the tray goes and focus goes to the map.
    await user.click(within(shortlist).getByRole('button', { name: '清空候选' }));
    expect(screen.queryByTestId('site-tray')).toBeNull();
    expect(document.activeElement).toBe(canvas);
  });
});
