-- Stats rollups (mentor_days, mentor_roster) kept by a trigger on stats.activities, in the writer's transaction,
-- whatever path inserts, updates or deletes an activity. Days are UTC dates of occurred_at.
-- Applies per (mentor, day) deltas: creates missing day rows (running total carried from the previous day),
-- then adds the deltas to each day and to the running totals of that day and every later day of the mentor.
CREATE OR REPLACE FUNCTION stats.apply_activity_deltas(p_mentor text[], p_day date[], p_total int[], p_completed int[], p_minutes int[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO stats.mentor_days (mentor_id, day, completed_cum)
  WITH d AS (SELECT * FROM unnest(p_mentor, p_day, p_total, p_completed, p_minutes) AS d(mentor_id, day, total, completed, minutes))
  SELECT d.mentor_id, d.day, coalesce((SELECT m.completed_cum FROM stats.mentor_days m
    WHERE m.mentor_id = d.mentor_id AND m.day < d.day ORDER BY m.day DESC LIMIT 1), 0)
  FROM d ORDER BY d.mentor_id, d.day
  ON CONFLICT (mentor_id, day) DO NOTHING;
  WITH d AS (SELECT * FROM unnest(p_mentor, p_day, p_total, p_completed, p_minutes) AS d(mentor_id, day, total, completed, minutes))
  UPDATE stats.mentor_days m SET total = m.total + s.total, completed = m.completed + s.completed,
    completed_minutes = m.completed_minutes + s.minutes, completed_cum = m.completed_cum + s.cum
  FROM (SELECT m2.mentor_id, m2.day, sum(d.completed)::int AS cum,
      (coalesce(sum(d.total) FILTER (WHERE d.day = m2.day), 0))::int AS total,
      (coalesce(sum(d.completed) FILTER (WHERE d.day = m2.day), 0))::int AS completed,
      (coalesce(sum(d.minutes) FILTER (WHERE d.day = m2.day), 0))::int AS minutes
    FROM d
    JOIN stats.mentor_days m2 ON m2.mentor_id = d.mentor_id AND m2.day >= d.day
    GROUP BY m2.mentor_id, m2.day) s
  WHERE m.mentor_id = s.mentor_id AND m.day = s.day;
END $$;
--> statement-breakpoint
-- Bumps the roster version of the mentors touched (locking their rows first, in id order: every change of one
-- mentor's rollup is serialised on it), then applies the summed deltas of the statement's old and new rows.
CREATE OR REPLACE FUNCTION stats.activities_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM 1 FROM stats.mentor_roster r WHERE r.mentor_id IN (SELECT mentor_id FROM old_rows) ORDER BY r.mentor_id FOR UPDATE;
    UPDATE stats.mentor_roster r SET version = r.version + 1 WHERE r.mentor_id IN (SELECT mentor_id FROM old_rows);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO stats.mentor_roster AS r (mentor_id, org_id, version)
    SELECT DISTINCT ON (mentor_id) mentor_id, org_id, 1 FROM new_rows ORDER BY mentor_id, created_at DESC, id DESC
    ON CONFLICT (mentor_id) DO UPDATE SET version = r.version + 1, org_id = EXCLUDED.org_id;
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM stats.apply_activity_deltas(array_agg(mentor_id), array_agg(day), array_agg(total), array_agg(completed), array_agg(minutes))
    FROM (SELECT mentor_id, (occurred_at AT TIME ZONE 'UTC')::date AS day, count(*)::int AS total,
        (count(*) FILTER (WHERE status = 'completed'))::int AS completed,
        (coalesce(sum(duration_minutes) FILTER (WHERE status = 'completed'), 0))::int AS minutes
      FROM new_rows GROUP BY 1, 2) g;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM stats.apply_activity_deltas(array_agg(mentor_id), array_agg(day), array_agg(total), array_agg(completed), array_agg(minutes))
    FROM (SELECT mentor_id, (occurred_at AT TIME ZONE 'UTC')::date AS day, -count(*)::int AS total,
        -(count(*) FILTER (WHERE status = 'completed'))::int AS completed,
        -(coalesce(sum(duration_minutes) FILTER (WHERE status = 'completed'), 0))::int AS minutes
      FROM old_rows GROUP BY 1, 2) g;
  ELSE
    PERFORM stats.apply_activity_deltas(array_agg(mentor_id), array_agg(day), array_agg(total), array_agg(completed), array_agg(minutes))
    FROM (SELECT mentor_id, day, sum(t)::int AS total, sum(c)::int AS completed, sum(mi)::int AS minutes FROM (
        SELECT mentor_id, (occurred_at AT TIME ZONE 'UTC')::date AS day, 1 AS t,
          CASE WHEN status = 'completed' THEN 1 ELSE 0 END AS c,
          CASE WHEN status = 'completed' THEN duration_minutes ELSE 0 END AS mi FROM new_rows
        UNION ALL
        SELECT mentor_id, (occurred_at AT TIME ZONE 'UTC')::date, -1,
          CASE WHEN status = 'completed' THEN -1 ELSE 0 END,
          CASE WHEN status = 'completed' THEN -duration_minutes ELSE 0 END FROM old_rows) u
      GROUP BY 1, 2) g;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER activities_rollup_ins AFTER INSERT ON stats.activities
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats.activities_rollup();
--> statement-breakpoint
CREATE TRIGGER activities_rollup_upd AFTER UPDATE ON stats.activities
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats.activities_rollup();
--> statement-breakpoint
CREATE TRIGGER activities_rollup_del AFTER DELETE ON stats.activities
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats.activities_rollup();
--> statement-breakpoint
-- Rebuilds both rollups from the activities in one pass (backfill below; bulk loaders call it after a COPY).
CREATE OR REPLACE FUNCTION stats.rebuild_rollups() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM stats.mentor_days;
  INSERT INTO stats.mentor_days (mentor_id, day, total, completed, completed_minutes, completed_cum)
  SELECT mentor_id, day, total, completed, minutes,
    (sum(completed) OVER (PARTITION BY mentor_id ORDER BY day))::int
  FROM (SELECT mentor_id, (occurred_at AT TIME ZONE 'UTC')::date AS day, count(*)::int AS total,
      (count(*) FILTER (WHERE status = 'completed'))::int AS completed,
      (coalesce(sum(duration_minutes) FILTER (WHERE status = 'completed'), 0))::int AS minutes
    FROM stats.activities GROUP BY 1, 2) g;
  INSERT INTO stats.mentor_roster AS r (mentor_id, org_id, version)
  SELECT DISTINCT ON (mentor_id) mentor_id, org_id, 1 FROM stats.activities ORDER BY mentor_id, created_at DESC, id DESC
  ON CONFLICT (mentor_id) DO UPDATE SET org_id = EXCLUDED.org_id, version = r.version + 1;
END $$;
--> statement-breakpoint
SELECT stats.rebuild_rollups();
