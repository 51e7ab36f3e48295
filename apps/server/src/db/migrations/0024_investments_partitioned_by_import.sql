-- investments becomes a table partitioned by import_id (db/schema-economics.ts): the entries typed by
-- hand (import_id null) in investments_typed, and each time-entry import's entries in a partition of
-- their own. Why: a million imported entries inserted into a table of ten million updated its big
-- indexes a million times, all over them (10 of an import's 24 s on the bench); into a table of their
-- own, loaded first and indexed once, they cost about 2.5 s, and undoing the import drops that table.
-- PostgreSQL allows no unique index across partitions that leaves out the partition key, so the primary
-- key and the external-id key are each partition's own: ids are made by the server (random, or an
-- import's own prefix), and an import checks its external ids against every partition under a lock
-- (features/imports/kinds/time-entries.ts).

-- THE SHAPE OF AN IMPORT'S PARTITION, in one place: these functions make it, index and attach it, for
-- the import code and for the imports already here below.
CREATE FUNCTION vested_import_partition_name(import uuid) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT 'investments_i_' || replace(import::text, '-', '') $$;
--> statement-breakpoint
-- A standalone table with the columns, defaults and checks of investments, every row carrying the
-- import's id (a check the attach trusts instead of scanning the rows).
CREATE FUNCTION vested_import_partition_create(import uuid) RETURNS text LANGUAGE plpgsql AS $$
DECLARE t text := vested_import_partition_name(import);
BEGIN
  EXECUTE format('CREATE TABLE %I (LIKE investments INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', t);
  EXECUTE format('ALTER TABLE %I ALTER COLUMN import_id SET NOT NULL, ADD CONSTRAINT %I CHECK (import_id = %L)',
    t, t || '_import', import);
  RETURN t;
END $$;
--> statement-breakpoint
-- Once the rows are in: the indexes built once over them (a sorted build, not row by row), then the
-- table attached. Attaching takes a SHARE UPDATE EXCLUSIVE lock on investments: readers and writers of
-- entries go on meanwhile; another attach waits.
CREATE FUNCTION vested_import_partition_attach(import uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE t text := vested_import_partition_name(import);
BEGIN
  EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I PRIMARY KEY (id)', t, t || '_pkey');
  EXECUTE format('CREATE INDEX %I ON %I (account_id, date)', t || '_account_idx', t);
  EXECUTE format('CREATE UNIQUE INDEX %I ON %I (external_id) WHERE external_id IS NOT NULL',
    t || '_external_key', t);
  EXECUTE format('ALTER TABLE investments ATTACH PARTITION %I FOR VALUES IN (%L)', t, import);
END $$;
--> statement-breakpoint
CREATE FUNCTION vested_import_partition_analyze(import uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE t text := vested_import_partition_name(import);
BEGIN
  IF to_regclass(t) IS NOT NULL THEN EXECUTE format('ANALYZE %I', t); END IF;
END $$;
--> statement-breakpoint
-- The undo of an import: its partition goes whole. Returns how many entries it held; 0 when it has none.
CREATE FUNCTION vested_import_partition_drop(import uuid) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE t text := vested_import_partition_name(import); n bigint;
BEGIN
  IF to_regclass(t) IS NULL THEN RETURN 0; END IF;
  EXECUTE format('SELECT count(*) FROM %I', t) INTO n;
  EXECUTE format('DROP TABLE %I', t);
  RETURN n;
END $$;
--> statement-breakpoint
ALTER TABLE investments RENAME TO investments_typed;
--> statement-breakpoint
ALTER INDEX investments_pkey RENAME TO investments_typed_pkey;
--> statement-breakpoint
ALTER INDEX investments_account_idx RENAME TO investments_typed_account_idx;
--> statement-breakpoint
ALTER INDEX investments_external_key RENAME TO investments_typed_external_key;
--> statement-breakpoint
-- Statements name the parent, whose statement trigger fires (data generation, 0013).
DROP TRIGGER vested_changed_investments ON investments_typed;
--> statement-breakpoint
CREATE TABLE investments (LIKE investments_typed INCLUDING DEFAULTS INCLUDING CONSTRAINTS)
  PARTITION BY LIST (import_id);
--> statement-breakpoint
CREATE TRIGGER vested_changed_investments AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON investments
  FOR EACH STATEMENT EXECUTE FUNCTION vested_note_change();
--> statement-breakpoint
CREATE INDEX investments_account_idx ON investments (account_id, date);
--> statement-breakpoint
-- The imports already here move into partitions of their own.
DO $$
DECLARE imp uuid; t text;
BEGIN
  FOR imp IN SELECT DISTINCT import_id FROM investments_typed WHERE import_id IS NOT NULL LOOP
    t := vested_import_partition_create(imp);
    EXECUTE format('INSERT INTO %I SELECT * FROM investments_typed WHERE import_id = %L', t, imp);
    DELETE FROM investments_typed WHERE import_id = imp;
    PERFORM vested_import_partition_attach(imp);
  END LOOP;
END $$;
--> statement-breakpoint
ALTER TABLE investments_typed ADD CONSTRAINT investments_typed_import CHECK (import_id IS NULL);
--> statement-breakpoint
ALTER TABLE investments ATTACH PARTITION investments_typed FOR VALUES IN (NULL);
