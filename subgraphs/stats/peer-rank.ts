// Mentor.personalStats.peerRankPercentile: the org's sorted window totals, kept per window and brought up to date
// by the few members that changed.
//
// Reading every peer's total costs two index probes per peer (2 800 for a 1 400-mentor org, ~26 ms). The totals of an
// org for one window change only when an activity of a member changes (its roster version moves) or membership
// changes. So they are kept per (org, window) with each member's roster version, under a fingerprint of the roster
// (every member with its version). A request reads the fingerprint and its own total (one cheap statement). When the
// fingerprint moved, the members' versions are read (one index scan of the org's roster) and only the members whose
// version changed are counted again — after a write, one or two — instead of the whole organisation; a missing entry
// or a large change reads everything once.
import { sql, type SQL } from 'drizzle-orm';
import { preparedRaw } from '../../lib/prepared.js';
import { LRUCache } from 'lru-cache';
import { cacheLookups } from '../../lib/cache-stats.js';
import type { Db } from '../../lib/db.js';
import { mentorRoster } from './tables.js';
import { completedIn } from './personal-store.js';
import type { DateWindow } from './windows.js';

/** One org's totals for one window: each member's version and total, and the totals in ascending order. */
interface OrgTotals {
  /** The roster state the entry reflects; null when its members were read at different states (compare again). */
  fingerprint: string | null;
  members: Map<string, { version: number; total: number }>;
  sorted: number[];
}

/** At most this many (org, window) entries per database handle. */
const maxEntries = 500;
/** Members kept over all entries of one database handle (≈ 80 bytes each): bounds the memory, not the entry count. */
const maxMembersKept = 200_000;
/** More changed members than this, and reading the whole organisation again is cheaper than counting them apart. */
const maxDelta = 256;
const caches = new WeakMap<Db, LRUCache<string, OrgTotals>>();
/** Hits and misses of the org-totals cache (`cache_lookups_total{cache="peer_rank"}` on /metrics). */
const lookups = cacheLookups('peer_rank');
/** Of the misses with an entry: brought up to date from the changed members (hits) or read whole again (misses). */
const deltas = cacheLookups('peer_rank_delta');

/** The org's roster fingerprint: a hash sum over (member, version) and the member count; changes with any of them. */
const fingerprintOf = (
  org: SQL,
) => sql`(select coalesce(sum(hashtextextended(r.mentor_id || ':' || r.version, 0)), 0)::text
  || ':' || count(*) from ${mentorRoster} r where r.org_id = ${org})`;

const [orgP, mentorP, startP, endP, idsP] = ['org', 'mentor', 'start', 'end', 'ids'].map(
  (n) => sql`${sql.placeholder(n)}`,
);

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

/** Every org member with its version and completed count in the window [start, end], and the snapshot's fingerprint. */
const orgTotalsSql = (org: SQL, start: SQL, end: SQL) => sql`select ${fingerprintOf(org)} as fingerprint,
  coalesce(array_agg(t.mentor_id), '{}') as ids, coalesce(array_agg(t.version), '{}') as versions,
  coalesce(array_agg(t.n), '{}') as totals
  from (select r.mentor_id, r.version, ${completedIn(sql`r.mentor_id`, start, end)} as n
    from ${mentorRoster} r where r.org_id = ${org}) t`;

/** The org-totals statement with its values inline (for EXPLAIN in the latency script). */
export const orgTotalsQuery = (orgId: string, w: DateWindow) =>
  orgTotalsSql(sql`${orgId}`, sql`${w.start}`, sql`${w.end}`);

