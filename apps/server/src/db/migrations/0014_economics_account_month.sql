CREATE TABLE "economics_account_month" (
	"account_id" uuid NOT NULL,
	"month" text NOT NULL,
	"invested_minor" bigint DEFAULT 0 NOT NULL,
	"revenue_minor" bigint DEFAULT 0 NOT NULL,
	"delivery_minor" bigint DEFAULT 0 NOT NULL,
	"return_rows" integer DEFAULT 0 NOT NULL,
	"unconverted_rows" integer DEFAULT 0 NOT NULL,
	"rollup_rows" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "account_month_key" PRIMARY KEY("account_id","month")
);
--> statement-breakpoint
CREATE TABLE "economics_account_month_flush" (
	"txid" bigint PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "economics_account_month_pending" (
	"txid" bigint NOT NULL,
	"account_id" uuid NOT NULL,
	"month" text NOT NULL,
	"invested_minor" bigint DEFAULT 0 NOT NULL,
	"revenue_minor" bigint DEFAULT 0 NOT NULL,
	"delivery_minor" bigint DEFAULT 0 NOT NULL,
	"return_rows" integer DEFAULT 0 NOT NULL,
	"unconverted_rows" integer DEFAULT 0 NOT NULL,
	"rollup_rows" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "account_month_month_idx" ON "economics_account_month" USING btree ("month");--> statement-breakpoint
CREATE INDEX "account_month_pending_tx_idx" ON "economics_account_month_pending" USING btree ("txid");