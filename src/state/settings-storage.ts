/**
 * User settings kept in localStorage, versioned and validated: anything
 * unreadable falls back to defaults. The check is written out by hand (two
 * fields) because the app reads it before the first map view, which does not
 * load zod.
 */
import { isRecord } from '@/lib/is-record';

const KEY = 'lishui-map:settings';
const MAX_TOKEN_LENGTH = 200;
export interface Settings {
  version: 1;
  tiandituToken: string | null;
}
const DEFAULTS: Settings = { version: 1, tiandituToken: null };

function isSettings(value: unknown): value is Settings {
  if (!isRecord(value) || value.version !== 1) return false;
  const token = value.tiandituToken;
  return token === null || (typeof token === 'string' && token.length <= MAX_TOKEN_LENGTH);
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readSettings(): Settings {
  const raw = storage()?.getItem(KEY);
  if (!raw) return DEFAULTS;
  try {
    const value: unknown = JSON.parse(raw);
    return isSettings(value) ? { version: 1, tiandituToken: value.tiandituToken } : DEFAULTS;
  } catch {
    return DEFAULTS;
  }
}

export function writeSettings(settings: Settings): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Private mode or full storage: the setting lasts for this session only.
  }
}
