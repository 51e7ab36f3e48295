ALTER TABLE "people" ADD COLUMN "import_id" uuid;--> statement-breakpoint
CREATE INDEX "people_import_idx" ON "people" USING btree ("import_id");