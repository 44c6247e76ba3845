-- Report fields keep the caller's key order: json stores the text as sent, jsonb reorders keys (issue 15 item 9).
ALTER TABLE "reports"."reports" DROP CONSTRAINT "reports_fields_object_ck";--> statement-breakpoint
ALTER TABLE "reports"."reports" ALTER COLUMN "fields" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "reports"."reports" ALTER COLUMN "fields" SET DATA TYPE json USING "fields"::text::json;--> statement-breakpoint
ALTER TABLE "reports"."reports" ALTER COLUMN "fields" SET DEFAULT '{}'::json;--> statement-breakpoint
ALTER TABLE "reports"."reports" ADD CONSTRAINT "reports_fields_object_ck" CHECK (json_typeof("reports"."reports"."fields") = 'object');
