CREATE TABLE "economics_account_window" (
	"as_of" text NOT NULL,
	"account_id" uuid NOT NULL,
	"invested_minor" bigint DEFAULT 0 NOT NULL,
	"revenue_minor" bigint DEFAULT 0 NOT NULL,
	"delivery_minor" bigint DEFAULT 0 NOT NULL,
	"return_rows" integer DEFAULT 0 NOT NULL,
	"prev_revenue_minor" bigint DEFAULT 0 NOT NULL,
	"prev_delivery_minor" bigint DEFAULT 0 NOT NULL,
	"prev_return_rows" integer DEFAULT 0 NOT NULL,
	"unconverted_rows" integer DEFAULT 0 NOT NULL,
	"unconverted_now_rows" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "account_window_key" PRIMARY KEY("as_of","account_id")
);
--> statement-breakpoint
CREATE TABLE "economics_account_window_built" (
	"as_of" text PRIMARY KEY NOT NULL,
	"now_from" text NOT NULL,
	"prev_from" text NOT NULL
);
