import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '@/state/store-context';
import { MapCommandsProvider } from '@/map/map-commands';
import { createAppStore } from '@/state/store';
import { makeSearchData } from '../../../tests/fixtures/search-fixture';
import { SearchBox } from './SearchBox';
import { fakeCommands } from '../../../tests/fixtures/fake-map';

/** Renders the box, focuses it and waits for its lazily loaded index. */
async function setup() {
  const store = createAppStore();
  const commands = fakeCommands(store);
  render(
    <AppProviders store={store} data={makeSearchData()}>
      <MapCommandsProvider value={commands}>
        <SearchBox />
      </MapCommandsProvider>
    </AppProviders>,
  );
  const input = screen.getByTestId('search-input') as HTMLInputElement;
  const results = () => screen.queryAllByTestId('search-result');
  const active = () => {
    const id = input.getAttribute('aria-activedescendant');
    return id ? document.getElementById(id) : null;
  };
  const user = userEvent.setup();
  await act(async () => input.focus());
  await waitFor(() => expect(input.getAttribute('data-index-ready')).toBe('true'));
  return { store, commands, input, results, active, user };
}

describe('SearchBox', () => {
  it('is a combobox whose options say what kind of thing each hit is', async () => {
    const { input, results, user } = await setup();
    expect(screen.getByRole('combobox', { name: '搜索' })).toBe(input);
    expect(input.getAttribute('aria-expanded')).toBe('false');

    await user.type(input, 'bhxc');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox');
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    expect(results()[0]?.textContent).toContain('碧湖新城');
    expect(results()[0]?.textContent).toContain('平台');
    expect(screen.getAllByRole('option')).toHaveLength(results().length);
  });

  it('moves through the hits with the arrow keys, wrapping at both ends', async () => {
    const { input, results, active, user } = await setup();
    await user.type(input, 'bihu');
    const count = results().length;
    expect(count).toBeGreaterThan(2);
    expect(active()).toBe(results()[0]);
    expect(results()[0]?.getAttribute('aria-selected')).toBe('true');

    await user.keyboard('{ArrowDown}');
    expect(active()).toBe(results()[1]);
    expect(results()[1]?.getAttribute('aria-selected')).toBe('true');
    expect(results()[0]?.getAttribute('aria-selected')).toBe('false');

    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(active()).toBe(results()[count - 1]);
    await user.keyboard('{ArrowDown}');
    expect(active()).toBe(results()[0]);
  });

  it('selects the highlighted feature with Enter and frames it on the map', async () => {
    const { input, store, commands, user } = await setup();
    await user.type(input, 'bihu');
    await user.keyboard('{Enter}');
    expect(store.getState().selectedId).toBe('liandu-core-bihu');
    expect(commands.focusFeature).toHaveBeenCalledWith('liandu-core-bihu');
    expect(input.value).toBe('碧湖新城');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('selects the platform of a local firm, and filters by industry for an industry', async () => {
    const { input, store, user } = await setup();
    await user.type(input, 'machinery{Enter}');
    expect(store.getState().selectedId).toBe('liandu-core-bihu');

    await user.clear(input);
    await user.type(input, '半导体产业{Enter}');
    expect(store.getState().filter).toEqual({ kind: 'industry', id: 'ind-semi' });
  });

  it('marks benchmark firms', async () => {
    const { input, results, user } = await setup();
    await user.type(input, 'hisilicon');
    expect(results()[0]?.textContent).toContain('对标企业');
  });

  it('closes with Escape and clears the query with a second Escape', async () => {
    const { input, results, user } = await setup();
    await user.type(input, 'bihu');
    await user.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(results()).toHaveLength(0);
    expect(input.value).toBe('bihu');

    await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Escape}{Escape}');
    expect(input.value).toBe('');
  });

  it('chooses a hit with the pointer', async () => {
    const { input, results, store, user } = await setup();
    await user.type(input, 'lucheng');
    await user.click(results()[0]!);
    expect(store.getState().selectedId).toBe('county-330302');
  });

  it('follows the interface language', async () => {
    const { input, results, store, user } = await setup();
    act(() => store.getState().setLanguage('en'));
    await user.type(input, 'bhxc');
    expect(results()[0]?.textContent).toContain('Bihu New Town');
    expect(results()[0]?.textContent).toContain('Place');
  });

  it('says when nothing matches', async () => {
    const { input, user } = await setup();
    await user.type(input, 'zzzz');
    expect(screen.getByTestId('search-empty').textContent).toContain('zzzz');
  });
});
