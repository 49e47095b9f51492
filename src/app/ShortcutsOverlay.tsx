/**
 * "?": every key the app answers to, read from the two places keys are
 * defined (the global keys and the tour clicker keys), so the list cannot
 * drift from what the handlers do.
 */
import { useId } from 'react';
import { useFocusReturn } from '@/components/use-focus-return';
import { useT } from '@/i18n/use-t';
import type { MessageKey } from '@/i18n';
import { CLICKER_KEYS, type ClickerCommand } from '@/features/tours/clicker-keys';
import { GLOBAL_KEYS, type GlobalKeyAction } from './use-global-keys';

/** Key caps as printed on keyboards; only the space bar's name is a word. */
const KEY_CAPS: Record<string, string> = {
  Escape: 'Esc',
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
  PageDown: 'Page Down',
  PageUp: 'Page Up',
  ' ': ' ',
  Spacebar: ' ',
};

export interface ShortcutRow {
  description: MessageKey;
  /** One entry per key cap shown; `keys` are the KeyboardEvent.key values it stands for. */
  caps: Array<{ cap: string; keys: string[] }>;
}

/** The same cap for keys that print alike (b and B; " " and the old "Spacebar"). */
function capsOf(keys: readonly string[]): ShortcutRow['caps'] {
  const caps = new Map<string, string[]>();
  for (const key of keys) {
    const cap = KEY_CAPS[key] ?? (key.length === 1 ? key.toUpperCase() : key);
    caps.set(cap, [...(caps.get(cap) ?? []), key]);
  }
  return [...caps].map(([cap, capKeys]) => ({ cap, keys: capKeys }));
}

const GLOBAL_DESCRIPTIONS: Record<GlobalKeyAction, MessageKey> = {
  clear: 'shortcuts.clear',
  shortcuts: 'shortcuts.help',
};

const CLICKER_DESCRIPTIONS: Record<ClickerCommand, MessageKey> = {
  next: 'shortcuts.next',
  previous: 'shortcuts.previous',
  first: 'shortcuts.first',
  last: 'shortcuts.last',
  black: 'shortcuts.black',
  exit: 'shortcuts.exit',
};

export function shortcutGroups(): Array<{ title: MessageKey; rows: ShortcutRow[] }> {
  return [
    {
      title: 'shortcuts.groupMap',
      rows: (Object.keys(GLOBAL_KEYS) as GlobalKeyAction[]).map((action) => ({
        description: GLOBAL_DESCRIPTIONS[action],
        caps: capsOf(GLOBAL_KEYS[action]),
      })),
    },
    {
      title: 'shortcuts.groupTour',
      rows: (Object.keys(CLICKER_KEYS) as ClickerCommand[]).map((command) => ({
        description: CLICKER_DESCRIPTIONS[command],
        caps: capsOf(CLICKER_KEYS[command]),
      })),
    },
  ];
}

export function ShortcutsOverlay({ onClose }: { onClose: () => void }) {
  const t = useT();
  const titleId = useId();
  // A modal dialog on the dialog stack: focus moves to its close button and back, Escape
  // closes it and nothing under it (not the filter, not a tour, which skips its keys then).
  const dialogRef = useFocusReturn<HTMLDivElement>({ isOpen: true, onClose, modal: true });
  return (
    <div className="shortcuts-backdrop" onClick={onClose}>
      <div
        ref={dialogRef}
        className="shortcuts"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="shortcuts"
        onClick={(event) => event.stopPropagation()}
      >
        <div className="shortcuts__head">
          <h2 id={titleId} className="panel__title">
            {t('shortcuts.title')}
          </h2>
          <button
            type="button"
            data-autofocus
            className="button button--quiet"
            data-testid="shortcuts-close"
            onClick={onClose}
          >
            {t('shortcuts.close')}
          </button>
        </div>
        {shortcutGroups().map((group) => (
          <section key={group.title}>
            <h3 className="shortcuts__group">{t(group.title)}</h3>
            <dl className="shortcuts__list">
              {group.rows.map((row) => (
                <div key={row.description} className="shortcuts__row" data-testid="shortcut">
                  <dt>
                    {row.caps.map(({ cap, keys }) => (
                      <kbd key={cap} data-keys={JSON.stringify(keys)}>
                        {cap === ' ' ? t('shortcuts.keySpace') : cap}
                      </kbd>
                    ))}
                  </dt>
                  <dd>{t(row.description)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </div>
  );
}
