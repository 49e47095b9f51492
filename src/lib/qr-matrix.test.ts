import jsQR from 'jsqr';
import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { matrixFromQrcode, qrFileName, qrPathData, qrPixels, qrSvgText } from './qr-matrix';

const link = 'https://example.org/lishui/?select=jinyun-core&lang=en&firm=ent-x';

describe('QR codes', () => {
  it('rasterises to pixels that decode back to the deep link', () => {
    const matrix = matrixFromQrcode(create(link, { errorCorrectionLevel: 'M' }));
    const pixels = qrPixels(matrix, 4);
    const decoded = jsQR(pixels.data, pixels.width, pixels.height);
    expect(decoded?.data).toBe(link);
  });

  it('encodes Chinese text too', () => {
    const text = 'https://example.org/?select=county-331102&lang=zh#莲都';
    const matrix = matrixFromQrcode(create(text, { errorCorrectionLevel: 'M' }));
    const pixels = qrPixels(matrix, 3);
    expect(jsQR(pixels.data, pixels.width, pixels.height)?.data).toBe(text);
  });

  it('draws one rectangle per run of dark modules in a standalone SVG', () => {
    const matrix = { size: 3, dark: [true, true, false, false, false, false, false, false, true] };
    expect(qrPathData(matrix, 0)).toBe('M0 0h2v1h-2zM2 2h1v1h-1z');
    const svg = qrSvgText(matrix, 1);
    expect(svg).toContain('viewBox="0 0 5 5"');
    expect(svg).toContain('<path d="M1 1h2v1h-2zM3 3h1v1h-1z"');
  });

  it('names files safely', () => {
    expect(qrFileName('ent-a/b', 'png')).toBe('qr-ent-a_b.png');
  });
});
