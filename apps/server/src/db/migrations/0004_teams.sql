CREATE TABLE "account_role_needs" (
	"account_id" uuid NOT NULL,
	"role" text NOT NULL,
	"hours_per_month" integer NOT NULL,
	CONSTRAINT "account_role_needs_account_id_role_pk" PRIMARY KEY("account_id","role"),
	CONSTRAINT "account_role_needs_hours" CHECK ("account_role_needs"."hours_per_month" between 1 and 744)
);
--> statement-breakpoint
CREATE TABLE "account_skill_needs" (
	"account_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	"min_level" integer NOT NULL,
	CONSTRAINT "account_skill_needs_account_id_skill_id_pk" PRIMARY KEY("account_id","skill_id"),
	CONSTRAINT "account_skill_needs_level" CHECK ("account_skill_needs"."min_level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "account_team_plans" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "manager_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"scores" jsonb NOT NULL,
	"summary" text,
	"assessed_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "manager_assessments_period" CHECK ("manager_assessments"."period_to" >= "manager_assessments"."period_from")
);
--> statement-breakpoint
CREATE TABLE "account_manager_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"previous_person_id" uuid,
	"note" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by_user_id" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_skills" (
	"person_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	"level" integer NOT NULL,
	CONSTRAINT "person_skills_person_id_skill_id_pk" PRIMARY KEY("person_id","skill_id"),
	CONSTRAINT "person_skills_level" CHECK ("person_skills"."level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "person_trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"title" text NOT NULL,
	"date" date NOT NULL,
	"provider" text,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"key" text,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_roles" (
	"key" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 100 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account_team_members" ADD COLUMN "hours_per_month" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "monthly_capacity_hours" integer;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "languages" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "location" text;--> statement-breakpoint
ALTER TABLE "account_role_needs" ADD CONSTRAINT "account_role_needs_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_role_needs" ADD CONSTRAINT "account_role_needs_role_team_roles_key_fk" FOREIGN KEY ("role") REFERENCES "public"."team_roles"("key") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "account_skill_needs" ADD CONSTRAINT "account_skill_needs_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_skill_needs" ADD CONSTRAINT "account_skill_needs_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_team_plans" ADD CONSTRAINT "account_team_plans_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manager_assessments" ADD CONSTRAINT "manager_assessments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manager_assessments" ADD CONSTRAINT "manager_assessments_assessed_by_user_id_users_id_fk" FOREIGN KEY ("assessed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_manager_requests" ADD CONSTRAINT "account_manager_requests_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_manager_requests" ADD CONSTRAINT "account_manager_requests_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_manager_requests" ADD CONSTRAINT "account_manager_requests_previous_person_id_people_id_fk" FOREIGN KEY ("previous_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_manager_requests" ADD CONSTRAINT "account_manager_requests_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_manager_requests" ADD CONSTRAINT "account_manager_requests_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_skills" ADD CONSTRAINT "person_skills_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_skills" ADD CONSTRAINT "person_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_trainings" ADD CONSTRAINT "person_trainings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_skill_needs_skill_idx" ON "account_skill_needs" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "manager_assessments_person_idx" ON "manager_assessments" USING btree ("person_id","period_to");--> statement-breakpoint
CREATE UNIQUE INDEX "manager_requests_one_pending" ON "account_manager_requests" USING btree ("account_id") WHERE "account_manager_requests"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "manager_requests_account_idx" ON "account_manager_requests" USING btree ("account_id","requested_at");--> statement-breakpoint
CREATE INDEX "manager_requests_status_idx" ON "account_manager_requests" USING btree ("status","requested_at");--> statement-breakpoint
CREATE INDEX "person_skills_skill_idx" ON "person_skills" USING btree ("skill_id","level");--> statement-breakpoint
CREATE INDEX "person_trainings_person_idx" ON "person_trainings" USING btree ("person_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "skills_name_key" ON "skills" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "skills_key_key" ON "skills" USING btree ("key");--> statement-breakpoint
CREATE INDEX "skills_category_idx" ON "skills" USING btree ("category","name");--> statement-breakpoint
CREATE UNIQUE INDEX "team_roles_name_key" ON "team_roles" USING btree (lower("name"));--> statement-breakpoint
ALTER TABLE "account_team_members" ADD CONSTRAINT "team_hours_check" CHECK ("account_team_members"."hours_per_month" between 0 and 744);--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_capacity_hours" CHECK ("people"."monthly_capacity_hours" between 0 and 744);