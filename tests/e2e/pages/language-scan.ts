import type { Locator } from '@playwright/test';

/** A visible piece of Chinese text an English reader meets, and where it is. */
export interface ChineseText {
  text: string;
  /** The nearest element's test id or tag and class, to find it in the code. */
  where: string;
}

/**
 * The visible text under `root` that holds Chinese characters but is not marked
 * as Chinese: a text node counts unless an ancestor below <html> carries
 * lang="zh…" (names shown bilingually, quotations of the plans), which is also
 * what a screen reader needs to switch voice. Accessible names and tooltips
 * (aria-label, title, placeholder, alt) under `root` are read the same way.
 */
export function unmarkedChineseText(root: Locator): Promise<ChineseText[]> {
  return root.evaluate((element) => {
    const chinese = /[\p{Script=Han}]/u;
    const found: Array<{ text: string; where: string }> = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!chinese.test(text)) continue;
      const parent = node.parentElement;
      if (!parent || !parent.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
        continue;
      const marked = parent.closest('[lang]');
      if (
        marked &&
        marked !== document.documentElement &&
        marked.getAttribute('lang')!.startsWith('zh')
      )
        continue;
      const labelled = parent.closest('[data-testid]');
      found.push({
        text: text.trim().slice(0, 80),
        where: labelled
          ? `[data-testid=${labelled.getAttribute('data-testid')}] ${parent.tagName.toLowerCase()}.${parent.className}`
          : `${parent.tagName.toLowerCase()}.${parent.className}`,
      });
    }
    // What a screen reader says or a tooltip shows counts too.
    for (const labelled of [
      element,
      ...element.querySelectorAll('[aria-label], [title], [placeholder], [alt]'),
    ]) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const text = labelled.getAttribute(name);
        if (!text || !chinese.test(text)) continue;
        const marked = labelled.closest('[lang]');
        if (
          marked &&
          marked !== document.documentElement &&
          marked.getAttribute('lang')!.startsWith('zh')
        )
          continue;
        found.push({
          text: text.slice(0, 80),
          where: `${labelled.tagName.toLowerCase()}.${labelled.getAttribute('class') ?? ''}[${name}]`,
        });
      }
    }
    return found;
  });
}
