import { useEffect, useState, type RefObject } from 'react';

let measuringContext: CanvasRenderingContext2D | null | undefined;

/** Width in CSS px of `text` in `font` (a CSS font shorthand); null where nothing can measure. */
function textWidth(text: string, font: string): number | null {
  if (measuringContext === undefined) {
    try {
      measuringContext = document.createElement('canvas').getContext('2d');
    } catch {
      measuringContext = null;
    }
  }
  if (!measuringContext) return null;
  measuringContext.font = font;
  return measuringContext.measureText(text).width;
}

/**
 * The full placeholder while it fits the input's text box, else the short one:
 * a field narrowed by the header never shows its purpose cut mid-word.
 */
export function useFittingPlaceholder(
  input: RefObject<HTMLInputElement | null>,
  full: string,
  short: string,
): string {
  const [fits, setFits] = useState(true);
  useEffect(() => {
    const element = input.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const check = () => {
      const style = getComputedStyle(element);
      const box =
        element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const width = textWidth(full, style.font);
      // Two pixels spare for the caret and rounding.
      setFits(width === null || width + 2 <= box);
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [input, full]);
  return fits ? full : short;
}
