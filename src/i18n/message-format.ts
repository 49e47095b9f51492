/**
 * The message syntax: a small, strict subset of ICU MessageFormat.
 *
 *   "{name}"                                      a value, numbers through Intl.NumberFormat
 *   "{count, plural, one {# result} other {# results}}"  a plural, chosen by Intl.PluralRules;
 *                                                 "#" is the count, formatted; "=0" picks an exact value
 *
 * Branches may hold placeholders of their own ("{count, plural, one {# site in {county}} …}").
 * Every plural needs an `other` branch (the one Chinese always uses). There is no
 * quoting: messages hold no literal braces or "#" outside plurals (a unit test checks
 * that every message parses).
 */

export type MessagePart =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string }
  | { kind: 'count' }
  | { kind: 'plural'; name: string; branches: PluralBranches };

/** Branches by selector ("one", "=0"…); `other` is always there. */
export type PluralBranches = Record<string, MessagePart[]> & { other: MessagePart[] };

const PLURAL_SELECTOR = /^(=\d+|zero|one|two|few|many|other)$/;

export class MessageSyntaxError extends Error {}

/** Parses a message into parts; throws MessageSyntaxError naming the position. */
export function parseMessage(message: string): MessagePart[] {
  let position = 0;

  function fail(reason: string): never {
    throw new MessageSyntaxError(`${reason} at ${position} in "${message}"`);
  }

  function skipSpace() {
    while (/\s/.test(message[position] ?? '')) position += 1;
  }

  function readWord(): string {
    const start = position;
    while (/[\w=]/.test(message[position] ?? '')) position += 1;
    if (start === position) fail('expected a name');
    return message.slice(start, position);
  }

  function parseParts(insidePlural: boolean): MessagePart[] {
    const parts: MessagePart[] = [];
    let text = '';
    const flush = () => {
      if (text) parts.push({ kind: 'text', text });
      text = '';
    };
    while (position < message.length) {
      const character = message[position];
      if (character === '}') break;
      if (character === '#' && insidePlural) {
        flush();
        parts.push({ kind: 'count' });
        position += 1;
      } else if (character === '{') {
        flush();
        parts.push(parsePlaceholder());
      } else {
        text += character;
        position += 1;
      }
    }
    flush();
    return parts;
  }

  function parsePlaceholder(): MessagePart {
    position += 1; // "{"
    skipSpace();
    const name = readWord();
    skipSpace();
    if (message[position] === '}') {
      position += 1;
      return { kind: 'value', name };
    }
    if (message[position] !== ',') fail('expected "}" or ","');
    position += 1;
    skipSpace();
    const type = readWord();
    if (type !== 'plural') fail(`unknown placeholder type "${type}"`);
    skipSpace();
    if (message[position] !== ',') fail('expected "," after "plural"');
    position += 1;
    const branches: Record<string, MessagePart[]> = {};
    skipSpace();
    while (message[position] !== '}') {
      if (position >= message.length) fail('unclosed plural');
      const selector = readWord();
      if (!PLURAL_SELECTOR.test(selector)) fail(`unknown plural selector "${selector}"`);
      if (selector in branches) fail(`repeated plural selector "${selector}"`);
      skipSpace();
      if (message[position] !== '{') fail('expected "{" to open a plural branch');
      position += 1;
      branches[selector] = parseParts(true);
      if (message[position] !== '}') fail('unclosed plural branch');
      position += 1;
      skipSpace();
    }
    position += 1;
    const other = branches.other;
    if (!other) fail(`plural "${name}" has no "other" branch`);
    return { kind: 'plural', name, branches: { ...branches, other } };
  }

  const parts = parseParts(false);
  if (position < message.length) fail('unexpected "}"');
  return parts;
}

/**
 * The placeholders of a message as a comparable signature: "name" for a value,
 * "name{plural}" for a plural, with the placeholders inside its branches.
 * Branch selectors are left out: they differ by language by design.
 */
export function placeholderSignature(parts: MessagePart[]): string[] {
  const names = new Set<string>();
  const walk = (list: MessagePart[]) => {
    for (const part of list) {
      if (part.kind === 'value') names.add(part.name);
      if (part.kind === 'plural') {
        names.add(`${part.name}{plural}`);
        Object.values(part.branches).forEach(walk);
      }
    }
  };
  walk(parts);
  return [...names].sort();
}

export type MessageValues = Record<string, string | number>;

export interface MessageFormatters {
  number: (value: number) => string;
  pluralCategory: (value: number) => string;
}

/** Fills a parsed message: numbers are formatted, strings are inserted as they are. */
export function formatParts(
  parts: MessagePart[],
  values: MessageValues,
  formatters: MessageFormatters,
  count?: number,
): string {
  let output = '';
  for (const part of parts) {
    if (part.kind === 'text') output += part.text;
    else if (part.kind === 'count') output += count === undefined ? '#' : formatters.number(count);
    else if (part.kind === 'value') {
      const value = values[part.name];
      if (value === undefined) output += `{${part.name}}`;
      else output += typeof value === 'number' ? formatters.number(value) : value;
    } else {
      const raw = values[part.name];
      const value = typeof raw === 'number' ? raw : Number(raw);
      if (raw === undefined || !Number.isFinite(value)) {
        output += `{${part.name}}`;
        continue;
      }
      const branch =
        part.branches[`=${value}`] ??
        part.branches[formatters.pluralCategory(value)] ??
        part.branches.other;
      output += formatParts(branch, values, formatters, value);
    }
  }
  return output;
}
