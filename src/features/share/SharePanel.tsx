/**
 * The shared view: its link (selectable, with a copy button) and a QR code of
 * it to show on screen for a phone in the room. The link itself is made by
 * the shell, which knows the whole URL state.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { QrCode } from '@/components/QrCode';
import { useT } from '@/i18n/use-t';
import { copyText } from '@/lib/clipboard';

export type CopyStatus = 'copied' | 'failed' | null;

export default function SharePanel({
  link,
  initialStatus,
  onClose,
}: {
  link: string;
  initialStatus: CopyStatus;
  onClose: () => void;
}) {
  const t = useT();
  const titleId = useId();
  const [status, setStatus] = useState<CopyStatus>(initialStatus);
  const copyRef = useRef<HTMLButtonElement>(null);
  useEffect(() => setStatus(initialStatus), [initialStatus, link]);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    copyRef.current?.focus();
    return () => previous?.focus?.();
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="share-panel" role="dialog" aria-labelledby={titleId} data-testid="share-panel">
      <div className="share-panel__head">
        <h2 id={titleId} className="panel__title">
          {t('share.title')}
        </h2>
        <button
          type="button"
          className="button button--quiet"
          data-testid="share-close"
          onClick={onClose}
        >
          {t('share.close')}
        </button>
      </div>
      <p className="muted">{t('share.includes')}</p>
      <div className="share-panel__link">
        <input
          type="text"
          readOnly
          value={link}
          aria-label={t('share.linkLabel')}
          data-testid="share-link"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          ref={copyRef}
          type="button"
          className="button"
          data-testid="share-copy"
          onClick={() => void copyText(link).then((done) => setStatus(done ? 'copied' : 'failed'))}
        >
          {t('share.copy')}
        </button>
      </div>
      <p className="share-panel__status" role="status" data-testid="share-status">
        {status === 'copied' ? t('share.copied') : status === 'failed' ? t('share.copyFailed') : ''}
      </p>
      <div className="share-panel__qr">
        <QrCode text={link} label={t('share.qrLabel')} sizeCss="168px" testId="share-qr" />
        <p className="muted">{t('share.qrHint')}</p>
      </div>
    </div>
  );
}
