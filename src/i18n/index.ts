/**
 * Translations: every user-visible string comes from the message files.
 * Keys are typed from the Chinese files; a unit test keeps both languages in step.
 *
 * Chinese is the default language and every lookup's fallback. Only what the
 * first map view shows is in the first bundle (zh.json: header, layers, legend,
 * filter, search; a unit test checks every first-view module against it). The
 * rest of the Chinese messages (zh-views.json: detail panel, targets, tours,
 * planner, dossier…) load with the views that use them (`withViewMessages`)
 * or once the map is idle. English is one chunk (about 7 KB gzip), loaded when
 * a page opens in English, when the user switches, or in the background once
 * the map is idle (`preloadMessages`), so a switch never waits for the network.
 */
import zh from './zh.json';
import type zhViews from './zh-views.json';
import type { Language } from './language';
import { LOCALE } from './format';
import {
  formatParts,
  parseMessage,
  type MessageFormatters,
  type MessagePart,
  type MessageValues,
} from './message-format';

export type MessageKey = keyof typeof zh | keyof typeof zhViews;
export type Messages = Record<MessageKey, string>;

const catalogs: Partial<Record<Language, Partial<Messages>>> = { zh };
const pending = new Map<Language, Promise<void>>();

const loaders: Record<Exclude<Language, 'zh'>, () => Promise<Messages>> = {
  en: () => import('./en.json').then((module) => module.default),
};

/** One load per catalog, shared by every caller; a failed load rejects and may be retried. */
function loadOnce(key: Language, load: () => Promise<Partial<Messages>>): Promise<void> {
  const inFlight = pending.get(key);
  if (inFlight) return inFlight;
  const loading = load().then(
    (messages) => {
      catalogs[key] = { ...catalogs[key], ...messages };
    },
    (error: unknown) => {
      pending.delete(key);
      throw error;
    },
  );
  pending.set(key, loading);
  return loading;
}

/** Whether `language`'s messages are loaded, so `translate` can use them now. */
export const hasMessages = (language: Language): boolean => catalogs[language] !== undefined;

/** Loads `language`'s messages once; later calls share the first load. */
export function loadMessages(language: Language): Promise<void> {
  return language === 'zh' ? Promise.resolve() : loadOnce(language, loaders[language]);
}

/** Loads the Chinese messages of the views after the first map view, once. */
export function loadViewMessages(): Promise<void> {
  return loadOnce('zh', () => import('./zh-views.json').then((module) => module.default));
}

/** `load` (a view's chunk) together with the messages the view shows. */
export function withViewMessages<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadViewMessages()]).then(([module]) => module);
}

/** Loads every catalog in the background; a failure is retried on first use. */
export function preloadMessages(): void {
  loadViewMessages().catch(() => undefined);
  for (const language of Object.keys(loaders) as Language[])
    loadMessages(language).catch(() => undefined);
}

/** Parsed messages, by template: a message is parsed once, however often it is shown. */
const parsed = new Map<string, MessagePart[]>();
const formatters: Partial<Record<Language, MessageFormatters>> = {};

function formattersFor(language: Language): MessageFormatters {
  const existing = formatters[language];
  if (existing) return existing;
  const numbers = new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 2 });
  const plurals = new Intl.PluralRules(LOCALE[language]);
  const created: MessageFormatters = {
    number: (value) => numbers.format(value),
    pluralCategory: (value) => plurals.select(value),
  };
  formatters[language] = created;
  return created;
}

/**
 * Looks up a message and fills its placeholders (syntax: ./message-format.ts).
 * Numbers are counts and quantities: they are formatted for the language
 * (12345 → "12,345") and choose plural forms. Identifiers that only look like
 * numbers (a year, a source line) are passed as strings and shown as they are.
 * A language whose messages are not loaded yet reads Chinese (callers switch
 * language only after `loadMessages`, so this shows only if a load failed).
 */
export function translate(language: Language, key: MessageKey, values?: MessageValues): string {
  const fromLanguage = catalogs[language]?.[key];
  const template = fromLanguage ?? catalogs.zh?.[key] ?? key;
  const shownLanguage = fromLanguage === undefined ? 'zh' : language;
  let parts = parsed.get(template);
  if (!parts) {
    parts = parseMessage(template);
    parsed.set(template, parts);
  }
  return formatParts(parts, values ?? {}, formattersFor(shownLanguage));
}

export type Translate = (key: MessageKey, values?: MessageValues) => string;
