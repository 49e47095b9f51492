import { describe, expect, it } from 'vitest';
import { miniData } from '../../../tests/fixtures/mini-data';
import {
  appBase,
  enterpriseDeepLink,
  enterpriseSiteId,
  firmFromSearch,
  siteDeepLink,
} from './deep-link';
import { parsePrintRoute, printRouteLink, wantsPrintRoute } from './print-route';

const base = appBase({
  origin: 'https://maps.example',
  protocol: 'https:',
  pathname: '/lishui/',
});

describe('deep links for QR codes', () => {
  it('links a site with its language', () => {
    expect(siteDeepLink(base, 'liandu-core-bihu', 'en')).toBe(
      'https://maps.example/lishui/?select=liandu-core-bihu&lang=en',
    );
  });

  it('links a page opened from a file to that file, not to the opaque origin "null"', () => {
    const fileBase = appBase({
      origin: 'null',
      protocol: 'file:',
      pathname: '/media/usb/lishui-briefing.html',
    });
    expect(siteDeepLink(fileBase, 'liandu-core-bihu', 'zh')).toBe(
      'file:///media/usb/lishui-briefing.html?select=liandu-core-bihu&lang=zh',
    );
  });

  it('sends an enterprise to its platform, else its county, with the firm to highlight', () => {
    const data = miniData();
    const placed = data.enterpriseById.get('ent-liandu-a')!;
    const countyOnly = data.enterpriseById.get('ent-liandu-b')!;
    expect(enterpriseSiteId(data, placed)).toBe('liandu-park-gaoxi');
    expect(enterpriseSiteId(data, countyOnly)).toBe('county-331102');
    expect(enterpriseDeepLink(base, data, countyOnly, 'zh')).toBe(
      'https://maps.example/lishui/?select=county-331102&lang=zh&firm=ent-liandu-b',
    );
    expect(firmFromSearch('?select=x&firm=ent-liandu-b', data)).toBe('ent-liandu-b');
    expect(firmFromSearch('?firm=ent-nowhere', data)).toBeNull();
  });

  it('parses print routes and drops unknown ids', () => {
    const known = (id: string) => ['a', 'b', 'c', 'd'].includes(id);
    expect(parsePrintRoute('?dossier=a,zz,b&print=1', known)).toEqual({
      kind: 'dossier',
      ids: ['a', 'b'],
      autoPrint: true,
    });
    expect(parsePrintRoute('?compare=a,b,c,d', known)).toEqual({
      kind: 'compare',
      ids: ['a', 'b', 'c'],
    });
    expect(parsePrintRoute('?shortlist=b,b,a', known)).toEqual({
      kind: 'shortlist',
      ids: ['b', 'a'],
    });
    expect(parsePrintRoute('?dossier=<script>', known)).toBeNull();
    expect(parsePrintRoute('?select=a', known)).toBeNull();
    expect(wantsPrintRoute('?shortlist=a')).toBe(true);
    expect(printRouteLink(base, 'shortlist', ['a', 'b'], 'en')).toBe(
      'https://maps.example/lishui/?shortlist=a,b&lang=en',
    );
  });
});
