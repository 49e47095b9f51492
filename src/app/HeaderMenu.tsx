/**
 * The header's tools when they do not fit in one row: a menu button
 * (aria-expanded) and its menu. Arrow keys, Home and End move between the
 * items, Escape closes the menu and gives focus back to the button; a click
 * on an item that does its job at once closes it too.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { topDialog } from '@/components/dialog-stack';

const ITEMS = '[role="menuitem"], [role="menuitemcheckbox"], select';

function items(menu: HTMLElement | null): HTMLElement[] {
  if (!menu) return [];
  return [...menu.querySelectorAll<HTMLElement>(ITEMS)].filter(
    (item) => !item.hasAttribute('disabled') && item.closest('[data-submenu]') === null,
  );
}

export function HeaderMenu({
  label,
  description,
  open,
  onOpenChange,
  children,
}: {
  label: string;
  description: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
}) {
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  // Opening moves focus to the first item, as a menu button does.
  useEffect(() => {
    if (open) items(menuRef.current)[0]?.focus();
  }, [open]);

  // A press outside the button and the menu closes it.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target))
        onOpenChange(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, onOpenChange]);

  const close = () => {
    onOpenChange(false);
    buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      // A panel opened from inside the menu (the export menu) closes first, through the dialog stack.
      const panel = topDialog()?.container();
      if (panel && menuRef.current?.contains(panel)) return;
      event.preventDefault();
      event.stopPropagation();
      close();
      return;
    }
    const target = event.target as HTMLElement;
    // Inside a submenu (the exports) or on the basemap list, its own keys win.
    if (target.closest('[data-submenu]') || target.tagName === 'SELECT') {
      if (event.key !== 'Tab') return;
    }
    const list = items(menuRef.current);
    const index = list.indexOf(target);
    const move = (next: number) => {
      event.preventDefault();
      list[(next + list.length) % list.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index < 0 ? list.length - 1 : index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Tab') onOpenChange(false);
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      onOpenChange(true);
    }
  };

  return (
    <div className="header-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button header-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={description}
        data-testid="header-menu-button"
        onClick={() => onOpenChange(!open)}
        onKeyDown={onButtonKeyDown}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      <div
        ref={menuRef}
        id={menuId}
        role="menu"
        aria-label={label}
        className="header-menu__list"
        hidden={!open}
        data-testid="header-menu"
        onKeyDown={onMenuKeyDown}
        onClick={(event) => {
          const item = (event.target as HTMLElement).closest('[data-closes-menu]');
          if (!item) return;
          // As a menu does: focus goes back to its button before the items are hidden
          // (a hidden item would drop it to the page), so what the item opens can give
          // focus back there when it closes.
          buttonRef.current?.focus();
          onOpenChange(false);
        }}
      >
        {children}
      </div>
    </div>
  );
}
