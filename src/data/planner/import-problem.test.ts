import { describe, expect, it } from 'vitest';
import { importTimeLimitMs, MAX_FILE_BYTES } from './import-problem';

describe('the import time limit', () => {
  it('gives a small file 20 s and grows by 2 s per MB', () => {
    expect(importTimeLimitMs(10_000)).toBe(22_000);
    expect(importTimeLimitMs(10 * 1024 * 1024)).toBe(40_000);
  });

  it('gives a file at the size limit over two minutes, so the clock does not undercut the size limit', () => {
    expect(importTimeLimitMs(MAX_FILE_BYTES)).toBe(120_000);
  });
});
