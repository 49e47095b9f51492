import { useCallback, useRef } from 'react';

/**
 * A callback ref that publishes its element's height (CSS px, rounded up) as a
 * CSS custom property while the element is on the page, and follows it as it
 * resizes, so layout elsewhere can make room for it: on the document's root
 * element, or on the element's parent. The property is removed when the
 * element goes.
 */
export function usePublishedHeight<Element extends HTMLElement>(
  property: `--${string}`,
  on: 'root' | 'parent',
): (element: Element | null) => void {
  // React calls a callback ref with the element, then with null when it goes.
  const stop = useRef<(() => void) | null>(null);
  return useCallback(
    (element: Element | null) => {
      stop.current?.();
      stop.current = null;
      const host = on === 'root' ? document.documentElement : element?.parentElement;
      if (!element || !host || typeof ResizeObserver === 'undefined') return;
      const write = () => host.style.setProperty(property, `${Math.ceil(element.offsetHeight)}px`);
      write();
      const observer = new ResizeObserver(write);
      observer.observe(element);
      stop.current = () => {
        observer.disconnect();
        host.style.removeProperty(property);
      };
    },
    [property, on],
  );
}
