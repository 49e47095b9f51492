/**
 * The current language for React views, and a translator bound to it. The
 * shell provides the language (from the store); i18n knows nothing of the
 * store, so any view under a provider can translate.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { translate, type Translate } from './index';
import type { Language } from './language';

const LanguageContext = createContext<Language>('zh');

export function LanguageProvider({
  language,
  children,
}: {
  language: Language;
  children: ReactNode;
}) {
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

/** The language views are shown in. */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** Translator bound to the current language. */
export function useT(): Translate {
  const language = useLanguage();
  return (key, values) => translate(language, key, values);
}
