/**
 * Numbers, areas, lengths and plan units, read naturally in each language
 * (亿元 → "CNY 100 m", 公顷 → "ha"). Everything goes through Intl.NumberFormat.
 */
import type { Language } from './language';

/** The BCP 47 locale each language formats numbers and plurals with. */
export const LOCALE: Record<Language, string> = { zh: 'zh-CN', en: 'en-GB' };

export function formatNumber(value: number, language: Language, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits }).format(value);
}

/** Area given in km², shown in km² (and ha for small areas). */
export function formatArea(km2: number, language: Language): string {
  if (km2 < 1) {
    const ha = km2 * 100;
    return language === 'zh'
      ? `${formatNumber(ha, language, 1)} 公顷`
      : `${formatNumber(ha, language, 1)} ha`;
  }
  const digits = km2 < 10 ? 2 : 1;
  return language === 'zh'
    ? `${formatNumber(km2, language, digits)} 平方千米`
    : `${formatNumber(km2, language, digits)} km²`;
}

/** An area the plans state in hectares (公顷), with one decimal: "1,642.6 ha". */
export function formatHectares(ha: number, language: Language): string {
  return `${formatNumber(ha, language, 1)} ${language === 'zh' ? '公顷' : 'ha'}`;
}

/** Length given in km. */
export function formatLength(km: number, language: Language): string {
  if (km < 1)
    return language === 'zh'
      ? `${formatNumber(km * 1000, language, 0)} 米`
      : `${formatNumber(km * 1000, language, 0)} m`;
  return language === 'zh'
    ? `${formatNumber(km, language, 1)} 千米`
    : `${formatNumber(km, language, 1)} km`;
}

/**
 * English renderings of the plans' units. A multiplier turns a value into a
 * more natural English scale (10 亿元 → CNY 1 bn).
 */
const UNIT_EN: Record<
  string,
  {
    prefix?: string;
    suffix?: string;
    /** The suffix for exactly one (" firm"), where English needs a singular. */
    one?: string;
    scale?: Array<[number, number, string]>;
  }
> = {
  亿元: {
    prefix: 'CNY ',
    scale: [
      [10, 0.1, ' bn'],
      [0, 100, ' m'],
    ],
  },
  万元: {
    prefix: 'CNY ',
    scale: [
      [100, 0.01, ' m'],
      [0, 10, ' k'],
    ],
  },
  元: { prefix: 'CNY ' },
  亿美元: {
    prefix: 'USD ',
    scale: [
      [10, 0.1, ' bn'],
      [0, 100, ' m'],
    ],
  },
  万美元: { prefix: 'USD ', scale: [[0, 10, ' k']] },
  '万元/人': { prefix: 'CNY ', scale: [[0, 10, ' k']], suffix: ' per person' },
  '万元/亩': { prefix: 'CNY ', scale: [[0, 10, ' k']], suffix: ' per mu' },
  '立方米/万元': { suffix: ' m³ per CNY 10,000' },
  个百分点: { suffix: ' percentage points', one: ' percentage point' },
  '%': { suffix: '%' },
  公顷: { suffix: ' ha' },
  亩: { suffix: ' mu' },
  万亩: { suffix: ' ×10,000 mu' },
  平方米: { suffix: ' m²' },
  万平方米: { suffix: ' ×10,000 m²' },
  平方千米: { suffix: ' km²' },
  平方公里: { suffix: ' km²' },
  家: { suffix: ' firms', one: ' firm' },
  个: { suffix: '' },
  项: { suffix: ' items', one: ' item' },
  件: { suffix: ' items', one: ' item' },
  条: { suffix: '' },
  套: { suffix: ' sets', one: ' set' },
  类: { suffix: ' categories', one: ' category' },
  支: { suffix: ' teams', one: ' team' },
  吨: { suffix: ' t' },
  亿斤: { suffix: ' ×100 million jin' },
  强: { prefix: 'top ' },
  个季度: { suffix: ' quarters', one: ' quarter' },
  小时: { suffix: ' hours', one: ' hour' },
  人: { suffix: ' people', one: ' person' },
  名: { suffix: ' people', one: ' person' },
  万人: { suffix: ' ×10,000 people' },
  人次: { suffix: ' person-times' },
  万人次: { suffix: ' ×10,000 person-times' },
  万名: { suffix: ' ×10,000 people' },
  '人/年': { suffix: ' people a year' },
  位: { suffix: ' people', one: ' person' },
  所: { suffix: ' institutions', one: ' institution' },
  座: { suffix: '' },
  倍: { suffix: '×' },
  年: { suffix: ' years', one: ' year' },
  天: { suffix: ' days', one: ' day' },
};

/** A value with its plan unit, e.g. (120, "亿元") → "120 亿元" / "CNY 12 bn". */
export function formatQuantity(value: number, unit: string, language: Language): string {
  if (language === 'zh') {
    const number = formatNumber(value, language);
    if (!unit) return number;
    return unit === '%' ? `${number}%` : `${number} ${unit}`;
  }
  const rule = UNIT_EN[unit];
  if (!rule)
    return unit ? `${formatNumber(value, language)} ${unit}` : formatNumber(value, language);
  const scale = rule.scale?.find(([minimum]) => Math.abs(value) >= minimum);
  const scaled = scale ? value * scale[1] : value;
  const suffix = scaled === 1 && rule.one !== undefined ? rule.one : (rule.suffix ?? '');
  return `${rule.prefix ?? ''}${formatNumber(scaled, language)}${scale ? scale[2] : ''}${suffix}`;
}

/**
 * A plan unit named on its own, for a chart's or a picker's label: "亿元" in
 * Chinese, "CNY 100 m" or "firms" in English; '' for a bare count (个, 条).
 */
export function unitName(unit: string, language: Language): string {
  if (language === 'zh') return unit;
  const rule = UNIT_EN[unit];
  if (!rule) return unit;
  if (rule.prefix) return formatQuantity(1, unit, language);
  return (rule.suffix ?? '').trim();
}

/** Whether English has a rendering of this plan unit (every unit in the data must). */
export function hasEnglishUnit(unit: string): boolean {
  return unit === '' || unit in UNIT_EN;
}

const COMPARATOR: Record<string, Record<Language, string>> = {
  '>=': { zh: '≥ ', en: '≥ ' },
  '<=': { zh: '≤ ', en: '≤ ' },
  '~': { zh: '约 ', en: '~' },
  '=': { zh: '', en: '' },
};

export function comparatorPrefix(comparator: string, language: Language): string {
  return COMPARATOR[comparator]?.[language] ?? '';
}
