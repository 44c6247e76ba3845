// Text PostgreSQL cannot store: a NUL character (U+0000) anywhere in a value, found before it reaches SQL.

/** The message of a 400 for text holding NUL, `at` naming where (e.g. `query.mentor_id`, `argument id`). */
export function nulMessage(at: string): string {
  return `${at}: text must not contain NUL (\\u0000) characters`;
}

/**
 * The path (keys joined by `.`, below `at`) of the first string — value or object key — holding NUL in `value`
 * (strings, arrays and plain objects, any depth), or undefined when there is none.
 */
export function nulAt(value: unknown, at: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? at : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulAt(value[i], `${at}.${i}`);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key.includes('\u0000')) return `${at}.${JSON.stringify(key)}`;
      const found = nulAt(v, `${at}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}
