import { lazy, Suspense, useState } from 'react';
import { useT } from '@/i18n/use-t';
import { withViewMessages } from '@/i18n';
import '@/components/site-actions.css';

// The menu pulls in the table builders; exceljs loads only when a workbook is asked for.
const ExportMenu = lazy(withViewMessages(() => import('./ExportMenu')));

/**
 * The header's "导出 / Export" button and its menu. `asMenuItem`: the button is
 * an item of the header's tools menu, and its own menu a submenu of it.
 */
export function ExportButton({ asMenuItem = false }: { asMenuItem?: boolean }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <div className="export-button" data-submenu-host={asMenuItem || undefined}>
      <button
        type="button"
        className="button"
        role={asMenuItem ? 'menuitem' : undefined}
        aria-haspopup={asMenuItem ? 'menu' : undefined}
        aria-label={t('exports.openLabel')}
        aria-expanded={open}
        data-testid="exports-open"
        onClick={() => setOpen(!open)}
      >
        {t('exports.open')}
      </button>
      {open && (
        <div data-submenu={asMenuItem || undefined} className="export-button__menu">
          <Suspense fallback={null}>
            <ExportMenu onClose={() => setOpen(false)} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
