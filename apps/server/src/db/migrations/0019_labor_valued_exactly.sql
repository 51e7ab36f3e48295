-- Labor is valued entry by entry at the exact hours × rate and rounded once per rollup row, so the
-- per-person-day table goes. Rows of other kinds hold no exact labor value; labor rows keep null until
-- the next start rebuilds the rollup under the new rule (features/economics/rollup-upgrade.ts): the
-- base-currency conversion needs the currencies' minor units, which live in the domain, not here.
DROP TABLE "economics_labor_days" CASCADE;--> statement-breakpoint
ALTER TABLE "economics_monthly_rollup" ADD COLUMN "cost_micro" bigint;--> statement-breakpoint
UPDATE "economics_monthly_rollup" SET "cost_micro" = 0 WHERE "kind" <> 'labor';
