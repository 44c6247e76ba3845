// Drizzle writes of the reports subgraph (its own `reports` schema): insert with a fresh random id, locked update, delete.
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db, Pools } from '../../lib/db.js';
import { reports, type ReportRow } from './tables.js';

/** What a new report stores besides its generated id and timestamps. */
export interface NewReport {
  activityId: string;
  peerMentorId: string;
  orgId: string;
  fields: ReportRow['fields'];
  /** Who created it (and so last changed it): the token's subject; null or absent with authentication off. */
  createdBy?: string | null;
  updatedBy?: string | null;
}

/** A fresh report id: `rpt_` and 8 random lowercase hex digits. */
export function newReportId(): string {
  return `rpt_${randomBytes(4).toString('hex')}`;
}

/** Inserts a draft; on an id collision draws another id (up to 8 tries). */
export async function insertReport(db: Db, r: NewReport, now: Date, nextId = newReportId): Promise<ReportRow> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const [row] = await db
      .insert(reports)
      .values({ ...r, reportId: nextId(), status: 'draft', createdAt: now, updatedAt: now })
      .onConflictDoNothing({ target: reports.reportId })
      .returning();
    if (row) return row;
  }
  throw new Error('could not draw a free report id');
}

/**
 * Runs `change` on the locked row inside one transaction and writes what it returns
 * (null: nothing to write). Resolves with the stored row, or null when the report does not exist.
 */
export async function updateReport(
  pools: Pools,
  id: string,
  change: (
    row: ReportRow,
  ) => Partial<Pick<ReportRow, 'fields' | 'status' | 'submittedAt' | 'updatedAt' | 'updatedBy'>> | null,
): Promise<ReportRow | null> {
  return pools.transaction(async (tx) => {
    const [row] = await tx.select().from(reports).where(eq(reports.reportId, id)).for('update');
    if (!row) return null;
    const set = change(row);
    if (!set) return row;
    const [updated] = await tx.update(reports).set(set).where(eq(reports.reportId, id)).returning();
    return updated;
  });
}

/** Deletes a report (only of organisation `orgId` when given); its mentor, or null when no such report was there. */
export async function deleteReport(db: Db, id: string, orgId?: string): Promise<{ mentorId: string } | null> {
  const match =
    orgId === undefined ? eq(reports.reportId, id) : and(eq(reports.reportId, id), eq(reports.orgId, orgId));
  const [row] = await db.delete(reports).where(match).returning({ mentorId: reports.peerMentorId });
  return row ?? null;
}
