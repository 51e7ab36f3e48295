-- The counter also announces each new value (NOTIFY at commit, in commit order), so app servers that
-- listen know the generation without asking (http/data-generation.ts).
CREATE OR REPLACE FUNCTION vested_move_generation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE moved bigint;
BEGIN
  UPDATE data_generation SET n = n + 1 WHERE id = 1 RETURNING n INTO moved;
  DELETE FROM data_generation_touch WHERE id = NEW.id;
  PERFORM pg_notify('vested_generation', moved::text);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Tables made since the watching began are watched too (read-cache.test.ts checks every table).
DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
    WHERE s.nspname = current_schema() AND c.relkind IN ('r', 'p')
      AND c.relname NOT IN ('sessions', 'api_tokens', 'audit_log', 'contact_audit', 'data_generation',
        'data_generation_touch')
      AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = 'vested_changed_' || c.relname)
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
      FOR EACH STATEMENT EXECUTE FUNCTION vested_note_change()', 'vested_changed_' || t, t);
  END LOOP;
END $$;
