CREATE TABLE "imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"file_name" text NOT NULL,
	"content_hash" text NOT NULL,
	"format" text NOT NULL,
	"preset" text,
	"mapping" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"bytes" bigint DEFAULT 0 NOT NULL,
	"row_count" integer DEFAULT 0 NOT NULL,
	"written_count" integer DEFAULT 0 NOT NULL,
	"skipped_count" integer DEFAULT 0 NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by_user_id" uuid,
	"finished_at" timestamp with time zone,
	"undone_at" timestamp with time zone,
	"undone_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cost_rates" ADD COLUMN "import_id" uuid;--> statement-breakpoint
ALTER TABLE "exchange_rates" ADD COLUMN "import_id" uuid;--> statement-breakpoint
ALTER TABLE "investments" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_undone_by_user_id_users_id_fk" FOREIGN KEY ("undone_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "imports_committed_hash_key" ON "imports" USING btree ("kind","content_hash") WHERE "imports"."status" = 'committed';--> statement-breakpoint
CREATE INDEX "imports_created_idx" ON "imports" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "imports_creator_idx" ON "imports" USING btree ("created_by_user_id","created_at");--> statement-breakpoint
CREATE INDEX "cost_rates_import_idx" ON "cost_rates" USING btree ("import_id");--> statement-breakpoint
CREATE INDEX "exchange_rates_import_idx" ON "exchange_rates" USING btree ("import_id");--> statement-breakpoint
CREATE UNIQUE INDEX "investments_external_key" ON "investments" USING btree ("external_id") WHERE "investments"."external_id" is not null;--> statement-breakpoint
CREATE INDEX "monthly_returns_import_idx" ON "monthly_returns" USING btree ("import_id");