// Pagination shared by every list: page ≥ 1, limit 1..100 (default 20).
import { badRequest } from './errors.js';

/** A checked page request with its SQL offset. */
export interface PageArgs {
  page: number;
  limit: number;
  offset: number;
}

/** The page part of every list answer. */
export interface PageInfo {
  page: number;
  limit: number;
  total: number;
  /** True when a later page holds items (page × limit < total). */
  hasNextPage: boolean;
}

/** Largest page size a caller may ask for. */
export const MAX_LIMIT = 100;

/** Checks `page`/`limit` (GraphQL arguments, possibly null) and computes the offset; bad values are a 400. */
export function pageArgs(page?: number | null, limit?: number | null): PageArgs {
  const p = page ?? 1;
  const l = limit ?? 20;
  if (!Number.isInteger(p) || p < 1) throw badRequest(`page must be an integer ≥ 1, got ${p}`);
  if (!Number.isInteger(l) || l < 1 || l > MAX_LIMIT) {
    throw badRequest(`limit must be an integer from 1 to ${MAX_LIMIT}, got ${l}`);
  }
  return { page: p, limit: l, offset: (p - 1) * l };
}

/** THE PageInfo of a page: its position, the total, and whether a later page holds items. */
export function pageInfoOf(page: number, limit: number, total: number): PageInfo {
  return { page, limit, total, hasNextPage: page * limit < total };
}

/** Builds a page answer from the rows of one page and the total. */
export function paged<T>(items: T[], args: PageArgs, total: number): { items: T[]; pageInfo: PageInfo } {
  return { items, pageInfo: pageInfoOf(args.page, args.limit, total) };
}

/** Default of the `first`/`last` bound of a mentor's short lists (Mentor.reports, activeAssignments, ...). */
const DEFAULT_BOUND = 50;

/** Checks a list bound argument (`first`, `last`): an integer 1..MAX_LIMIT, default DEFAULT_BOUND; else a 400. */
export function boundArg(name: string, value?: number | null): number {
  const n = value ?? DEFAULT_BOUND;
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) {
    throw badRequest(`${name} must be an integer from 1 to ${MAX_LIMIT}, got ${n}`);
  }
  return n;
}
