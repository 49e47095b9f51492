import type { AppData } from './model';

/** A plan document's short title in a language, or the seed id when the document is unknown. */
export function documentShortTitle(data: AppData, seed: string, language: 'zh' | 'en'): string {
  const document = data.documents[seed];
  if (!document) return seed;
  return language === 'en' ? document.shortTitleEn : document.shortTitle;
}

/** A plan document's full title in a language, or undefined when the document is unknown. */
export function documentTitle(
  data: AppData,
  seed: string,
  language: 'zh' | 'en',
): string | undefined {
  const document = data.documents[seed];
  if (!document) return undefined;
  return language === 'en' ? document.titleEn : document.title;
}
