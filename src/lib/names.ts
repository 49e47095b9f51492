/** The name to show in a language: English when there is one, else the Chinese name. */
export function localName(
  record: { name: string; nameEn?: string | undefined },
  language: 'zh' | 'en',
): string {
  return localText(record.name, record.nameEn, language);
}

/** The secondary name shown under the main one (the other language), or null. */
export function otherName(
  record: { name: string; nameEn?: string | undefined },
  language: 'zh' | 'en',
): string | null {
  if (language === 'en') return record.nameEn ? record.name : null;
  return record.nameEn ?? null;
}

/** A text of the data in a language: its English when there is one, else the Chinese. */
export function localText(zh: string, en: string | undefined, language: 'zh' | 'en'): string {
  return language === 'en' && en ? en : zh;
}
