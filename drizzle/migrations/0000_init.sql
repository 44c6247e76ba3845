CREATE SCHEMA "mentors";
--> statement-breakpoint
CREATE SCHEMA "milestones";
--> statement-breakpoint
CREATE SCHEMA "reports";
--> statement-breakpoint
CREATE SCHEMA "stats";
--> statement-breakpoint
CREATE SCHEMA "rest";
--> statement-breakpoint
CREATE SEQUENCE "mentors"."pause_record_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1000 CACHE 1;--> statement-breakpoint
CREATE TABLE "mentors"."assignments" (
	"id" text PRIMARY KEY NOT NULL,
	"mentor_id" text NOT NULL,
	"contact_name" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "assignments_status_ck" CHECK ("mentors"."assignments"."status" in ('open', 'closed')),
	CONSTRAINT "assignments_closed_ck" CHECK (("mentors"."assignments"."status" = 'closed') = ("mentors"."assignments"."closed_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "mentors"."certifications" (
	"id" text PRIMARY KEY NOT NULL,
	"mentor_id" text NOT NULL,
	"name" text NOT NULL,
	"issued_date" date NOT NULL,
	"expiry_date" date NOT NULL,
	CONSTRAINT "certifications_dates_ck" CHECK ("mentors"."certifications"."expiry_date" >= "mentors"."certifications"."issued_date")
);
--> statement-breakpoint
CREATE TABLE "mentors"."mentor_status_history" (
	"id" serial PRIMARY KEY NOT NULL,
	"mentor_id" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"initiated_by" text,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "mentors"."mentor_statuses" (
	"mentor_id" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"last_updated" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentor_statuses_status_ck" CHECK ("mentors"."mentor_statuses"."status" in ('active', 'paused', 'inactive'))
);
--> statement-breakpoint
CREATE TABLE "mentors"."mentors" (
	"id" text PRIMARY KEY NOT NULL,
	"full_name" text NOT NULL,
	"email" text NOT NULL,
	"org_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentors_id_len" CHECK (char_length("mentors"."mentors"."id") between 1 and 64)
);
--> statement-breakpoint
CREATE TABLE "mentors"."pause_records" (
	"id" text PRIMARY KEY DEFAULT 'pause-rec-' || lpad(nextval('mentors.pause_record_seq')::text, 4, '0') NOT NULL,
	"mentor_id" text NOT NULL,
	"start_date" timestamp with time zone NOT NULL,
	"expected_return_date" timestamp with time zone,
	"end_date" timestamp with time zone,
	"is_active" boolean DEFAULT true NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pause_records_reason_ck" CHECK ("mentors"."pause_records"."reason" in ('certification_expiry', 'personal_leave', 'health', 'relocation', 'other')),
	CONSTRAINT "pause_records_return_ck" CHECK ("mentors"."pause_records"."expected_return_date" is null or "mentors"."pause_records"."expected_return_date" >= "mentors"."pause_records"."start_date"),
	CONSTRAINT "pause_records_end_ck" CHECK ("mentors"."pause_records"."end_date" is null or "mentors"."pause_records"."end_date" >= "mentors"."pause_records"."start_date"),
	CONSTRAINT "pause_records_active_end_ck" CHECK ("mentors"."pause_records"."is_active" = ("mentors"."pause_records"."end_date" is null))
);
--> statement-breakpoint
CREATE TABLE "milestones"."mentor_milestones" (
	"mentor_id" text NOT NULL,
	"definition_key" text NOT NULL,
	"status" text NOT NULL,
	"achieved_value" double precision NOT NULL,
	"achieved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentor_milestones_pk" PRIMARY KEY("mentor_id","definition_key"),
	CONSTRAINT "mentor_milestones_status_ck" CHECK ("milestones"."mentor_milestones"."status" in ('achieved', 'in_progress')),
	CONSTRAINT "mentor_milestones_value_ck" CHECK ("milestones"."mentor_milestones"."achieved_value" >= 0),
	CONSTRAINT "mentor_milestones_achieved_at_ck" CHECK (("milestones"."mentor_milestones"."status" = 'achieved') = ("milestones"."mentor_milestones"."achieved_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "milestones"."milestone_definitions" (
	"key" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"threshold" integer NOT NULL,
	"name" text NOT NULL,
	"badge_image" text NOT NULL,
	CONSTRAINT "milestone_definitions_type_ck" CHECK ("milestones"."milestone_definitions"."type" in ('hours_logged', 'contacts_helped', 'activity_count')),
	CONSTRAINT "milestone_definitions_threshold_ck" CHECK ("milestones"."milestone_definitions"."threshold" > 0)
);
--> statement-breakpoint
CREATE TABLE "reports"."reports" (
	"report_id" text PRIMARY KEY NOT NULL,
	"activity_id" text NOT NULL,
	"peer_mentor_id" text NOT NULL,
	"org_id" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reports_status_ck" CHECK ("reports"."reports"."status" in ('draft', 'submitted')),
	CONSTRAINT "reports_submitted_ck" CHECK (("reports"."reports"."status" = 'submitted') = ("reports"."reports"."submitted_at" is not null)),
	CONSTRAINT "reports_fields_object_ck" CHECK (jsonb_typeof("reports"."reports"."fields") = 'object')
);
--> statement-breakpoint
CREATE TABLE "stats"."activities" (
	"id" text PRIMARY KEY NOT NULL,
	"mentor_id" text NOT NULL,
	"org_id" text NOT NULL,
	"activity_type_id" text NOT NULL,
	"status" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"contact_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_status_ck" CHECK ("stats"."activities"."status" in ('completed', 'cancelled')),
	CONSTRAINT "activities_duration_ck" CHECK ("stats"."activities"."duration_minutes" between 1 and 1440)
);
--> statement-breakpoint
CREATE TABLE "stats"."activity_types" (
	"id" text PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"display_name" text NOT NULL,
	"is_session" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rest"."detail_snapshots" (
	"mentor_id" text PRIMARY KEY NOT NULL,
	"body" jsonb,
	"loaded_at" timestamp with time zone,
	"dispatched_at" timestamp with time zone,
	"generation" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mentors"."assignments" ADD CONSTRAINT "assignments_mentor_id_mentors_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "mentors"."mentors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentors"."certifications" ADD CONSTRAINT "certifications_mentor_id_mentors_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "mentors"."mentors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentors"."mentor_status_history" ADD CONSTRAINT "mentor_status_history_mentor_id_mentors_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "mentors"."mentors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentors"."mentor_statuses" ADD CONSTRAINT "mentor_statuses_mentor_id_mentors_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "mentors"."mentors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentors"."pause_records" ADD CONSTRAINT "pause_records_mentor_fk" FOREIGN KEY ("mentor_id") REFERENCES "mentors"."mentors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones"."mentor_milestones" ADD CONSTRAINT "mentor_milestones_definition_key_milestone_definitions_key_fk" FOREIGN KEY ("definition_key") REFERENCES "milestones"."milestone_definitions"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats"."activities" ADD CONSTRAINT "activities_activity_type_id_activity_types_id_fk" FOREIGN KEY ("activity_type_id") REFERENCES "stats"."activity_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignments_mentor_status_idx" ON "mentors"."assignments" USING btree ("mentor_id","status");--> statement-breakpoint
CREATE INDEX "certifications_mentor_idx" ON "mentors"."certifications" USING btree ("mentor_id","expiry_date");--> statement-breakpoint
CREATE INDEX "mentor_status_history_mentor_idx" ON "mentors"."mentor_status_history" USING btree ("mentor_id","changed_at");--> statement-breakpoint
CREATE INDEX "mentor_statuses_status_idx" ON "mentors"."mentor_statuses" USING btree ("status","mentor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mentors_email_uq" ON "mentors"."mentors" USING btree ("email");--> statement-breakpoint
CREATE INDEX "mentors_org_idx" ON "mentors"."mentors" USING btree ("org_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "pause_records_one_active_uq" ON "mentors"."pause_records" USING btree ("mentor_id") WHERE "mentors"."pause_records"."is_active";--> statement-breakpoint
CREATE INDEX "pause_records_mentor_idx" ON "mentors"."pause_records" USING btree ("mentor_id","start_date");--> statement-breakpoint
CREATE INDEX "pause_records_active_idx" ON "mentors"."pause_records" USING btree ("is_active","id");--> statement-breakpoint
CREATE INDEX "mentor_milestones_status_idx" ON "milestones"."mentor_milestones" USING btree ("status","mentor_id");--> statement-breakpoint
CREATE INDEX "mentor_milestones_achieved_idx" ON "milestones"."mentor_milestones" USING btree ("mentor_id","achieved_at");--> statement-breakpoint
CREATE UNIQUE INDEX "milestone_definitions_type_threshold_uq" ON "milestones"."milestone_definitions" USING btree ("type","threshold");--> statement-breakpoint
CREATE INDEX "reports_activity_idx" ON "reports"."reports" USING btree ("activity_id","created_at");--> statement-breakpoint
CREATE INDEX "reports_mentor_idx" ON "reports"."reports" USING btree ("peer_mentor_id","created_at");--> statement-breakpoint
CREATE INDEX "reports_org_idx" ON "reports"."reports" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "reports_status_idx" ON "reports"."reports" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "activities_mentor_time_idx" ON "stats"."activities" USING btree ("mentor_id","occurred_at");--> statement-breakpoint
CREATE INDEX "activities_org_time_idx" ON "stats"."activities" USING btree ("org_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_types_key_uq" ON "stats"."activity_types" USING btree ("key");