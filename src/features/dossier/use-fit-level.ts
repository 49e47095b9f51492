import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import type { Language } from '@/i18n/language';
import type { SiteSummary } from '@/data/sites/site-model';
import { FIT_LEVELS, type FitLimits } from './dossier-lists';

/**
 * The most generous fit level at which the page does not overflow its sheet,
 * found by stepping down one level per layout. The site and the language
 * change what the page holds, so either starts the search again.
 */
export function useFitLevel(
  pageRef: RefObject<HTMLElement>,
  site: SiteSummary,
  language: Language,
): { level: number; limits: FitLimits; fontsReady: boolean } {
  const [level, setLevel] = useState(0);

  // Fonts change line breaks: measure again from the most generous level once they are in.
  const [fontsReady, setFontsReady] = useState(false);
  useEffect(() => {
    let cancelled = false;
    void document.fonts.ready.then(() => {
      if (!cancelled) setFontsReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  useLayoutEffect(() => {
    if (fontsReady) setLevel(0);
  }, [fontsReady, site, language]);
  useLayoutEffect(() => {
    const page = pageRef.current;
    if (!page) return;
    if (page.scrollHeight > page.clientHeight + 1 && level < FIT_LEVELS.length - 1)
      setLevel(level + 1);
  }, [pageRef, level, site, language, fontsReady]);

  return { level, limits: FIT_LEVELS[level]!, fontsReady };
}
