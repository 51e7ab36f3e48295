ALTER TABLE "investments" DROP CONSTRAINT "investments_account_id_accounts_id_fk";
--> statement-breakpoint
ALTER TABLE "investments" DROP CONSTRAINT "investments_person_id_people_id_fk";
--> statement-breakpoint
ALTER TABLE "investments" DROP CONSTRAINT "investments_created_by_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "economics_labor_days" DROP CONSTRAINT "economics_labor_days_account_id_accounts_id_fk";
--> statement-breakpoint
ALTER TABLE "economics_monthly_rollup" DROP CONSTRAINT "economics_monthly_rollup_account_id_accounts_id_fk";
