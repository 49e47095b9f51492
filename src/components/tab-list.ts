import type { KeyboardEvent } from 'react';

/**
 * The ARIA tabs pattern, shared by the planner and the chain view: each tab names
 * the panel it controls, only the chosen tab is a Tab stop, and the arrow keys,
 * Home and End choose and focus another tab.
 */

/** Attributes of one tab of the tab list `prefix`. */
export function tabAttributes(prefix: string, id: string, isChosen: boolean) {
  return {
    id: `${prefix}-tab-${id}`,
    role: 'tab',
    'aria-selected': isChosen,
    'aria-controls': `${prefix}-panel`,
    tabIndex: isChosen ? 0 : -1,
  } as const;
}

/** Attributes of the panel that shows the chosen tab's content. */
export function tabPanelAttributes(prefix: string, chosenId: string) {
  return {
    id: `${prefix}-panel`,
    role: 'tabpanel',
    'aria-labelledby': `${prefix}-tab-${chosenId}`,
  } as const;
}

/** Key handler for the tab list: Left/Right (wrapping), Home and End choose and focus a tab. */
export function tabListKeyHandler<Id extends string>(
  prefix: string,
  ids: readonly Id[],
  chosen: Id,
  choose: (id: Id) => void,
) {
  return (event: KeyboardEvent<HTMLElement>) => {
    const index = ids.indexOf(chosen);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % ids.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + ids.length) % ids.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? ids.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    const id = ids[next]!;
    choose(id);
    document.getElementById(`${prefix}-tab-${id}`)?.focus();
  };
}
