/**
 * The web app manifest (written by vite-plugin-pwa as manifest.webmanifest):
 * installable in Chinese first, with the English name beside it, since a
 * manifest has one `name`. Icons are public/icons/ (npm run icons).
 */
import type { ManifestOptions } from 'vite-plugin-pwa';
import { APP_ICONS, ICON_BACKGROUND } from './lib/app-icons.ts';

export const webAppManifest: Partial<ManifestOptions> = {
  id: './',
  name: '丽水产业平台一张图 · Lishui Industrial Platforms Map',
  short_name: '丽水一张图',
  description:
    '人才科创平台、产业布局与规划目标，离线可用 / Lishui talent and innovation platforms, industry layout and planning targets, offline',
  lang: 'zh-CN',
  dir: 'ltr',
  start_url: './',
  scope: './',
  display: 'standalone',
  orientation: 'any',
  theme_color: ICON_BACKGROUND,
  background_color: '#ffffff',
  categories: ['business', 'navigation'],
  icons: APP_ICONS.flatMap(({ file, sizePx, purpose }) =>
    purpose === 'apple-touch'
      ? []
      : [{ src: `icons/${file}`, sizes: `${sizePx}x${sizePx}`, type: 'image/png', purpose }],
  ),
};
