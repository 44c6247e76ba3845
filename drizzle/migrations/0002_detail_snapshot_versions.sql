ALTER TABLE "rest"."detail_snapshots" ADD COLUMN "refresh_dispatched_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "rest"."detail_snapshots" ADD COLUMN "detail_version" text;--> statement-breakpoint
ALTER TABLE "rest"."detail_snapshots" ADD COLUMN "activity_version" text;--> statement-breakpoint
ALTER TABLE "rest"."detail_snapshots" ADD COLUMN "as_of" date;