ALTER TABLE "mentors"."pause_records" ADD COLUMN "created_by" text;--> statement-breakpoint
ALTER TABLE "mentors"."pause_records" ADD COLUMN "updated_by" text;--> statement-breakpoint
ALTER TABLE "reports"."reports" ADD COLUMN "created_by" text;--> statement-breakpoint
ALTER TABLE "reports"."reports" ADD COLUMN "updated_by" text;