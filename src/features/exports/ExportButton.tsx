import { lazy, Suspense, useState } from 'react';
import { useT } from '@/i18n/use-t';
import { withViewMessages } from '@/i18n';
import '@/components/site-actions.css';

// The menu pulls in the table builders; exceljs loads only when a workbook is asked for.
const ExportMenu = lazy(withViewMessages(() => import('./ExportMenu')));

/** The header's "导出 / Export" button and its menu. */
export function ExportButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <div className="export-button">
      <button
        type="button"
        className="button"
        aria-label={t('exports.openLabel')}
        aria-expanded={open}
        data-testid="exports-open"
        onClick={() => setOpen(!open)}
      >
        {t('exports.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportMenu onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
