import type { CreateTeamRoleBody, UpdateTeamRoleBody, WorkspaceRole } from '@vested/contracts';
import { ACCOUNT_MANAGER_ROLE, canOnWorkspace, diffFields } from '@vested/domain';
import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { workspaceRoles } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { conflict, forbidden, invalid, notFound, ruleBroken, staleVersion } from '../../http/errors';
import { recordAudit } from '../audit/record-audit';

type Row = typeof workspaceRoles.$inferSelect;
const present = (r: Row): WorkspaceRole => ({
  key: r.key,
  name: r.name,
  position: r.position,
  active: r.active,
  builtIn: r.key === ACCOUNT_MANAGER_ROLE,
  version: r.version,
});

export async function listTeamRoles(db: Db, active: 'true' | 'false' | 'all'): Promise<WorkspaceRole[]> {
  const rows = await db
    .select()
    .from(workspaceRoles)
    .where(active === 'all' ? undefined : eq(workspaceRoles.active, active === 'true'))
    .orderBy(asc(workspaceRoles.position), asc(workspaceRoles.name));
  return rows.map(present);
}

function authorize(actor: SignedIn) {
  if (!canOnWorkspace(actor, 'manageCatalogue'))
    throw forbidden('Only an admin or a director changes the workspace lists');
}

/** "Data analyst" → data_analyst: the key people would have typed. */
export function keyOf(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
}

async function assertNameFree(tx: Db, name: string, exceptKey?: string) {
  const [other] = await tx
    .select({ key: workspaceRoles.key })
    .from(workspaceRoles)
    .where(eq(sql`lower(${workspaceRoles.name})`, name.toLowerCase()));
  if (other && other.key !== exceptKey)
    throw conflict('A role has this name', { name: 'Already in the list' });
}

export async function createTeamRole(
  db: Db,
  actor: SignedIn,
  body: z.output<typeof CreateTeamRoleBody>,
): Promise<WorkspaceRole> {
  authorize(actor);
  const key = body.key ?? keyOf(body.name);
  if (!/^[a-z][a-z0-9_]{1,39}$/.test(key))
    throw invalid('Give the role a key', { key: 'Use lower-case letters, digits and _, e.g. data_analyst' });
  return db.transaction(async (tx) => {
    await assertNameFree(tx, body.name);
    const [row] = await tx
      .insert(workspaceRoles)
      .values({ key, name: body.name, position: body.position ?? 500 })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict('A role has this key', { key: 'Already in the list' });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'team_role',
      entityId: key,
      action: 'created',
      changes: diffFields(null, { key, name: row.name, position: row.position }),
    });
    return present(row);
  });
}

export async function updateTeamRole(
  db: Db,
  actor: SignedIn,
  key: string,
  body: z.output<typeof UpdateTeamRoleBody>,
): Promise<WorkspaceRole> {
  authorize(actor);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(workspaceRoles).where(eq(workspaceRoles.key, key)).for('update');
    if (!current) throw notFound('Role');
    if (current.version !== body.version) throw staleVersion();
    const { version: _v, ...patch } = body;
    if (key === ACCOUNT_MANAGER_ROLE && patch.active === false)
      throw ruleBroken('Every account has an account manager: this role cannot be retired', {
        active: 'The account-manager role cannot be retired',
      });
    const changes = diffFields(current, patch);
    if (Object.keys(changes).length === 0) return present(current);
    if (patch.name) await assertNameFree(tx, patch.name, key);
    const [row] = await tx
      .update(workspaceRoles)
      .set({ ...patch, version: sql`${workspaceRoles.version} + 1`, updatedAt: new Date().toISOString() })
      .where(eq(workspaceRoles.key, key))
      .returning();
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'team_role',
      entityId: key,
      action: 'updated',
      changes,
    });
    return present(row!);
  });
}
