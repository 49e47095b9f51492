/**
 * User settings kept in localStorage, versioned and validated: anything
 * unreadable falls back to defaults.
 */
import { z } from 'zod';

const KEY = 'lishui-map:settings';
const settingsSchema = z.object({
  version: z.literal(1),
  tiandituToken: z.string().max(200).nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;
const DEFAULTS: Settings = { version: 1, tiandituToken: null };

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
    const parsed = settingsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULTS;
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
