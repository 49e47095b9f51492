import { describe, expect, it } from 'vitest';
import { appendAll } from './append';

describe('appendAll', () => {
  it('appends more items than a spread call can pass as arguments', () => {
    const many = Array.from({ length: 500_000 }, (_, index) => index);
    expect(() => [0].push(...many)).toThrow(RangeError);
    const target = [-1];
    expect(appendAll(target, many)).toBe(target);
    expect(target).toHaveLength(500_001);
    expect(target.at(-1)).toBe(499_999);
  });
});
