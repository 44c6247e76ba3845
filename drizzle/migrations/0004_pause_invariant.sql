-- Invariant of the mentors domain: a mentor is paused <=> it has exactly one active pause record.
-- The partial unique index pause_records_one_active_uq keeps "at most one"; these deferred constraint
-- triggers check both directions at commit, for every mentor a statement touched.
CREATE OR REPLACE FUNCTION "mentors"."check_pause_invariant"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
  mid text;
  is_paused boolean;
  active_count integer;
BEGIN
  IF TG_OP = 'INSERT' THEN ids := ARRAY[NEW.mentor_id];
  ELSIF TG_OP = 'DELETE' THEN ids := ARRAY[OLD.mentor_id];
  ELSE ids := ARRAY[NEW.mentor_id, OLD.mentor_id];
  END IF;
  FOREACH mid IN ARRAY ids LOOP
    SELECT s.status = 'paused' INTO is_paused FROM "mentors"."mentor_statuses" s WHERE s.mentor_id = mid;
    SELECT count(*) INTO active_count FROM "mentors"."pause_records" p WHERE p.mentor_id = mid AND p.is_active;
    IF coalesce(is_paused, false) <> (active_count = 1) OR active_count > 1 THEN
      RAISE EXCEPTION 'mentor % breaks the pause invariant: paused=%, active pause records=%',
        mid, coalesce(is_paused, false), active_count
        USING ERRCODE = '23514', CONSTRAINT = 'mentor_pause_invariant';
    END IF;
  END LOOP;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "mentor_statuses_pause_invariant" AFTER INSERT OR UPDATE OR DELETE ON "mentors"."mentor_statuses"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "mentors"."check_pause_invariant"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "pause_records_pause_invariant" AFTER INSERT OR UPDATE OR DELETE ON "mentors"."pause_records"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "mentors"."check_pause_invariant"();
