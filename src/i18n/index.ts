/**
 * Translations: every user-visible string comes from zh.json / en.json.
 * Keys are typed from the Chinese file; a unit test keeps both in step.
 */
import en from './en.json';
import zh from './zh.json';
import type { Language } from './language';

export type MessageKey = keyof typeof zh;
export const MESSAGES: Record<Language, Record<MessageKey, string>> = { zh, en };

/** Looks up a message and fills {name} placeholders. */
export function translate(
  language: Language,
  key: MessageKey,
  values?: Record<string, string | number>,
): string {
  const template = MESSAGES[language][key] ?? MESSAGES.zh[key] ?? key;
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;
