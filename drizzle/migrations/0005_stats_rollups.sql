CREATE TABLE "stats"."mentor_days" (
	"mentor_id" text NOT NULL,
	"day" date NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"completed" integer DEFAULT 0 NOT NULL,
	"completed_minutes" integer DEFAULT 0 NOT NULL,
	"completed_cum" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "mentor_days_pk" PRIMARY KEY("mentor_id","day")
);
--> statement-breakpoint
CREATE TABLE "stats"."mentor_roster" (
	"mentor_id" text PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "mentor_roster_org_idx" ON "stats"."mentor_roster" USING btree ("org_id","mentor_id");