import { useEffect, useState } from 'react';
import { useT } from '@/i18n/use-t';
import { downloadBlob } from '@/lib/download';
import {
  QR_MARGIN,
  matrixFromQrcode,
  qrFileName,
  qrPathData,
  qrPixels,
  qrSvgText,
  type QrMatrix,
} from '@/lib/qr-matrix';

const cache = new Map<string, QrMatrix>();

/** Encodes text as a QR matrix; the encoder is imported on first use so the first map view stays small. */
export async function encodeQr(text: string): Promise<QrMatrix> {
  const cached = cache.get(text);
  if (cached) return cached;
  const { create } = await import('qrcode');
  const matrix = matrixFromQrcode(create(text, { errorCorrectionLevel: 'M' }));
  cache.set(text, matrix);
  return matrix;
}

export function useQrMatrix(text: string): QrMatrix | null {
  const [state, setState] = useState<{ text: string; matrix: QrMatrix } | null>(() => {
    const cached = cache.get(text);
    return cached ? { text, matrix: cached } : null;
  });
  useEffect(() => {
    let cancelled = false;
    void encodeQr(text).then((matrix) => {
      if (!cancelled) setState({ text, matrix });
    });
    return () => {
      cancelled = true;
    };
  }, [text]);
  return state?.text === text ? state.matrix : null;
}

/** A QR code drawn as one SVG path (crisp at any print size). */
export function QrCode({
  text,
  label,
  sizeCss,
  testId,
}: {
  text: string;
  label: string;
  /** CSS size, e.g. "30mm" or "120px". */
  sizeCss: string;
  testId?: string;
}) {
  const t = useT();
  const matrix = useQrMatrix(text);
  if (!matrix) {
    return (
      <div className="qr qr--loading" style={{ width: sizeCss, height: sizeCss }} role="status">
        {t('qr.loading')}
      </div>
    );
  }
  const extent = matrix.size + 2 * QR_MARGIN;
  return (
    <svg
      className="qr"
      viewBox={`0 0 ${extent} ${extent}`}
      width={sizeCss}
      height={sizeCss}
      role="img"
      aria-label={label}
      data-testid={testId}
      data-qr-text={text}
      shapeRendering="crispEdges"
    >
      <rect width={extent} height={extent} fill="#fff" />
      <path d={qrPathData(matrix)} fill="#000" />
    </svg>
  );
}

async function pngBlob(matrix: QrMatrix): Promise<Blob> {
  const pixels = qrPixels(matrix, 10);
  const canvas = document.createElement('canvas');
  canvas.width = pixels.width;
  canvas.height = pixels.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  const image = context.createImageData(pixels.width, pixels.height);
  image.data.set(pixels.data);
  context.putImageData(image, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
}

/** PNG and SVG download buttons for the QR code of `text`. */
export function QrDownloads({ text, fileId }: { text: string; fileId: string }) {
  const t = useT();
  return (
    <span className="qr-downloads">
      <button
        type="button"
        className="link-button"
        data-testid="qr-download-png"
        aria-label={t('qr.downloadLabel', { format: 'PNG' })}
        onClick={() =>
          void encodeQr(text)
            .then(pngBlob)
            .then((blob) => downloadBlob(qrFileName(fileId, 'png'), blob))
        }
      >
        {t('qr.downloadPng')}
      </button>
      <button
        type="button"
        className="link-button"
        data-testid="qr-download-svg"
        aria-label={t('qr.downloadLabel', { format: 'SVG' })}
        onClick={() =>
          void encodeQr(text).then((matrix) =>
            downloadBlob(
              qrFileName(fileId, 'svg'),
              new Blob([qrSvgText(matrix)], { type: 'image/svg+xml' }),
            ),
          )
        }
      >
        {t('qr.downloadSvg')}
      </button>
    </span>
  );
}

/**
 * A QR code with its PNG/SVG downloads, as the detail panel offers it for a
 * site or a firm; `hint` explains it beside the downloads.
 */
export function QrBlock({
  text,
  label,
  sizeCss,
  testId,
  fileId,
  hint,
}: {
  text: string;
  label: string;
  sizeCss: string;
  testId: string;
  fileId: string;
  hint?: string;
}) {
  const downloads = <QrDownloads text={text} fileId={fileId} />;
  return (
    <div className="site-actions__qr-body">
      <QrCode text={text} label={label} sizeCss={sizeCss} testId={testId} />
      {hint ? (
        <div>
          <p className="muted">{hint}</p>
          {downloads}
        </div>
      ) : (
        downloads
      )}
    </div>
  );
}
