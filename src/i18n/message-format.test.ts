import { describe, expect, it } from 'vitest';
import {
  formatParts,
  MessageSyntaxError,
  parseMessage,
  placeholderSignature,
  type MessageFormatters,
} from './message-format';

const english: MessageFormatters = {
  number: (value) => new Intl.NumberFormat('en-GB').format(value),
  pluralCategory: (value) => new Intl.PluralRules('en-GB').select(value),
};
const chinese: MessageFormatters = {
  number: (value) => new Intl.NumberFormat('zh-CN').format(value),
  pluralCategory: (value) => new Intl.PluralRules('zh-CN').select(value),
};

const format = (
  message: string,
  values: Record<string, string | number>,
  formatters = english,
): string => formatParts(parseMessage(message), values, formatters);

describe('message format', () => {
  const results = '{count, plural, one {# result} other {# results}}';

  it('chooses the singular for one and the plural otherwise', () => {
    expect(format(results, { count: 1 })).toBe('1 result');
    expect(format(results, { count: 0 })).toBe('0 results');
    expect(format(results, { count: 2 })).toBe('2 results');
  });

  it('groups the digits of counts and values', () => {
    expect(format(results, { count: 12345 })).toBe('12,345 results');
    expect(format('{count} areas', { count: 12345 })).toBe('12,345 areas');
    expect(format('{count, plural, other {# 条结果}}', { count: 12345 }, chinese)).toBe(
      '12,345 条结果',
    );
  });

  it('inserts strings as they are, so identifiers keep their digits', () => {
    expect(format('line {line}', { line: '12345' })).toBe('line 12345');
  });

  it('prefers an exact branch over the category', () => {
    expect(format('{n, plural, =0 {none} one {# item} other {# items}}', { n: 0 })).toBe('none');
  });

  it('fills placeholders inside a branch', () => {
    expect(
      format('{count, plural, one {# site in {county}} other {# sites in {county}}}', {
        count: 1,
        county: 'Lianxi',
      }),
    ).toBe('1 site in Lianxi');
  });

  it('reads a count given as a numeric string', () => {
    expect(format(results, { count: '1' })).toBe('1 result');
  });

  it('leaves a missing value visible rather than guessing', () => {
    expect(format('{name}: {count, plural, other {# results}}', {})).toBe('{name}: {count}');
  });

  it('rejects a plural without an other branch, unknown selectors and stray braces', () => {
    expect(() => parseMessage('{n, plural, one {# item}}')).toThrow(MessageSyntaxError);
    expect(() => parseMessage('{n, plural, several {# items} other {#}}')).toThrow(
      MessageSyntaxError,
    );
    expect(() => parseMessage('{n, select, a {x} other {y}}')).toThrow(MessageSyntaxError);
    expect(() => parseMessage('a } b')).toThrow(MessageSyntaxError);
    expect(() => parseMessage('{n, plural, other {#')).toThrow(MessageSyntaxError);
  });

  it('describes placeholders without the selectors, which differ by language', () => {
    expect(placeholderSignature(parseMessage(results))).toEqual(['count{plural}']);
    expect(
      placeholderSignature(parseMessage('{county}: {count, plural, other {# in {chain}}}')),
    ).toEqual(['chain', 'county', 'count{plural}']);
  });
});
