import { CSS_FONT_FAMILY } from '@/map/theme';

/**
 * Waits (briefly) until the CJK font stack can draw Chinese, so the map never
 * renders blank labels. System fonts resolve at once; the timeout keeps a
 * missing font from blocking the map.
 */
export async function waitForFonts(timeoutMs = 1500): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  const load = document.fonts.load(`16px ${CSS_FONT_FAMILY}`, '丽水').then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([load, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
}
