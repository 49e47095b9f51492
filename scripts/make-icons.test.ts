import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { APP_ICONS, ICON_BACKGROUND, maskableSvg, renderIcon } from './lib/app-icons.ts';

const PUBLIC_DIR = path.resolve(import.meta.dirname, '..', 'public');
const favicon = readFileSync(path.join(PUBLIC_DIR, 'favicon.svg'), 'utf8');

describe('app icons', () => {
  it.each(APP_ICONS)('$file is the committed rendering of favicon.svg', (icon) => {
    const committed = readFileSync(path.join(PUBLIC_DIR, 'icons', icon.file));
    expect(renderIcon(favicon, icon).equals(committed)).toBe(true);
    const png = PNG.sync.read(committed);
    expect([png.width, png.height]).toEqual([icon.sizePx, icon.sizePx]);
  });

  it('fills a maskable icon to its corners with the theme blue', () => {
    const icon = APP_ICONS.find((candidate) => candidate.purpose === 'maskable')!;
    const png = PNG.sync.read(renderIcon(favicon, icon));
    const hex = `#${[0, 1, 2].map((channel) => png.data[channel]!.toString(16).padStart(2, '0')).join('')}`;
    expect(hex).toBe(ICON_BACKGROUND);
    expect(png.data[3]).toBe(255);
  });

  it('refuses a favicon it cannot place in the safe zone', () => {
    expect(() => maskableSvg('<svg viewBox="0 0 32 16"></svg>')).toThrow(/square viewBox/);
  });
});
