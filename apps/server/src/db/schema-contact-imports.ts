/**
 * Which contacts a contacts import created, so undo deletes exactly them (issue 4). A table of its own
 * rather than an import id on contacts: the contact rows stay the stakeholder area's, and a contact that
 * is deleted by hand simply leaves this list.
 * Part of the one schema: schema.ts re-exports this file.
 */
import { index, pgTable, uuid } from 'drizzle-orm/pg-core';
import { imports } from './schema-imports';
import { contacts } from './schema-stakeholders';

export const importedContacts = pgTable(
  'imported_contacts',
  {
    contactId: uuid('contact_id')
      .primaryKey()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    importId: uuid('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
  },
  (t) => [index('imported_contacts_import_idx').on(t.importId)],
);
