import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { clickerCommand } from '@/features/tours/step-resolution';
import { ShortcutsOverlay } from './ShortcutsOverlay';
import { globalKeyAction } from './use-global-keys';

/** Every KeyboardEvent.key a keyboard or a clicker can send that matters here. */
const CANDIDATE_KEYS = [
  ...Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)),
  ...[
    'Escape',
    'Enter',
    'Tab',
    'Backspace',
    'Delete',
    'Insert',
    'ArrowUp',
    'ArrowDown',
    'ArrowLeft',
    'ArrowRight',
    'PageUp',
    'PageDown',
    'Home',
    'End',
    'Spacebar',
    'F1',
    'F5',
    'F11',
    'MediaPlayPause',
    'AudioVolumeUp',
    'BrowserForward',
    'BrowserBack',
  ],
];

function listedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const element of document.querySelectorAll('kbd[data-keys]'))
    for (const key of JSON.parse(element.getAttribute('data-keys')!) as string[]) keys.add(key);
  return keys;
}

describe('the shortcuts overlay', () => {
  it('lists every key the app answers to, and no other', () => {
    render(<ShortcutsOverlay onClose={() => undefined} />);
    const listed = listedKeys();
    const handled = CANDIDATE_KEYS.filter(
      (key) => globalKeyAction(key) !== null || clickerCommand(key) !== null,
    );
    expect(handled.length).toBeGreaterThan(10);
    for (const key of CANDIDATE_KEYS)
      expect({ key, listed: listed.has(key) }).toEqual({ key, listed: handled.includes(key) });
  });

  it('names the keys as printed on key caps, the space bar in words', () => {
    render(<ShortcutsOverlay onClose={() => undefined} />);
    const caps = [...document.querySelectorAll('kbd')].map((kbd) => kbd.textContent);
    expect(caps).toEqual(expect.arrayContaining(['Esc', '?', '→', 'Page Down', 'B', '.', '空格']));
    // b and B, " " and "Spacebar" share one cap.
    expect(caps.filter((cap) => cap === 'B')).toHaveLength(1);
    expect(caps.filter((cap) => cap === '空格')).toHaveLength(1);
  });

  it('takes focus, and Escape closes it and reaches the page handled', async () => {
    const onClose = vi.fn();
    // The app's global keys (clear the filter) skip an Escape a dialog has handled.
    const elsewhere = vi.fn((event: KeyboardEvent) => event.defaultPrevented);
    window.addEventListener('keydown', elsewhere);
    render(<ShortcutsOverlay onClose={onClose} />);
    expect(document.activeElement).toBe(screen.getByTestId('shortcuts-close'));
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(elsewhere.mock.results.map((result) => result.value)).toEqual([true]);
    window.removeEventListener('keydown', elsewhere);
  });
});
