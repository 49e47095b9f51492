import ExcelJS from 'exceljs';
import GJV from 'geojson-validation';
import { beforeAll, describe, expect, it } from 'vitest';
import { featureIdsForFilter } from '@/data/filter';
import { realData } from '../../../tests/fixtures/real-data';
import { BOM, csvCell, guardFormula, tableToCsv } from '@/lib/csv';
import {
  composeMapImage,
  footerHeight,
  layoutLegend,
  SCALE_BAR_COLOUR,
  scaleBarRect,
  type DrawingContext,
} from './compose-image';
import { featureIdsForExport } from './export-selection';
import { featuresToGeojson } from './geojson-export';
import { enterprisesTable, targetsTable, type Table } from './tables';
import { writeWorkbook } from '@/lib/workbook-sheets';
import { loadMessages, loadViewMessages } from '@/i18n';

// The export menu loads with the view messages; English as the user switches.
beforeAll(() => Promise.all([loadViewMessages(), loadMessages('en')]));

/** Minimal RFC 4180 reader for the round-trip test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r') continue;
    else if (char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  return rows;
}

const hostile: Table = {
  name: '测试',
  headers: ['名称', '数值', '来源'],
  rows: [
    ['=HYPERLINK("http://evil","点我")', 3, '规划 第 1 行'],
    ['+1+2', -4, null],
    ['@SUM(A1)', 1.5, 'a,b'],
    ['-cmd', 0, '多行\n文本'],
    ['普通 "引号"', null, '来源'],
  ],
};

describe('CSV export', () => {
  it('starts with a BOM and uses Chinese headers with a sources column', () => {
    const data = realData();
    const csv = tableToCsv(enterprisesTable(data, 'zh'));
    expect(csv.startsWith(BOM)).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([
      '编号',
      '企业名称',
      '英文名称',
      '类别',
      '产业',
      '所在平台/区县',
      '所在地',
      '所在地（英文）',
      '备注',
      '备注（英文）',
      '来源',
    ]);
    expect(rows).toHaveLength(data.enterprises.length + 1);
    // A benchmark firm's location comes in both languages.
    const sandvik = rows.find((row) => row[0] === 'ent-jinyun-bm-sandvik')!;
    expect(sandvik.slice(6, 8)).toEqual(['瑞典', 'Sweden']);
    expect(rows.slice(1).every((row) => row.at(-1)!.includes('第'))).toBe(true);
    const targetRows = parseCsv(tableToCsv(targetsTable(data, 'zh')).slice(1));
    expect(targetRows[0]).toContain('来源');
    // Figures the plans state two ways say so in the table too.
    const conflict = targetRows[0]!.indexOf('口径冲突说明');
    const taxPerMu = targetRows.find((row) => row[0] === 'tgt-jinyun-tax-per-mu')!;
    expect(taxPerMu[conflict]).toContain('30万元/亩');
    expect(targetRows).toHaveLength(data.targets.length + 1);
  });

  it('reads English in English: headers, kinds, scopes, names and sources', () => {
    const data = realData();
    const enterprises = enterprisesTable(data, 'en');
    expect(enterprises.name).toBe('Enterprises');
    expect(enterprises.headers).toEqual([
      'ID',
      'Name (Chinese)',
      'Name (English)',
      'Kind',
      'Industries',
      'Platform or county',
      'Location (Chinese)',
      'Location (English)',
      'Note (Chinese)',
      'Note (English)',
      'Sources',
    ]);
    const sandvik = enterprises.rows.find((row) => row[0] === 'ent-jinyun-bm-sandvik')!;
    // A firm elsewhere says so in the reader's language.
    expect(sandvik[3]).toContain('Benchmark firm (elsewhere)');
    const han = /\p{Script=Han}/u;
    for (const row of enterprises.rows) {
      const [, , , kind, industries, site, , , , , sources] = row;
      expect(String(kind), String(row[0])).not.toMatch(han);
      expect(String(industries), String(row[0])).not.toMatch(han);
      if (site !== null) expect(String(site), String(row[0])).not.toMatch(han);
      expect(String(sources), String(row[0])).toMatch(/ line \d+/);
      expect(String(sources), String(row[0])).not.toMatch(han);
    }
    const targets = targetsTable(data, 'en');
    expect(targets.name).toBe('Targets');
    expect(targets.headers.join(' ')).not.toMatch(han);
    const scope = targets.headers.indexOf('Scope');
    const scopeNameColumn = targets.headers.indexOf('Scope name');
    for (const row of targets.rows) {
      expect(String(row[scope]), String(row[0])).not.toMatch(han);
      expect(String(row[scopeNameColumn]), String(row[0])).not.toMatch(han);
    }
    const city = targets.rows.find((_, index) => data.targets[index]!.scope.kind === 'city')!;
    expect(city[scopeNameColumn]).toBe('Lishui City');
  });

  it('keeps untrusted text as text: quoting and a formula guard, numbers untouched', () => {
    const rows = parseCsv(tableToCsv(hostile).slice(1));
    expect(rows[1]).toEqual(['\'=HYPERLINK("http://evil","点我")', '3', '规划 第 1 行']);
    expect(rows[2]).toEqual(["'+1+2", '-4', '']);
    expect(rows[3]).toEqual(["'@SUM(A1)", '1.5', 'a,b']);
    expect(rows[4]).toEqual(["'-cmd", '0', '多行\n文本']);
    expect(rows[5]).toEqual(['普通 "引号"', '', '来源']);
    expect(guardFormula('安全')).toBe('安全');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('Excel export', () => {
  it('round-trips: one sheet per table, Chinese headers, 来源 column, guarded text', async () => {
    const data = realData();
    const buffer = await writeWorkbook([
      enterprisesTable(data, 'zh'),
      targetsTable(data, 'zh'),
      hostile,
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['企业', '目标', '测试']);
    const enterprises = workbook.getWorksheet('企业')!;
    expect(enterprises.getRow(1).getCell(2).value).toBe('企业名称');
    expect(enterprises.getRow(1).getCell(11).value).toBe('来源');
    expect(enterprises.rowCount).toBe(data.enterprises.length + 1);
    const first = data.enterprises[0]!;
    expect(enterprises.getRow(2).getCell(2).value).toBe(first.name);
    const targets = workbook.getWorksheet('目标')!;
    expect(targets.rowCount).toBe(data.targets.length + 1);
    const numeric = data.targets.findIndex((target) => target.value !== null);
    expect(targets.getRow(numeric + 2).getCell(7).value).toBe(data.targets[numeric]!.value);
    const test = workbook.getWorksheet('测试')!;
    expect(test.getRow(2).getCell(1).value).toBe('\'=HYPERLINK("http://evil","点我")');
    expect(test.getRow(2).getCell(1).formula).toBeUndefined();
    expect(test.getRow(3).getCell(2).value).toBe(-4);
  });
});

describe('GeoJSON export', () => {
  it('exports a filter result as a valid FeatureCollection of placed features', () => {
    const data = realData();
    const industry = data.industries.find(
      (entry) => (data.featuresByIndustry.get(entry.id)?.length ?? 0) > 2,
    )!;
    const ids = featureIdsForExport(data, 'filter', {
      filter: { kind: 'industry', id: industry.id },
      selectedId: null,
      hiddenLayers: [],
    });
    expect(new Set(ids)).toEqual(featureIdsForFilter(data, { kind: 'industry', id: industry.id }));
    const collection = featuresToGeojson(data, ids);
    expect(GJV.isFeatureCollection(collection, true)).toEqual([]);
    expect(collection.features.length).toBeGreaterThan(0);
    for (const feature of collection.features) {
      expect(feature.properties.sources).toMatch(/第 \d+ 行/);
      expect(data.featureById.get(feature.properties.id)?.geometry).toEqual(feature.geometry);
    }
  });

  it('exports the selected feature layer and the visible layers, leaving out unplaced features', () => {
    const data = realData();
    const layer = featuresToGeojson(
      data,
      featureIdsForExport(data, 'layer', {
        filter: null,
        selectedId: 'liandu-block-baiqiao',
        hiddenLayers: [],
      }),
    );
    expect(GJV.isFeatureCollection(layer, true)).toEqual([]);
    expect(layer.features.every((feature) => feature.properties.system === 'liandu')).toBe(true);
    const visible = featuresToGeojson(
      data,
      featureIdsForExport(data, 'visible', {
        filter: null,
        selectedId: null,
        hiddenLayers: ['liandu-areas'],
      }),
    );
    expect(GJV.isFeatureCollection(visible, true)).toEqual([]);
    expect(
      visible.features.some((feature) => feature.properties.id === 'liandu-block-baiqiao'),
    ).toBe(false);
    expect(
      visible.features.some((feature) => feature.properties.id === 'corridor-lishui-hitech-zone'),
    ).toBe(false);
    expect(visible.features.length).toBeGreaterThan(20);
  });
});

describe('map picture composition', () => {
  it('wraps the legend into rows and draws map, title, legend and attribution', () => {
    const layout = layoutLegend(
      [
        { colour: '#f00', label: 'aaaa' },
        { colour: '#0f0', label: 'bbbb' },
        { colour: '#00f', label: 'cccc' },
      ],
      200,
      (text) => text.length * 10,
    );
    expect(layout.rows).toBe(2);
    const calls: string[] = [];
    const context = {
      drawImage: () => calls.push('map'),
      fillRect: () => undefined,
      strokeRect: () => undefined,
      fillText: (text: string) => calls.push(text),
      measureText: (text: string) => ({ width: text.length * 7 }),
      fillStyle: '',
      strokeStyle: '',
      font: '',
      textBaseline: 'alphabetic',
      lineWidth: 1,
    } as unknown as DrawingContext;
    composeMapImage(context, {
      map: {} as CanvasImageSource,
      mapWidth: 800,
      mapHeight: 600,
      scale: 2,
      title: '丽水产业平台一张图',
      subtitle: '2025-01-01',
      legend: [{ colour: '#c62f2f', label: '浙西南科创走廊' }],
      attribution: 'GeoNames',
      fontFamily: 'sans-serif',
    });
    expect(calls).toEqual([
      'map',
      '丽水产业平台一张图',
      '2025-01-01',
      '浙西南科创走廊',
      'GeoNames',
    ]);
    expect(footerHeight(1)).toBeGreaterThan(footerHeight(0));
  });

  it('draws the scale bar at its length and a north arrow turned against the bearing', () => {
    const rects: Array<{ colour: string; rect: number[] }> = [];
    const texts: string[] = [];
    const rotations: number[] = [];
    const context = {
      drawImage: () => undefined,
      fillRect(this: { fillStyle: string }, ...rect: number[]) {
        rects.push({ colour: this.fillStyle, rect });
      },
      strokeRect: () => undefined,
      fillText: (text: string) => texts.push(text),
      measureText: (text: string) => ({ width: text.length * 7 }),
      save: () => undefined,
      restore: () => undefined,
      translate: () => undefined,
      rotate: (angle: number) => rotations.push(angle),
      beginPath: () => undefined,
      moveTo: () => undefined,
      lineTo: () => undefined,
      closePath: () => undefined,
      fill: () => undefined,
      fillStyle: '',
      strokeStyle: '',
      font: '',
      textBaseline: 'alphabetic',
      lineWidth: 1,
    } as unknown as DrawingContext;
    const input = {
      map: {} as CanvasImageSource,
      mapWidth: 1600,
      mapHeight: 1000,
      scale: 2,
      title: 'Lishui',
      subtitle: '2025-01-01',
      legend: [],
      attribution: 'GeoNames',
      fontFamily: 'sans-serif',
      furniture: { scaleBar: { widthPx: 74.5, label: '10 km' }, bearing: 30, north: 'N' },
    };
    composeMapImage(context, input);
    const bar = rects.find(
      ({ colour, rect }) => colour === SCALE_BAR_COLOUR && rect[2] === 74.5 * 2,
    );
    expect(bar?.rect).toEqual(scaleBarRect(input, 74.5));
    // On the map, above the footer.
    expect(bar!.rect[1]! + bar!.rect[3]!).toBeLessThan(1000);
    expect(texts).toEqual(expect.arrayContaining(['10 km', 'N']));
    expect(rotations).toEqual([(-30 * Math.PI) / 180]);
  });
});
