CREATE TABLE "contact_audit" (
	"contact_id" uuid NOT NULL,
	"audit_id" bigint NOT NULL,
	CONSTRAINT "contact_audit_contact_id_audit_id_pk" PRIMARY KEY("contact_id","audit_id")
);
--> statement-breakpoint
CREATE TABLE "stakeholder_account_figures" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"as_of" date NOT NULL,
	"contacts" integer NOT NULL,
	"with_reading" integer NOT NULL,
	"satisfied" integer NOT NULL,
	"weight" integer NOT NULL,
	"weight_satisfied" integer NOT NULL,
	"cement" double precision,
	"weighted_cement" double precision,
	"nps_promoters" integer NOT NULL,
	"nps_passives" integer NOT NULL,
	"nps_detractors" integer NOT NULL,
	"nps" integer,
	"csat_answers" integer NOT NULL,
	"csat_satisfied" integer NOT NULL,
	"csat" double precision,
	"gaps_fixed" integer NOT NULL,
	"decider_last_touch" date[] NOT NULL,
	"decider_last_reading" date[] NOT NULL,
	"trend" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contact_audit" ADD CONSTRAINT "contact_audit_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_audit" ADD CONSTRAINT "contact_audit_audit_id_audit_log_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_account_figures" ADD CONSTRAINT "stakeholder_account_figures_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;