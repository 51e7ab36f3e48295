-- Custom SQL migration file, put your code below! --
-- The workspace's default lists (PRODUCT.md ideas 9 and 10), written once so every workspace starts
-- with them; people edit them from then on. Data only: the schema is unchanged.
INSERT INTO "team_roles" ("key", "name", "position") VALUES
  ('account_manager', 'Account manager', 10),
  ('executive_sponsor', 'Executive sponsor', 20),
  ('sales', 'Sales', 30),
  ('delivery_manager', 'Delivery manager', 40),
  ('project_manager', 'Project manager', 50),
  ('solution_architect', 'Solution architect', 60),
  ('technical_lead', 'Technical lead', 70),
  ('marketing', 'Marketing', 80),
  ('engineer', 'Engineer', 90)
ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- Any other role already on a team keeps its key, named after it, so the foreign key that follows holds.
INSERT INTO "team_roles" ("key", "name", "position")
  SELECT DISTINCT m."role", initcap(replace(m."role", '_', ' ')), 1000
  FROM "account_team_members" m
  WHERE NOT EXISTS (SELECT 1 FROM "team_roles" r WHERE r."key" = m."role")
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "skills" ("name", "category", "key") VALUES
  ('Listening', 'account_management', 'listening'),
  ('Asking the right questions', 'account_management', 'asking_questions'),
  ('Foreseeing and solving client problems', 'account_management', 'foreseeing_problems'),
  ('Managing expectations', 'account_management', 'managing_expectations'),
  ('Leading the account team', 'account_management', 'leading_team'),
  ('Presenting the company''s services', 'account_management', 'presenting_services'),
  ('Knowledge of the company''s services', 'account_management', 'services_knowledge'),
  ('Experience', 'account_management', 'experience')
ON CONFLICT DO NOTHING;
