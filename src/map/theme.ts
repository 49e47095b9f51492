/** Colours and type of the map, in one place. */
import type { SystemId } from '@/data/schema';

export const SYSTEM_COLOURS: Record<SystemId, string> = {
  corridor: '#c62f2f',
  liandu: '#1f63c6',
  jinyun: '#11806a',
  xianju: '#7b4cc2',
  enclave: '#a85a00',
  city: '#a3306f',
};

export const BASE_COLOURS = {
  background: '#d9e2ea',
  neighbourFill: '#e7eaee',
  neighbourLine: '#b5bec8',
  neighbourLabel: '#66707b',
  countyFill: '#fbfaf5',
  countyFillHover: '#f3efe2',
  countyFillSelected: '#efe6c8',
  countyFillDimmed: '#dde2e7',
  countyLine: '#8d99a6',
  outline: '#3d4b59',
  label: '#26313c',
  halo: '#ffffff',
  selected: '#111111',
  /** Rivers: a quiet blue, under the plan colours. */
  water: '#7fb0d8',
  waterLabel: '#3f76a8',
  placeDot: '#5b6672',
  placeLabel: '#4d5863',
} as const;

/** System CJK fonts first; MapLibre draws labels locally (no glyph server). */
export const FONT_STACK = [
  'Noto Sans CJK SC',
  'Noto Sans SC',
  'PingFang SC',
  'Microsoft YaHei',
  'sans-serif',
];
export const CSS_FONT_FAMILY = FONT_STACK.map((font) =>
  font.includes(' ') ? `"${font}"` : font,
).join(', ');

/** Dash patterns by geometry quality: the legend explains them. */
export const QUALITY_DASH = {
  schematic: [2, 1.5],
  approximate: [5, 2],
  official: [1, 0],
} as const;
