CREATE TABLE "cost_rates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"level" text NOT NULL,
	"person_id" uuid,
	"role" text,
	"from_date" date NOT NULL,
	"hourly_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cost_rates_key" UNIQUE NULLS NOT DISTINCT("level","person_id","role","from_date"),
	CONSTRAINT "cost_rates_owner" CHECK (("cost_rates"."level" = 'person' and "cost_rates"."person_id" is not null and "cost_rates"."role" is null)
        or ("cost_rates"."level" = 'role' and "cost_rates"."role" is not null and "cost_rates"."person_id" is null)
        or ("cost_rates"."level" = 'workspace' and "cost_rates"."person_id" is null and "cost_rates"."role" is null))
);
--> statement-breakpoint
CREATE TABLE "economics_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"base_currency" text DEFAULT 'USD' NOT NULL,
	"return_basis" text DEFAULT 'margin' NOT NULL,
	"annual_inflation" text DEFAULT '0' NOT NULL,
	"key_account_share" text DEFAULT '0.25' NOT NULL,
	"first_result_rule" text DEFAULT 'follow_on_work' NOT NULL,
	"roi_target" text DEFAULT '1.2' NOT NULL,
	"preservation_tolerance" text DEFAULT '0.05' NOT NULL,
	"value_score_target" text DEFAULT '10' NOT NULL,
	"near_miss" text DEFAULT '0.1' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "economics_settings_one_row" CHECK ("economics_settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "exchange_rates" (
	"currency" text NOT NULL,
	"month" text NOT NULL,
	"rate_per_base" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_rates_key" UNIQUE("currency","month")
);
--> statement-breakpoint
CREATE TABLE "investments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"amount_minor" bigint,
	"currency" text,
	"person_id" uuid,
	"role" text,
	"hours" numeric(12, 6),
	"note" text,
	"import_id" uuid,
	"created_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "investments_shape" CHECK (("investments"."kind" = 'labor' and "investments"."person_id" is not null and "investments"."hours" is not null
            and "investments"."amount_minor" is null and "investments"."currency" is null)
        or ("investments"."kind" <> 'labor' and "investments"."amount_minor" is not null and "investments"."currency" is not null
            and "investments"."hours" is null))
);
--> statement-breakpoint
CREATE TABLE "economics_labor_days" (
	"account_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text,
	"date" date NOT NULL,
	"micro_hours" bigint NOT NULL,
	"entries" integer NOT NULL,
	"cost_minor" bigint,
	"cost_currency" text,
	CONSTRAINT "labor_days_key" UNIQUE NULLS NOT DISTINCT("account_id","person_id","role","date")
);
--> statement-breakpoint
CREATE TABLE "monthly_returns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"month" text NOT NULL,
	"kind" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"import_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monthly_returns_key" UNIQUE("account_id","month","kind","currency")
);
--> statement-breakpoint
CREATE TABLE "economics_monthly_rollup" (
	"account_id" uuid NOT NULL,
	"month" text NOT NULL,
	"kind" text NOT NULL,
	"currency" text NOT NULL,
	"person_id" uuid,
	"amount_minor" bigint NOT NULL,
	"micro_hours" bigint DEFAULT 0 NOT NULL,
	"entries" integer NOT NULL,
	"base_minor" bigint,
	CONSTRAINT "monthly_rollup_key" UNIQUE NULLS NOT DISTINCT("account_id","month","kind","currency","person_id")
);
--> statement-breakpoint
CREATE TABLE "value_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"score" integer NOT NULL,
	"equivalent_minor" bigint,
	"equivalent_currency" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "value_events_score" CHECK ("value_events"."score" >= 0)
);
--> statement-breakpoint
ALTER TABLE "cost_rates" ADD CONSTRAINT "cost_rates_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investments" ADD CONSTRAINT "investments_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investments" ADD CONSTRAINT "investments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investments" ADD CONSTRAINT "investments_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economics_labor_days" ADD CONSTRAINT "economics_labor_days_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_returns" ADD CONSTRAINT "monthly_returns_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economics_monthly_rollup" ADD CONSTRAINT "economics_monthly_rollup_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "value_events" ADD CONSTRAINT "value_events_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "investments_account_idx" ON "investments" USING btree ("account_id","date");--> statement-breakpoint
CREATE INDEX "investments_import_idx" ON "investments" USING btree ("import_id");--> statement-breakpoint
CREATE INDEX "labor_days_revalue_idx" ON "economics_labor_days" USING btree ("date");--> statement-breakpoint
CREATE INDEX "monthly_rollup_rate_idx" ON "economics_monthly_rollup" USING btree ("currency","month");--> statement-breakpoint
CREATE INDEX "monthly_rollup_month_idx" ON "economics_monthly_rollup" USING btree ("month","account_id");--> statement-breakpoint
CREATE INDEX "value_events_account_idx" ON "value_events" USING btree ("account_id","date");