import { describe, expect, it, vi } from 'vitest';
import en from './en.json';
import zh from './zh.json';
import zhViews from './zh-views.json';
import { translate } from './index';
import { readdirSync, readFileSync } from 'node:fs';
import { formatArea, formatQuantity, hasEnglishUnit, LOCALE, unitName } from './format';
import { parseMessage, placeholderSignature, type MessagePart } from './message-format';
import type { Language } from './language';
import { firstViewModules, messageKeysUsed } from '../../scripts/lib/first-view-modules';

describe('translations', () => {
  it('have the same keys in Chinese and English', () => {
    const zhKeys = [...Object.keys(zh), ...Object.keys(zhViews)].sort();
    const enKeys = Object.keys(en).sort();
    expect(enKeys.filter((key) => !zhKeys.includes(key))).toEqual([]);
    expect(zhKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
  });

  it('keep each Chinese message in one file only', () => {
    expect(Object.keys(zhViews).filter((key) => key in zh)).toEqual([]);
  });

  const chinese: Record<string, string> = { ...zh, ...zhViews };
  const english: Record<string, string> = en;

  it('parse, every message in both languages', () => {
    const broken: string[] = [];
    for (const [language, messages] of [
      ['zh', chinese],
      ['en', english],
    ] as const)
      for (const [key, message] of Object.entries(messages)) {
        try {
          parseMessage(message);
        } catch (error) {
          broken.push(`${language} ${key}: ${(error as Error).message}`);
        }
      }
    expect(broken).toEqual([]);
  });

  it('have the same placeholders and plurals in Chinese and English', () => {
    const differing = Object.keys(english)
      .filter((key) => key in chinese)
      .map((key) => ({
        key,
        zh: placeholderSignature(parseMessage(chinese[key] ?? '')),
        en: placeholderSignature(parseMessage(english[key] ?? '')),
      }))
      .filter(({ zh: inChinese, en: inEnglish }) => inChinese.join() !== inEnglish.join());
    expect(differing).toEqual([]);
  });

  it('use only plural categories the language has (Chinese: other; English: one, other)', () => {
    const selectors = (parts: MessagePart[]): string[] =>
      parts.flatMap((part) =>
        part.kind === 'plural'
          ? Object.entries(part.branches).flatMap(([selector, branch]) => [
              selector,
              ...selectors(branch),
            ])
          : [],
      );
    const wrong: string[] = [];
    for (const [language, messages] of [
      ['zh', chinese],
      ['en', english],
    ] as Array<[Language, Record<string, string>]>) {
      const categories = new Intl.PluralRules(LOCALE[language]).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(messages))
        for (const selector of selectors(parseMessage(message)))
          if (!selector.startsWith('=') && !categories.includes(selector as Intl.LDMLPluralRule))
            wrong.push(`${language} ${key}: ${selector}`);
    }
    expect(wrong).toEqual([]);
  });

  it('have no empty message', () => {
    for (const [key, value] of [
      ...Object.entries(zh),
      ...Object.entries(zhViews),
      ...Object.entries(en),
    ])
      expect(value.trim(), key).not.toBe('');
  });

  it('ship every message the first map view shows in the first bundle (zh.json)', () => {
    const modules = firstViewModules('src/main.tsx');
    // The walk reaches the first view's parts, and stops at lazily loaded views.
    expect(modules).toEqual(
      expect.arrayContaining(['src/app/Header.tsx', 'src/features/search/SearchBox.tsx']),
    );
    expect(modules).not.toContain('src/features/detail/DetailPanel.tsx');
    const allKeys = [...Object.keys(zh), ...Object.keys(zhViews)];
    const missing = modules.flatMap((file) =>
      messageKeysUsed(file, allKeys)
        .filter((key) => !(key in zh))
        .map((key) => `${file}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it("read the views' Chinese messages once they are loaded", async () => {
    vi.resetModules();
    const fresh = await import('./index');
    expect(fresh.translate('zh', 'detail.sourceLine', { line: 85 })).toBe('detail.sourceLine');
    const view = vi.fn(() => Promise.resolve('the view'));
    await expect(fresh.withViewMessages(view)()).resolves.toBe('the view');
    expect(fresh.translate('zh', 'detail.sourceLine', { line: 85 })).toBe('第 85 行');
    expect(fresh.translate('zh', 'app.title')).toBe('丽水产业平台一张图');
  });

  it('load English once, on demand, and read Chinese until then', async () => {
    vi.resetModules();
    const fresh = await import('./index');
    expect(fresh.hasMessages('zh')).toBe(true);
    expect(fresh.hasMessages('en')).toBe(false);
    expect(fresh.translate('en', 'app.title')).toBe('丽水产业平台一张图');
    const first = fresh.loadMessages('en');
    expect(fresh.loadMessages('en')).toBe(first);
    await first;
    expect(fresh.hasMessages('en')).toBe(true);
    expect(fresh.translate('en', 'detail.sourceLine', { line: 85 })).toBe('line 85');
    expect(fresh.translate('en', 'app.title')).toBe('Lishui Industrial Platforms Map');
  });

  it('fill placeholders', () => {
    expect(translate('en', 'detail.sourceLine', { line: 85 })).toBe('line 85');
    expect(translate('zh', 'detail.sourceLine', { line: 85 })).toBe('第 85 行');
  });

  it('read counts in the plural English needs, with grouped digits', () => {
    expect(translate('en', 'search.resultCount', { count: 1 })).toBe('1 result');
    expect(translate('en', 'search.resultCount', { count: 12345 })).toBe('12,345 results');
    expect(translate('en', 'filter.count', { count: 1 })).toBe('1 area');
    expect(translate('en', 'tours.stepCount', { count: 1 })).toBe('1 step');
    expect(translate('en', 'tours.stepCount', { count: 3 })).toBe('3 steps');
    expect(translate('zh', 'search.resultCount', { count: 12345 })).toBe('12,345 条结果');
  });
});

describe('formatting', () => {
  it('reads 亿元 as CNY millions or billions in English', () => {
    expect(formatQuantity(5, '亿元', 'en')).toBe('CNY 500 m');
    expect(formatQuantity(120, '亿元', 'en')).toBe('CNY 12 bn');
    expect(formatQuantity(120, '亿元', 'zh')).toBe('120 亿元');
    expect(formatQuantity(3, '%', 'zh')).toBe('3%');
    expect(formatQuantity(1642.6, '公顷', 'en')).toBe('1,642.6 ha');
  });

  it('shows small areas in hectares and large ones in km²', () => {
    expect(formatArea(0.5, 'en')).toBe('50 ha');
    expect(formatArea(16.426, 'zh')).toBe('16.4 平方千米');
  });
});

describe('plan units in English', () => {
  it('cover every unit the targets use', () => {
    const units = new Set<string>();
    for (const file of readdirSync('geodata/records').filter((name) => name.endsWith('.json'))) {
      const records = JSON.parse(readFileSync(`geodata/records/${file}`, 'utf8')) as {
        targets?: Array<{ unit: string }>;
      };
      for (const target of records.targets ?? []) units.add(target.unit);
    }
    expect(units.size).toBeGreaterThan(10);
    expect([...units].filter((unit) => !hasEnglishUnit(unit))).toEqual([]);
  });

  it('name a unit on its own for chart labels', () => {
    expect(unitName('亿元', 'en')).toBe('CNY 100 m');
    expect(unitName('家', 'en')).toBe('firms');
    expect(unitName('亿元', 'zh')).toBe('亿元');
    expect(unitName('个', 'en')).toBe('');
  });

  it('use the singular for one', () => {
    expect(formatQuantity(1, '家', 'en')).toBe('1 firm');
    expect(formatQuantity(12345, '家', 'en')).toBe('12,345 firms');
    expect(formatQuantity(14.3, '万元/人', 'en')).toBe('CNY 143 k per person');
    expect(formatQuantity(1.4, '个百分点', 'en')).toBe('1.4 percentage points');
  });
});
