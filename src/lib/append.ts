/**
 * Appends every item of `items` to `target`. `target.push(...items)` passes each
 * item as an argument and throws "Maximum call stack size exceeded" past some
 * 100,000 items (fewer in a worker, whose stack is smaller): a county's
 * enterprise register is that big.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
