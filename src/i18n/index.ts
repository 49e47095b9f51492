/**
 * Translations: every user-visible string comes from zh.json / en.json.
 * Keys are typed from the Chinese file; a unit test keeps both in step.
 *
 * Chinese is the default language and every lookup's fallback, so it ships in
 * the first bundle. English is its own chunk (about 7 KB gzip), loaded when a
 * page opens in English, when the user switches, or in the background once
 * the map is idle (`preloadMessages`), so a switch never waits for the network.
 */
import zh from './zh.json';
import type { Language } from './language';

export type MessageKey = keyof typeof zh;
export type Messages = Record<MessageKey, string>;

const catalogs: Partial<Record<Language, Messages>> = { zh };
const pending = new Map<Language, Promise<void>>();

const loaders: Record<Exclude<Language, 'zh'>, () => Promise<Messages>> = {
  en: () => import('./en.json').then((module) => module.default),
};

/** Whether `language`'s messages are loaded, so `translate` can use them now. */
export const hasMessages = (language: Language): boolean => catalogs[language] !== undefined;

/**
 * Loads `language`'s messages once; later calls share the first load. A failed
 * load (the chunk could not be fetched) rejects and may be retried.
 */
export function loadMessages(language: Language): Promise<void> {
  if (language === 'zh' || hasMessages(language)) return Promise.resolve();
  const inFlight = pending.get(language);
  if (inFlight) return inFlight;
  const load = loaders[language]().then(
    (messages) => {
      catalogs[language] = messages;
    },
    (error: unknown) => {
      pending.delete(language);
      throw error;
    },
  );
  pending.set(language, load);
  return load;
}

/** Loads every language in the background; a failure is retried on first use. */
export function preloadMessages(): void {
  for (const language of Object.keys(loaders) as Language[])
    loadMessages(language).catch(() => undefined);
}

/**
 * Looks up a message and fills {name} placeholders. A language whose messages
 * are not loaded yet reads Chinese (callers switch language only after
 * `loadMessages`, so this shows only if a load failed).
 */
export function translate(
  language: Language,
  key: MessageKey,
  values?: Record<string, string | number>,
): string {
  const template = catalogs[language]?.[key] ?? zh[key] ?? key;
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;
