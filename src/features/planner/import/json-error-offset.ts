/**
 * Where a JSON text first goes wrong (0-based character offset), for engines
 * whose JSON.parse message gives no position (V8 since 2023 quotes a snippet
 * instead). A small recursive-descent scan of RFC 8259; only run on failure.
 */
const MAX_DEPTH = 5_000;

export function jsonErrorOffset(text: string): number {
  let index = 0;
  const whitespace = () => {
    while (index < text.length && ' \t\n\r'.includes(text[index]!)) index += 1;
  };
  const fail = (): never => {
    throw index;
  };
  const literal = (word: string) => {
    for (const character of word) {
      if (text[index] !== character) fail();
      index += 1;
    }
  };
  const string = () => {
    index += 1; // opening quote
    while (index < text.length) {
      const character = text[index]!;
      if (character === '"') {
        index += 1;
        return;
      }
      if (character < ' ') fail();
      if (character === '\\') {
        index += 1;
        const escape = text[index];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 1, index + 5))) fail();
          index += 4;
        } else if (escape === undefined || !'"\\/bfnrt'.includes(escape)) fail();
      }
      index += 1;
    }
    fail();
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(index, index + 400));
    if (!match || match[0] === '-') fail();
    index += match![0].length;
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) fail();
    whitespace();
    const character = text[index];
    if (character === '{') {
      index += 1;
      whitespace();
      if (text[index] === '}') {
        index += 1;
        return;
      }
      for (;;) {
        whitespace();
        if (text[index] !== '"') fail();
        string();
        whitespace();
        if (text[index] !== ':') fail();
        index += 1;
        value(depth + 1);
        whitespace();
        if (text[index] === ',') index += 1;
        else if (text[index] === '}') {
          index += 1;
          return;
        } else fail();
      }
    } else if (character === '[') {
      index += 1;
      whitespace();
      if (text[index] === ']') {
        index += 1;
        return;
      }
      for (;;) {
        value(depth + 1);
        whitespace();
        if (text[index] === ',') index += 1;
        else if (text[index] === ']') {
          index += 1;
          return;
        } else fail();
      }
    } else if (character === '"') string();
    else if (character === 't') literal('true');
    else if (character === 'f') literal('false');
    else if (character === 'n') literal('null');
    else number();
  };
  try {
    value(0);
    whitespace();
    return index < text.length ? index : -1;
  } catch (offset) {
    return typeof offset === 'number' ? offset : index;
  }
}
