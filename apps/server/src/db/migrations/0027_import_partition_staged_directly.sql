-- A time-entry import now loads its checked rows straight into its partition as the file is read (no
-- temporary table, no copy of a million rows from one table to the other), and builds the partition's
-- unique index on external ids while checking the file, where a failure means ids repeated in it.
-- Same shapes as in 0024, plus: rows default to the import's id (the loader sends less), and the
-- external-id index is built once, by whichever step comes first.
CREATE OR REPLACE FUNCTION vested_import_partition_create(import uuid) RETURNS text LANGUAGE plpgsql AS $$
DECLARE t text := vested_import_partition_name(import);
BEGIN
  EXECUTE format('CREATE TABLE %I (LIKE investments INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', t);
  EXECUTE format('ALTER TABLE %I ALTER COLUMN import_id SET NOT NULL, ALTER COLUMN import_id SET DEFAULT %L,
    ADD CONSTRAINT %I CHECK (import_id = %L)', t, import, t || '_import', import);
  RETURN t;
END $$;
--> statement-breakpoint
CREATE FUNCTION vested_import_partition_index_external_ids(import uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE t text := vested_import_partition_name(import);
BEGIN
  EXECUTE format('CREATE UNIQUE INDEX IF NOT EXISTS %I ON %I (external_id) WHERE external_id IS NOT NULL',
    t || '_external_key', t);
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION vested_import_partition_attach(import uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE t text := vested_import_partition_name(import);
BEGIN
  EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I PRIMARY KEY (id)', t, t || '_pkey');
  EXECUTE format('CREATE INDEX %I ON %I (account_id, date)', t || '_account_idx', t);
  PERFORM vested_import_partition_index_external_ids(import);
  EXECUTE format('ALTER TABLE investments ATTACH PARTITION %I FOR VALUES IN (%L)', t, import);
END $$;
--> statement-breakpoint
-- The file line of an imported entry: the last 12 hex digits of its id (db/ordered-ids.ts).
CREATE FUNCTION vested_import_row_line(id uuid) RETURNS integer LANGUAGE sql IMMUTABLE AS
$$ SELECT ('x' || right(id::text, 12))::bit(48)::bigint::integer $$;
