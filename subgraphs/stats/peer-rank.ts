// Mentor.personalStats.peerRankPercentile: the org's sorted window totals, computed once per roster state and window.
//
// Reading every peer's total costs two index probes per peer (2 800 for a 1 400-mentor org, ~50 ms). The totals of an
// org for one window change only when an activity of a member changes (its roster version moves) or membership
// changes, so they are kept, sorted, under a fingerprint of the roster (every member with its version). A request
// reads the fingerprint and its own total (one cheap statement); only a changed roster or a new window pays for the
// full read, which returns its own fingerprint from the same snapshot.
import { sql, type SQL } from 'drizzle-orm';
import { preparedRaw } from '../../lib/prepared.js';
import { LRUCache } from 'lru-cache';
import { cacheLookups } from '../../lib/cache-stats.js';
import type { Db } from '../../lib/db.js';
import { mentorRoster } from './tables.js';
import { completedIn } from './personal-store.js';
import type { DateWindow } from './windows.js';

/** Org window totals kept per database handle: at most this many (org, window, roster state) entries. */
const maxEntries = 500;
const caches = new WeakMap<Db, LRUCache<string, Int32Array>>();
/** Hits and misses of the org-totals cache (`cache_lookups_total{cache="peer_rank"}` on /metrics). */
const lookups = cacheLookups('peer_rank');

/** The org's roster fingerprint: a hash sum over (member, version) and the member count; changes with any of them. */
const fingerprintOf = (
  org: SQL,
) => sql`(select coalesce(sum(hashtextextended(r.mentor_id || ':' || r.version, 0)), 0)::text
  || ':' || count(*) from ${mentorRoster} r where r.org_id = ${org})`;

const [orgP, mentorP, startP, endP] = ['org', 'mentor', 'start', 'end'].map((n) => sql`${sql.placeholder(n)}`);

/** This mentor's completed count in the window, whether it is on the org's roster, and the roster fingerprint. */
async function probe(db: Db, mentorId: string, orgId: string, w: DateWindow) {
  const [row] = await preparedRaw<{ fingerprint: string; me: number; member: boolean }>(
    db,
    'peer_probe',
    () => sql`select
    ${fingerprintOf(orgP)} as fingerprint, ${completedIn(mentorP, startP, endP)} as me,
    exists (select 1 from ${mentorRoster} r where r.mentor_id = ${mentorP} and r.org_id = ${orgP}) as member`,
  ).execute({ org: orgId, mentor: mentorId, start: w.start, end: w.end });
  return { fingerprint: row.fingerprint, me: Number(row.me), member: row.member === true };
}

/** Every org member's completed count in the window [start, end], ascending, with the fingerprint of the same snapshot. */
const orgTotalsSql = (org: SQL, start: SQL, end: SQL) => sql`select ${fingerprintOf(org)} as fingerprint,
  coalesce((select array_agg(t.n order by t.n) from (select ${completedIn(sql`r.mentor_id`, start, end)} as n
    from ${mentorRoster} r where r.org_id = ${org}) t), '{}') as totals`;

/** The org-totals statement with its values inline (for EXPLAIN in the latency script). */
export const orgTotalsQuery = (orgId: string, w: DateWindow) =>
  orgTotalsSql(sql`${orgId}`, sql`${w.start}`, sql`${w.end}`);

/** How many values of an ascending array are strictly below `n`. */
export function countBelow(sorted: Int32Array, n: number): number {
  let lo = 0,
    hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The other mentors of the organisation (stats' roster) and how many of them completed strictly fewer activities in
 * the window than this mentor.
 */
export async function peerRank(
  db: Db,
  mentorId: string,
  orgId: string,
  w: DateWindow,
): Promise<{ others: number; fewer: number }> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new LRUCache({ max: maxEntries })));
  const key = (fingerprint: string) => `${orgId}|${w.start ?? ''}|${w.end}|${fingerprint}`;
  for (let attempt = 1; ; attempt++) {
    const me = await probe(db, mentorId, orgId, w);
    let totals = cache.get(key(me.fingerprint));
    if (totals) lookups.hits++;
    else lookups.misses++;
    if (!totals) {
      const [row] = await preparedRaw<{ fingerprint: string; totals: number[] }>(db, 'org_totals', () =>
        orgTotalsSql(orgP, startP, endP),
      ).execute({ org: orgId, start: w.start, end: w.end });
      const fresh = Int32Array.from(row.totals);
      cache.set(key(row.fingerprint), fresh);
      // A write landed between the two statements: probe again, so the answer reads one roster state (the third
      // attempt in a row of concurrent writes answers from the newest totals).
      if (row.fingerprint !== me.fingerprint && attempt < 3) continue;
      totals = fresh;
    }
    return { others: totals.length - (me.member ? 1 : 0), fewer: countBelow(totals, me.me) };
  }
}
