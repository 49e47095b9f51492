import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '@/state/store-context';
import { createAppStore } from '@/state/store';
import { miniData } from '../../../tests/fixtures/mini-data';
import { FeaturesInView } from './FeaturesInView';

function setup() {
  const store = createAppStore();
  store.getState().setViewBounds([119.6, 28.15, 119.8, 28.3]);
  render(
    <AppProviders store={store} data={miniData()}>
      <FeaturesInView />
    </AppProviders>,
  );
  const names = () =>
    screen.getAllByTestId('features-in-view-item').map((item) => item.textContent);
  return { store, names, user: userEvent.setup() };
}

describe('FeaturesInView', () => {
  it('lists what the view shows and follows the view, the layers and the filter', () => {
    const { store, names } = setup();
    expect(screen.getByRole('heading', { name: '图中要素' })).toBeTruthy();
    expect(names()).toEqual(['碧湖新城', '高溪智能装备产业园', '莲都区']);

    act(() => store.getState().setViewBounds([120.15, 28.05, 120.3, 28.15]));
    expect(names()).toEqual(['缙云核心区', '缙云县']);

    act(() => store.getState().setLayerVisible('counties', false));
    expect(names()).toEqual(['缙云核心区']);

    act(() => store.getState().setFilter({ kind: 'industry', id: 'ind-city-semiconductor' }));
    expect(screen.queryAllByTestId('features-in-view-item')).toEqual([]);
    expect(screen.getByText('当前视野中没有要素。')).toBeTruthy();
  });

  it('goes through the features with the arrow keys and opens one with Enter, as a click would', async () => {
    const { store, user } = setup();
    const items = screen.getAllByTestId('features-in-view-item');
    await user.tab();
    expect(document.activeElement).toBe(items[0]);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(items[1]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(items[2]);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(store.getState().selectedId).toBe('liandu-park-gaoxi');
    expect(items[1]!.getAttribute('aria-current')).toBe('true');
  });
});
