import { translate } from '@/i18n';
import type { Language } from '@/i18n/language';

/** "+N more" after a list cut to fit the page; nothing when nothing was cut. */
export function More({ count, language }: { count: number; language: Language }) {
  if (count <= 0) return null;
  return <span className="dossier-more">{translate(language, 'dossier.more', { count })}</span>;
}
