import { useEffect, useRef, type RefObject } from 'react';
import { pushDialog, tabbableElements } from './dialog-stack';

export interface FocusReturnOptions {
  /** Whether the panel is open (a panel that renders only when open passes true). */
  isOpen: boolean;
  /** What Escape does when this panel is the top-most one: close it. */
  onClose: () => void;
  /** Modal dialogs keep Tab inside themselves. */
  modal?: boolean;
  /**
   * Whether opening moves focus into the panel (default true). Off for state
   * that is not a place to go, such as an active filter, which Escape still clears.
   */
  moveFocus?: boolean;
  /** When this changes while open (another site in the same panel), focus moves in again. */
  focusKey?: unknown;
}

/**
 * The one way panels and dialogs handle focus: on open, focus moves to the
 * element marked `data-autofocus`, else the panel's first heading, else its first
 * control; on close it goes back to the control that had it before (the button
 * that opened the panel); while open, the panel is on the dialog stack, so
 * Escape closes the top-most panel first. Returns the ref for the panel's element.
 *
 * On a page that has just loaded (nothing focused yet) a panel opened by the URL
 * does not take focus: reading starts at the top of the page, as usual. A modal
 * dialog always does.
 */
/**
 * Where focus goes back to: the opener itself, or, when a menu or disclosure
 * it sat in has closed since (a `hidden` container), the button that controls
 * that container (its `aria-controls`). Null when neither is on the page.
 */
export function returnTarget(opener: HTMLElement): HTMLElement | null {
  if (!opener.isConnected) return null;
  const closed = opener.closest<HTMLElement>('[hidden]');
  if (!closed) return opener;
  if (!closed.id) return null;
  const controllers = document.querySelectorAll<HTMLElement>('[aria-controls]');
  return (
    [...controllers].find((element) => element.getAttribute('aria-controls') === closed.id) ?? null
  );
}

export function useFocusReturn<Element extends HTMLElement = HTMLElement>({
  isOpen,
  onClose,
  modal = false,
  moveFocus = true,
  focusKey,
}: FocusReturnOptions): RefObject<Element> {
  const containerRef = useRef<Element>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });
  const openerRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (!isOpen) return undefined;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    openerRef.current = opener;
    // The panel's element as rendered with it open (the ref is null once it is gone).
    const container = containerRef.current;
    const remove = pushDialog({
      close: () => onCloseRef.current(),
      container: () => containerRef.current,
      modal,
    });
    return () => {
      remove();
      const focused = document.activeElement;
      // Only when focus is lost with the panel (or still inside it): never take it
      // from wherever the user has since moved it.
      const lostFocus =
        focused === null ||
        focused === document.body ||
        (container !== null && container.contains(focused));
      const target = opener && returnTarget(opener);
      if (target && lostFocus) target.focus();
    };
  }, [isOpen, modal]);

  useEffect(() => {
    if (!isOpen || !moveFocus) return;
    const container = containerRef.current;
    if (!container) return;
    const active = document.activeElement;
    if (active instanceof Node && container.contains(active) && focusKey === undefined) return;
    // A freshly loaded page with nothing focused: leave focus where reading starts
    // (a modal dialog still takes it, as nothing else may be used while it is open).
    const nothingFocused = active === null || active === document.body;
    if (!modal && !hasInteracted && openerRef.current === null && nothingFocused) return;
    focusInto(container);
  }, [isOpen, moveFocus, focusKey, modal]);

  return containerRef;
}

/** Whether the user has pressed a key or a pointer since the page loaded. */
let hasInteracted = false;
if (typeof window !== 'undefined') {
  const mark = () => {
    hasInteracted = true;
    window.removeEventListener('pointerdown', mark, true);
    window.removeEventListener('keydown', mark, true);
  };
  window.addEventListener('pointerdown', mark, true);
  window.addEventListener('keydown', mark, true);
}

/** Focuses a panel's `data-autofocus` element, else its first heading, else its first control. */
export function focusInto(container: HTMLElement): void {
  const marked = container.querySelector<HTMLElement>('[data-autofocus]');
  if (marked) {
    marked.focus({ preventScroll: false });
    return;
  }
  const heading = container.querySelector<HTMLElement>('h1, h2, h3');
  if (heading) {
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
    return;
  }
  const first = tabbableElements(container)[0];
  if (first) first.focus();
  else {
    if (!container.hasAttribute('tabindex')) container.setAttribute('tabindex', '-1');
    container.focus();
  }
}
