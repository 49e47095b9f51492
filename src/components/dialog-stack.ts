/**
 * The panels and dialogs open on screen, in the order they were opened, so that
 * Escape closes the top-most one and modal dialogs keep Tab inside themselves.
 *
 * It holds DOM elements and close callbacks, not application state, so it is a
 * small module of its own rather than a slice of the zustand store (whose state
 * is plain data the URL and storage can carry). No React here: the hook that
 * panels use is use-focus-return.ts.
 */

export interface DialogEntry {
  /** Closes the panel (what its close button does). */
  close: () => void;
  /** The panel's element, for the focus trap (null while it is not in the DOM). */
  container: () => HTMLElement | null;
  /** Modal dialogs keep Tab and Shift+Tab inside themselves. */
  modal: boolean;
}

const stack: DialogEntry[] = [];

/** Puts a panel on top of the stack; returns what removes it again. */
export function pushDialog(entry: DialogEntry): () => void {
  stack.push(entry);
  if (stack.length === 1) document.addEventListener('keydown', onKeyDown);
  return () => {
    const index = stack.indexOf(entry);
    if (index >= 0) stack.splice(index, 1);
    if (stack.length === 0) document.removeEventListener('keydown', onKeyDown);
  };
}

/** The panel that Escape would close next, if any. */
export function topDialog(): DialogEntry | null {
  return stack[stack.length - 1] ?? null;
}

/** Form fields that use Escape themselves (to cancel an edit or close a list). */
function editsText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
      target.type,
    )
  );
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The elements of a container that Tab stops at, in document order. */
export function tabbableElements(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !element.closest('[hidden], [inert]'),
  );
}

function onKeyDown(event: KeyboardEvent): void {
  const top = topDialog();
  if (!top || event.defaultPrevented) return;
  if (event.key === 'Escape') {
    if (editsText(event.target)) return;
    event.preventDefault();
    top.close();
    return;
  }
  if (event.key === 'Tab' && top.modal) trapTab(event, top);
}

function trapTab(event: KeyboardEvent, entry: DialogEntry): void {
  const container = entry.container();
  if (!container) return;
  const tabbable = tabbableElements(container);
  const first = tabbable[0];
  const last = tabbable[tabbable.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = document.activeElement;
  const inside = active instanceof Node && container.contains(active);
  if (event.shiftKey && (active === first || !inside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !inside)) {
    event.preventDefault();
    first.focus();
  }
}
