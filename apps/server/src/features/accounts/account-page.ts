import type { AccountDetail } from '@vested/contracts';
import { type AccountAction, type Actor, canOnAccount, type IsoDate } from '@vested/domain';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts } from '../../db/schema';
import { notFound } from '../../http/errors';
import type { JsonText } from '../../http/json-text';
import { accountJson, withField } from './account-json';
import { authorize, teamFacts } from './queries';

function pageQuery(db: Db) {
  return db
    .select({ account: accountJson, managerPersonId: accounts.managerPersonId, team: teamFacts })
    .from(accounts)
    .where(eq(accounts.id, sql.placeholder('id')));
}

/** One named statement per database: built once, parsed once per connection. */
const statements = new WeakMap<Db, { execute: ReturnType<typeof pageQuery>['execute'] }>();

/** The account page: the account as PostgreSQL writes it, and what this actor may do on it. */
export async function accountPage(
  db: Db,
  actor: Actor,
  id: string,
  today: IsoDate,
): Promise<JsonText<typeof AccountDetail>> {
  let statement = statements.get(db);
  if (!statement) {
    statement = pageQuery(db).prepare('account_page');
    statements.set(db, statement);
  }
  const [row] = await statement.execute({ id });
  if (!row) throw notFound('Account');
  const facts = { managerPersonId: row.managerPersonId, team: row.team };
  authorize(actor, 'read', facts, today);
  const may = (action: AccountAction) => canOnAccount(actor, action, facts, today);
  return withField(row.account, 'permissions', {
    update: may('update'),
    changePhase: may('changePhase'),
    manageTeam: may('manageTeam'),
    decideTier: may('decideTier'),
    assignManager: may('assignManager'),
    archive: may('archive'),
  });
}
