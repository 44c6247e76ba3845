// Counts the SQL statements a database handle sends, so tests and benchmarks can pin batching.

/** Counts statements; `measure` runs a function and returns how many statements it issued. */
export class StatementCounter {
  count = 0;
  private log: string[] | null = null;

  /** Called for every statement drizzle hands to the driver. */
  record(query: string): void {
    this.count++;
    this.log?.push(query);
  }

  /** Runs `fn` and returns its result with the number (and text) of the statements issued meanwhile. */
  async measure<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number; queries: string[] }> {
    const before = this.count;
    const previous = this.log;
    this.log = [];
    try {
      const result = await fn();
      return { result, statements: this.count - before, queries: this.log };
    } finally {
      this.log = previous;
    }
  }
}