/** Index of the first value of an ascending array that is not below `n`: how many values are strictly below it. */
export function countBelow(sorted: ArrayLike<number>, n: number): number {
  let lo = 0,
    hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Puts `n` into an ascending array, keeping the order. */
function insertSorted(sorted: number[], n: number): void {
  sorted.splice(countBelow(sorted, n), 0, n);
}

/** Takes one `n` out of an ascending array that holds it. */
function removeSorted(sorted: number[], n: number): void {
  sorted.splice(countBelow(sorted, n), 1);
}

/** Reads the whole organisation: every member's version and total, from one snapshot. */
async function readAll(db: Db, orgId: string, w: DateWindow): Promise<OrgTotals> {
  const [row] = await preparedRaw<{ fingerprint: string; ids: string[]; versions: string[]; totals: number[] }>(
    db,
    'org_totals',
    () => orgTotalsSql(orgP, startP, endP),
  ).execute({ org: orgId, start: w.start, end: w.end });
  const members = new Map<string, { version: number; total: number }>();
  row.ids.forEach((id, i) => members.set(id, { version: Number(row.versions[i]), total: Number(row.totals[i]) }));
  return { fingerprint: row.fingerprint, members, sorted: row.totals.map(Number).sort((a, b) => a - b) };
}

/** Records a member's total read at `version`, unless the entry already holds a newer one. */
function record(kept: OrgTotals, id: string, version: number, total: number): void {
  const old = kept.members.get(id);
  if (old && old.version > version) return;
  if (old) removeSorted(kept.sorted, old.total);
  kept.members.set(id, { version, total });
  insertSorted(kept.sorted, total);
}

/** Drops a member who left the organisation. */
function drop(kept: OrgTotals, id: string): void {
  const old = kept.members.get(id);
  if (!old) return;
  kept.members.delete(id);
  removeSorted(kept.sorted, old.total);
}

/**
 * Brings a kept entry up to the roster's current state: reads every member's version (one index scan), counts again
 * only the members that are new or changed, and drops those who left. False when too many changed (read it all).
 * Every change to the entry is synchronous (members and sorted totals together), so requests catching up at once
 * cannot tear it; the fingerprint is set only when every member then holds the version the roster read showed.
 */
async function catchUp(db: Db, orgId: string, w: DateWindow, kept: OrgTotals): Promise<boolean> {
  kept.fingerprint = null;
  const roster = await preparedRaw<{ fingerprint: string; mentor_id: string; version: string }>(
    db,
    'peer_roster_versions',
    () => sql`select f.fingerprint, r.mentor_id, r.version from ${mentorRoster} r,
      (select ${fingerprintOf(orgP)} as fingerprint) f where r.org_id = ${orgP}`,
  ).execute({ org: orgId });
  const current = new Map(roster.map((r) => [r.mentor_id, Number(r.version)]));
  const changed = roster.filter((r) => kept.members.get(r.mentor_id)?.version !== Number(r.version));
  // an organisation without members has nothing to catch up (and its read is one cheap statement)
  if (!roster.length || changed.length > maxDelta) return false;
  for (const id of [...kept.members.keys()]) if (!current.has(id)) drop(kept, id);
  if (changed.length) {
    const fresh = await preparedRaw<{ mentor_id: string; version: string; n: number }>(
      db,
      'peer_changed_totals',
      () => sql`select r.mentor_id, r.version, ${completedIn(sql`r.mentor_id`, startP, endP)} as n
        from ${mentorRoster} r where r.mentor_id = any(${idsP}) and r.org_id = ${orgP}`,
    ).execute({ ids: changed.map((r) => r.mentor_id), org: orgId, start: w.start, end: w.end });
    for (const f of fresh) record(kept, f.mentor_id, Number(f.version), Number(f.n));
    // a changed member who left between the two statements
    const seen = new Set(fresh.map((f) => f.mentor_id));
    for (const c of changed) if (!seen.has(c.mentor_id)) drop(kept, c.mentor_id);
  }
  const consistent =
    kept.members.size === current.size && [...current].every(([id, v]) => kept.members.get(id)?.version === v);
  // a write between the statements leaves members at other states: the next request compares again
  kept.fingerprint = consistent ? roster[0].fingerprint : null;
  return true;
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
  if (!cache)
    caches.set(
      db,
      (cache = new LRUCache<string, OrgTotals>({
        max: maxEntries,
        maxSize: maxMembersKept,
        // an entry's size is fixed when it is stored; catching up changes it by a few members at most
        sizeCalculation: (t) => Math.max(1, t.members.size),
      })),
    );
  const key = `${orgId}|${w.start ?? ''}|${w.end}`;
  for (let attempt = 1; ; attempt++) {
    const me = await probe(db, mentorId, orgId, w);
    let kept = cache.get(key);
    if (kept && kept.fingerprint === me.fingerprint) lookups.hits++;
    else {
      lookups.misses++;
      if (kept && (await catchUp(db, orgId, w, kept))) deltas.hits++;
      else {
        if (kept) deltas.misses++;
        kept = await readAll(db, orgId, w);
        cache.set(key, kept);
      }
      // A write landed between the probe and the totals: probe again, so the answer reads one roster state (the
      // third attempt in a row of concurrent writes answers from the newest totals).
      if (kept.fingerprint !== me.fingerprint && attempt < 3) continue;
    }
    return { others: kept.sorted.length - (me.member ? 1 : 0), fewer: countBelow(kept.sorted, me.me) };
  }
}
