/**
 * The keys presentation clickers send, per command (most emulate PageUp/PageDown
 * or arrows; some send B or "."). The one list the tour player, the presenter
 * view and the shortcuts overlay read.
 */
export type ClickerCommand = 'next' | 'previous' | 'first' | 'last' | 'black' | 'exit';

export const CLICKER_KEYS: Readonly<Record<ClickerCommand, readonly string[]>> = {
  next: ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar'],
  previous: ['ArrowLeft', 'ArrowUp', 'PageUp'],
  first: ['Home'],
  last: ['End'],
  black: ['b', 'B', '.'],
  exit: ['Escape'],
};

const COMMAND_OF_KEY = new Map(
  (Object.entries(CLICKER_KEYS) as Array<[ClickerCommand, readonly string[]]>).flatMap(
    ([command, keys]) => keys.map((key) => [key, command] as const),
  ),
);

/** The command a key (KeyboardEvent.key) stands for, or null. */
export function clickerCommand(key: string): ClickerCommand | null {
  return COMMAND_OF_KEY.get(key) ?? null;
}
