import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from './zod';

const SRC = path.resolve(__dirname, '..');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('the app goes to zod through src/lib/zod.ts', () => {
  it('imports only types from zod anywhere else, so every schema parses jitless', () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => !file.endsWith(path.join('lib', 'zod.ts')))
      .filter((file) =>
        /^import\s+(?!type\b)[^;]*from\s+'zod(\/[^']*)?';/m.test(readFileSync(file, 'utf8')),
      )
      .map((file) => path.relative(SRC, file));
    expect(offenders).toEqual([]);
  });

  it('has jitless parsing switched on', () => {
    expect(z.config().jitless).toBe(true);
  });
});
