-- economics_account_month follows economics_monthly_rollup (db/schema-account-month.ts). Every statement
-- that changes the rollup notes its change per account × month in the pending table (statement
-- triggers with transition tables: one grouped insert per statement, whether it touched one row or a
-- million); a deferred trigger adds the transaction's deltas to the summary at commit, in key order.
-- Deltas, not recomputation: concurrent writers of the same account and month add up, as the rollup's
-- own upserts do, and nobody reads a sum that misses another transaction's commit.
CREATE FUNCTION vested_account_month_note(tx bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('vested.account_month_noted', true) IS DISTINCT FROM 'yes' THEN
    PERFORM set_config('vested.account_month_noted', 'yes', true);
    INSERT INTO economics_account_month_flush (txid) VALUES (tx) ON CONFLICT DO NOTHING;
  END IF;
END $$;
--> statement-breakpoint
CREATE FUNCTION vested_account_month_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE tx bigint := txid_current();
BEGIN
  INSERT INTO economics_account_month_pending (txid, account_id, month, invested_minor, revenue_minor,
    delivery_minor, return_rows, unconverted_rows, rollup_rows)
  SELECT tx, account_id, month,
    coalesce(sum(base_minor) FILTER (WHERE kind NOT IN ('revenue', 'delivery_cost')), 0)::bigint,
    coalesce(sum(base_minor) FILTER (WHERE kind = 'revenue'), 0)::bigint,
    coalesce(sum(base_minor) FILTER (WHERE kind = 'delivery_cost'), 0)::bigint,
    count(*) FILTER (WHERE kind IN ('revenue', 'delivery_cost')),
    count(*) FILTER (WHERE base_minor IS NULL),
    count(*)
  FROM new_rows GROUP BY account_id, month;
  IF FOUND THEN PERFORM vested_account_month_note(tx); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION vested_account_month_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE tx bigint := txid_current();
BEGIN
  INSERT INTO economics_account_month_pending (txid, account_id, month, invested_minor, revenue_minor,
    delivery_minor, return_rows, unconverted_rows, rollup_rows)
  SELECT tx, account_id, month,
    -coalesce(sum(base_minor) FILTER (WHERE kind NOT IN ('revenue', 'delivery_cost')), 0)::bigint,
    -coalesce(sum(base_minor) FILTER (WHERE kind = 'revenue'), 0)::bigint,
    -coalesce(sum(base_minor) FILTER (WHERE kind = 'delivery_cost'), 0)::bigint,
    -count(*) FILTER (WHERE kind IN ('revenue', 'delivery_cost')),
    -count(*) FILTER (WHERE base_minor IS NULL),
    -count(*)
  FROM old_rows GROUP BY account_id, month;
  IF FOUND THEN PERFORM vested_account_month_note(tx); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- An update (a new amount, a new conversion) moves the old row out and the new one in; a month whose
-- figures did not change notes nothing.
CREATE FUNCTION vested_account_month_updated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE tx bigint := txid_current();
BEGIN
  INSERT INTO economics_account_month_pending (txid, account_id, month, invested_minor, revenue_minor,
    delivery_minor, return_rows, unconverted_rows, rollup_rows)
  SELECT tx, account_id, month, invested, revenue, delivery, returns, unconverted, n FROM (
    SELECT account_id, month,
      coalesce(sum(s * base_minor) FILTER (WHERE kind NOT IN ('revenue', 'delivery_cost')), 0)::bigint AS invested,
      coalesce(sum(s * base_minor) FILTER (WHERE kind = 'revenue'), 0)::bigint AS revenue,
      coalesce(sum(s * base_minor) FILTER (WHERE kind = 'delivery_cost'), 0)::bigint AS delivery,
      coalesce(sum(s) FILTER (WHERE kind IN ('revenue', 'delivery_cost')), 0)::int AS returns,
      coalesce(sum(s) FILTER (WHERE base_minor IS NULL), 0)::int AS unconverted,
      sum(s)::int AS n
    FROM (SELECT 1 AS s, account_id, month, kind, base_minor FROM new_rows
      UNION ALL SELECT -1, account_id, month, kind, base_minor FROM old_rows) x
    GROUP BY account_id, month
  ) d
  WHERE invested <> 0 OR revenue <> 0 OR delivery <> 0 OR returns <> 0 OR unconverted <> 0 OR n <> 0;
  IF FOUND THEN PERFORM vested_account_month_note(tx); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- At commit: the transaction's deltas into the summary, in key order (two committing writers lock the
-- same rows in the same order, so they wait for each other but never deadlock), empty rows dropped.
CREATE FUNCTION vested_account_month_flush() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO economics_account_month AS s (account_id, month, invested_minor, revenue_minor,
    delivery_minor, return_rows, unconverted_rows, rollup_rows)
  SELECT account_id, month, sum(invested_minor)::bigint, sum(revenue_minor)::bigint,
    sum(delivery_minor)::bigint, sum(return_rows)::int, sum(unconverted_rows)::int, sum(rollup_rows)::int
  FROM economics_account_month_pending WHERE txid = NEW.txid
  GROUP BY account_id, month
  HAVING sum(invested_minor) <> 0 OR sum(revenue_minor) <> 0 OR sum(delivery_minor) <> 0
    OR sum(return_rows) <> 0 OR sum(unconverted_rows) <> 0 OR sum(rollup_rows) <> 0
  ORDER BY account_id, month
  ON CONFLICT ON CONSTRAINT account_month_key DO UPDATE SET
    invested_minor = s.invested_minor + excluded.invested_minor,
    revenue_minor = s.revenue_minor + excluded.revenue_minor,
    delivery_minor = s.delivery_minor + excluded.delivery_minor,
    return_rows = s.return_rows + excluded.return_rows,
    unconverted_rows = s.unconverted_rows + excluded.unconverted_rows,
    rollup_rows = s.rollup_rows + excluded.rollup_rows;
  DELETE FROM economics_account_month s
  USING (SELECT DISTINCT account_id, month FROM economics_account_month_pending WHERE txid = NEW.txid) k
  WHERE s.account_id = k.account_id AND s.month = k.month AND s.rollup_rows <= 0;
  DELETE FROM economics_account_month_pending WHERE txid = NEW.txid;
  DELETE FROM economics_account_month_flush WHERE txid = NEW.txid;
  PERFORM set_config('vested.account_month_noted', '', true);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A rebuild truncates the rollup: the summary goes with it (and this transaction's deltas so far).
CREATE FUNCTION vested_account_month_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE economics_account_month;
  DELETE FROM economics_account_month_pending WHERE txid = txid_current();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER account_month_inserted AFTER INSERT ON economics_monthly_rollup
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION vested_account_month_inserted();
--> statement-breakpoint
CREATE TRIGGER account_month_updated AFTER UPDATE ON economics_monthly_rollup
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vested_account_month_updated();
--> statement-breakpoint
CREATE TRIGGER account_month_deleted AFTER DELETE ON economics_monthly_rollup
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION vested_account_month_deleted();
--> statement-breakpoint
CREATE TRIGGER account_month_truncated AFTER TRUNCATE ON economics_monthly_rollup
  FOR EACH STATEMENT EXECUTE FUNCTION vested_account_month_truncated();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER account_month_flush AFTER INSERT ON economics_account_month_flush
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION vested_account_month_flush();
--> statement-breakpoint
-- The data generation (0013) watches every table of business data; these three follow the rollup.
CREATE TRIGGER vested_changed_economics_account_month
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON economics_account_month
  FOR EACH STATEMENT EXECUTE FUNCTION vested_note_change();
--> statement-breakpoint
CREATE TRIGGER vested_changed_economics_account_month_pending
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON economics_account_month_pending
  FOR EACH STATEMENT EXECUTE FUNCTION vested_note_change();
--> statement-breakpoint
CREATE TRIGGER vested_changed_economics_account_month_flush
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON economics_account_month_flush
  FOR EACH STATEMENT EXECUTE FUNCTION vested_note_change();
--> statement-breakpoint
-- What the rollup already holds.
INSERT INTO economics_account_month (account_id, month, invested_minor, revenue_minor, delivery_minor,
  return_rows, unconverted_rows, rollup_rows)
SELECT account_id, month,
  coalesce(sum(base_minor) FILTER (WHERE kind NOT IN ('revenue', 'delivery_cost')), 0)::bigint,
  coalesce(sum(base_minor) FILTER (WHERE kind = 'revenue'), 0)::bigint,
  coalesce(sum(base_minor) FILTER (WHERE kind = 'delivery_cost'), 0)::bigint,
  count(*) FILTER (WHERE kind IN ('revenue', 'delivery_cost')),
  count(*) FILTER (WHERE base_minor IS NULL),
  count(*)
FROM economics_monthly_rollup GROUP BY account_id, month ORDER BY account_id, month;
