// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { readSettings, writeSettings } from './settings-storage';

const KEY = 'lishui-map:settings';
afterEach(() => localStorage.clear());

describe('settings storage', () => {
  it('reads back what it wrote', () => {
    writeSettings({ version: 1, tiandituToken: 'abc123' });
    expect(readSettings()).toEqual({ version: 1, tiandituToken: 'abc123' });
  });

  it('keeps only the known fields', () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 1, tiandituToken: null, extra: '<b>' }));
    expect(readSettings()).toEqual({ version: 1, tiandituToken: null });
  });

  it.each([
    ['no setting', null],
    ['broken JSON', '{'],
    ['another version', JSON.stringify({ version: 2, tiandituToken: 'abc' })],
    ['a token that is not text', JSON.stringify({ version: 1, tiandituToken: 42 })],
    ['an over-long token', JSON.stringify({ version: 1, tiandituToken: 'x'.repeat(201) })],
    ['a missing token', JSON.stringify({ version: 1 })],
  ])('falls back to defaults on %s', (_, raw) => {
    if (raw !== null) localStorage.setItem(KEY, raw);
    expect(readSettings()).toEqual({ version: 1, tiandituToken: null });
  });
});
