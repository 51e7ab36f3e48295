CREATE TABLE "conflicts_of_interest" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"title" text NOT NULL,
	"sides" jsonb NOT NULL,
	"meaning_for_us" text,
	"resolution" text,
	"outcome" text,
	"status" text DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contact_owners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contact_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"depth_now" text NOT NULL,
	"depth_target" text,
	"last_touch_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"business_unit" text,
	"email" text,
	"phone" text,
	"reports_to_contact_id" uuid,
	"level" text,
	"decision_role" text,
	"influence" integer DEFAULT 3 NOT NULL,
	"interest" integer DEFAULT 3 NOT NULL,
	"attitude" text DEFAULT 'neutral' NOT NULL,
	"interests" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text,
	"status" text DEFAULT 'active' NOT NULL,
	"left_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contacts_influence_check" CHECK ("contacts"."influence" between 1 and 5),
	CONSTRAINT "contacts_interest_check" CHECK ("contacts"."interest" between 1 and 5),
	CONSTRAINT "contacts_left_check" CHECK (("contacts"."status" = 'left') = ("contacts"."left_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "pulses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contact_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"sent_by_user_id" uuid,
	"nps_answer" integer,
	"csat_answer" integer,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pulses_nps_check" CHECK ("pulses"."nps_answer" between 0 and 10),
	CONSTRAINT "pulses_csat_check" CHECK ("pulses"."csat_answer" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "satisfaction_readings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contact_id" uuid NOT NULL,
	"taken_on" date NOT NULL,
	"score" integer NOT NULL,
	"source" text NOT NULL,
	"comment" text,
	"pulse_id" uuid,
	"recorded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "readings_score_check" CHECK ("satisfaction_readings"."score" between 0 and 10)
);
--> statement-breakpoint
ALTER TABLE "conflicts_of_interest" ADD CONSTRAINT "conflicts_of_interest_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_owners" ADD CONSTRAINT "contact_owners_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_owners" ADD CONSTRAINT "contact_owners_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_reports_to_contact_id_contacts_id_fk" FOREIGN KEY ("reports_to_contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulses" ADD CONSTRAINT "pulses_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulses" ADD CONSTRAINT "pulses_sent_by_user_id_users_id_fk" FOREIGN KEY ("sent_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_readings" ADD CONSTRAINT "satisfaction_readings_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_readings" ADD CONSTRAINT "satisfaction_readings_pulse_id_pulses_id_fk" FOREIGN KEY ("pulse_id") REFERENCES "public"."pulses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_readings" ADD CONSTRAINT "satisfaction_readings_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conflicts_account_idx" ON "conflicts_of_interest" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "contact_owners_key" ON "contact_owners" USING btree ("contact_id","person_id");--> statement-breakpoint
CREATE INDEX "contact_owners_person_idx" ON "contact_owners" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "contacts_account_idx" ON "contacts" USING btree ("account_id","name");--> statement-breakpoint
CREATE INDEX "contacts_reports_to_idx" ON "contacts" USING btree ("reports_to_contact_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pulses_token_key" ON "pulses" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "pulses_contact_idx" ON "pulses" USING btree ("contact_id","created_at");--> statement-breakpoint
CREATE INDEX "readings_contact_idx" ON "satisfaction_readings" USING btree ("contact_id","taken_on");