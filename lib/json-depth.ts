// How deeply a parsed JSON value nests, measured without recursion (a hostile body may nest half a million levels).

/**
 * True when `value` nests arrays/objects more than `max` levels deep (`1`, `"x"` → 0; `[]`, `{}` → 1; `[[1]]` → 2).
 * Walks with an explicit stack and stops at the first level past `max`, so its cost is bounded by the value's size
 * and it never overflows the call stack (JSON.stringify and every recursive walker would, past a few thousand levels).
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}
