import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, skills } from '../../db/schema';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';

// June 2026 has 30 days; today is the 15th, so every allocation below covers all of June unless said.
const today = '2026-06-15';
let w: TestWorld;
let director: TestUser;
let alice: TestUser; // account manager
let carol: TestUser; // member of the team
let react: string;
const person = {} as Record<'dev1' | 'dev2' | 'dev3' | 'dev4', string>;

async function createPerson(body: Record<string, unknown>) {
  const res = await director.client.post('/api/v1/people', body);
  expect(res.status).toBe(201);
  return res.body.id as string;
}
async function account(name: string, manager = alice.personId) {
  const res = await director.client.post('/api/v1/accounts', {
    name,
    objective: 'growth',
    startedOn: '2025-01-10',
    managerPersonId: manager,
  });
  return res.body.id as string;
}
const seat = (accountId: string, personId: string, role: string, hoursPerMonth: number) =>
  director.client.post(`/api/v1/accounts/${accountId}/team`, {
    personId,
    role,
    hoursPerMonth,
    from: '2026-01-01',
  });

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date(`${today}T10:00:00Z`) });
  director = await w.user('director');
  alice = await w.user('account_manager', { name: 'Alice' });
  carol = await w.user('member', { name: 'Carol' });
  const created = await director.client.post('/api/v1/skills', { name: 'React', category: 'technology' });
  react = created.body.id;
  const lina = await createPerson({ name: 'Lina Lead', department: 'Engineering' });
  person.dev1 = await createPerson({
    name: 'Dev One',
    department: 'Engineering',
    lineManagerPersonId: lina,
    monthlyCapacityHours: 100,
    skills: [{ skillId: react, level: 4 }],
  });
  person.dev2 = await createPerson({
    name: 'Dev Two',
    department: 'Engineering',
    monthlyCapacityHours: 60,
    skills: [{ skillId: react, level: 3 }],
  });
  person.dev3 = await createPerson({
    name: 'Dev Three',
    monthlyCapacityHours: 40,
    skills: [{ skillId: react, level: 5 }],
  });
  person.dev4 = await createPerson({ name: 'Dev Four', skills: [{ skillId: react, level: 5 }] });
  await director.client.patch(`/api/v1/people/${carol.personId}`, {
    version: 1,
    monthlyCapacityHours: 30,
    skills: [{ skillId: react, level: 2 }],
  });
  // Elsewhere: Dev Two 40 h (20 free), Dev Three 40 h (none free), Carol 10 h.
  const elsewhere = await account('Elsewhere');
  expect((await seat(elsewhere, person.dev2, 'engineer', 40)).status).toBe(201);
  expect((await seat(elsewhere, person.dev3, 'engineer', 40)).status).toBe(201);
  expect((await seat(elsewhere, carol.personId!, 'engineer', 10)).status).toBe(201);
  // Setting up takes several requests; on a machine shared by many test runs that can pass a minute.
}, 180_000);
afterAll(() => w.close());

describe('what an account needs, against its team', () => {
  it('saves the plan as a whole with a version, and audits it', async () => {
    const id = await account('Plan Account');
    const empty = await alice.client.get(`/api/v1/accounts/${id}/team/plan`);
    expect(empty.body).toEqual({ accountId: id, version: 0, roles: [], skills: [] });

    const saved = await alice.client.put(`/api/v1/accounts/${id}/team/plan`, {
      version: 0,
      roles: [
        { role: 'delivery_manager', hoursPerMonth: 20 },
        { role: 'technical_lead', hoursPerMonth: 40 },
      ],
      skills: [{ skillId: react, minLevel: 4 }],
    });
    expect(saved.status).toBe(200);
    // Roles come in the workspace list's order: delivery manager (40) before technical lead (70).
    expect(saved.body).toEqual({
      accountId: id,
      version: 1,
      roles: [
        { role: 'delivery_manager', roleName: 'Delivery manager', hoursPerMonth: 20 },
        { role: 'technical_lead', roleName: 'Technical lead', hoursPerMonth: 40 },
      ],
      skills: [{ skillId: react, name: 'React', minLevel: 4 }],
    });
    const stale = await alice.client.put(`/api/v1/accounts/${id}/team/plan`, {
      version: 0,
      roles: [],
      skills: [],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    const unchanged = await alice.client.put(`/api/v1/accounts/${id}/team/plan`, {
      version: 1,
      roles: [
        { role: 'technical_lead', hoursPerMonth: 40 },
        { role: 'delivery_manager', hoursPerMonth: 20 },
      ],
      skills: [{ skillId: react, minLevel: 4 }],
    });
    expect(unchanged.body.version).toBe(1);

    const audit = await w.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.accountId, id), eq(auditLog.entityType, 'account_team_plan')));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.changes).toEqual({
      roles: { before: {}, after: { delivery_manager: 20, technical_lead: 40 } },
      skills: { before: {}, after: { React: 4 } },
    });
  });

  it('refuses bad plans field by field and changes nothing', async () => {
    const id = await account('Bad Plan');
    const bad = await alice.client.put(`/api/v1/accounts/${id}/team/plan`, {
      version: 0,
      roles: [
        { role: 'sales', hoursPerMonth: 0 },
        { role: 'sales', hoursPerMonth: 10 },
      ],
      skills: [{ skillId: react, minLevel: 6 }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({
      'roles.0.hoursPerMonth': 'At least 1 hour',
      'roles.1': 'This role is already in the plan',
      'skills.0.minLevel': 'Use a level from 1 to 5',
    });
    const unknown = await alice.client.put(`/api/v1/accounts/${id}/team/plan`, {
      version: 0,
      roles: [{ role: 'astronaut', hoursPerMonth: 10 }],
      skills: [],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.fields).toEqual({ 'roles.0.role': 'No such role' });
    expect((await alice.client.get(`/api/v1/accounts/${id}/team/plan`)).body.version).toBe(0);
  });

  it('a member of the team reads the plan but cannot change it or the team', async () => {
    const id = await account('Member Plan');
    await seat(id, carol.personId!, 'engineer', 5);
    expect((await carol.client.get(`/api/v1/accounts/${id}/team/plan`)).status).toBe(200);
    const put = await carol.client.put(`/api/v1/accounts/${id}/team/plan`, {
      version: 0,
      roles: [],
      skills: [],
    });
    expect(put.status).toBe(403);
    const add = await carol.client.post(`/api/v1/accounts/${id}/team`, {
      personId: person.dev1,
      role: 'sales',
      from: today,
    });
    expect(add.status).toBe(403);
    expect((await carol.client.get(`/api/v1/accounts/${id}/team/suggestions?role=sales`)).status).toBe(403);
  });
});

describe('warnings and suggestions on the Team tab', () => {
  let id: string;
  beforeAll(async () => {
    id = await account('Warned Account');
    await alice.client.put(`/api/v1/accounts/${id}/team/plan`, {
      version: 0,
      roles: [
        { role: 'delivery_manager', hoursPerMonth: 20 },
        { role: 'technical_lead', hoursPerMonth: 40 },
      ],
      skills: [{ skillId: react, minLevel: 4 }],
    });
    expect((await seat(id, carol.personId!, 'technical_lead', 24)).status).toBe(201);
  });

  it('warns of an empty role, a role short of hours, a missing skill and a member over capacity', async () => {
    const res = await alice.client.get(`/api/v1/accounts/${id}/team/overview`);
    expect(res.status).toBe(200);
    const o = res.body;
    expect(o).toMatchObject({ asOf: today, month: '2026-06' });
    expect(o.roles).toEqual([
      {
        role: 'delivery_manager',
        roleName: 'Delivery manager',
        neededHours: 20,
        filledHours: 0,
        status: 'unfilled',
        people: [],
      },
      {
        role: 'technical_lead',
        roleName: 'Technical lead',
        neededHours: 40,
        filledHours: 24,
        status: 'short',
        people: [{ personId: carol.personId, name: 'Carol' }],
      },
    ]);
    expect(o.skills).toEqual([
      { skillId: react, name: 'React', minLevel: 4, bestLevel: 2, met: false, people: [] },
    ]);
    // Carol: 24 h here + 10 h on Elsewhere + 5 h on Member Plan = 39 h against 30 h: over by 9 h.
    expect(o.warnings).toEqual([
      { kind: 'role_unfilled', role: 'delivery_manager', roleName: 'Delivery manager', neededHours: 20 },
      {
        kind: 'role_short',
        role: 'technical_lead',
        roleName: 'Technical lead',
        neededHours: 40,
        filledHours: 24,
      },
      { kind: 'skill_missing', skillId: react, skillName: 'React', minLevel: 4, bestLevel: 2 },
      {
        kind: 'over_allocated',
        personId: carol.personId,
        personName: 'Carol',
        month: '2026-06',
        allocatedHours: 39,
        capacityHours: 30,
        overByHours: 9,
      },
    ]);
    expect(
      o.members.map((m: { name: string; allocatedHours: number }) => [m.name, m.allocatedHours]),
    ).toEqual([
      ['Alice', 0],
      ['Carol', 39],
    ]);
    expect(o.managerHistory).toEqual([
      expect.objectContaining({ name: 'Alice', from: '2025-01-10', to: null, current: true }),
    ]);
  });

  it('suggests people for the empty role, ranked, with their line managers', async () => {
    const res = await alice.client.get(`/api/v1/accounts/${id}/team/suggestions?role=delivery_manager`);
    expect(res.status).toBe(200);
    // 20 h asked; the team lacks React 4. Dev One: 100 h free, React 4 — covers and meets the skill.
    // Dev Two: 60 − 40 = 20 h free (covers exactly), React 3 — below 4. Dev Three has nothing free,
    // Dev Four has no capacity set, Carol is on the team.
    expect(res.body).toMatchObject({
      month: '2026-06',
      hours: 20,
      requireSkills: false,
      skills: [{ skillId: react, name: 'React', minLevel: 4 }],
    });
    expect(res.body.items).toEqual([
      {
        personId: person.dev1,
        name: 'Dev One',
        department: 'Engineering',
        title: null,
        lineManager: { personId: expect.any(String), name: 'Lina Lead' },
        freeHours: 100,
        coversHours: true,
        skillsMet: 1,
        levels: { [react]: 4 },
      },
      {
        personId: person.dev2,
        name: 'Dev Two',
        department: 'Engineering',
        title: null,
        lineManager: null,
        freeHours: 20,
        coversHours: true,
        skillsMet: 0,
        levels: { [react]: 3 },
      },
    ]);
    const bySkill = await alice.client.get(`/api/v1/accounts/${id}/team/suggestions?skillId=${react}`);
    expect(bySkill.body.items.map((s: { name: string }) => s.name)).toEqual(['Dev One']);
    const neither = await alice.client.get(`/api/v1/accounts/${id}/team/suggestions`);
    expect(neither.status).toBe(400);
    const notNeeded = await alice.client.get(`/api/v1/accounts/${id}/team/suggestions?role=marketing`);
    expect(notNeeded.status).toBe(422);
  });

  it('filling the empty role from a suggestion clears its warning', async () => {
    const add = await alice.client.post(`/api/v1/accounts/${id}/team`, {
      personId: person.dev2,
      role: 'delivery_manager',
      hoursPerMonth: 20,
      from: today,
    });
    expect(add.status).toBe(201);
    expect(add.body).toMatchObject({ roleName: 'Delivery manager', hoursPerMonth: 20, current: true });
    const o = (await alice.client.get(`/api/v1/accounts/${id}/team/overview`)).body;
    expect(o.roles[0]).toMatchObject({ role: 'delivery_manager', filledHours: 20, status: 'filled' });
    expect(o.warnings.map((x: { kind: string }) => x.kind)).toEqual([
      'role_short',
      'skill_missing',
      'over_allocated',
    ]);
  });
});

describe('the workspace list of roles', () => {
  it('starts with the defaults, in order; everyone reads it', async () => {
    const res = await carol.client.get('/api/v1/team-roles');
    expect(res.body.items.map((r: { key: string }) => r.key)).toEqual([
      'account_manager',
      'executive_sponsor',
      'sales',
      'delivery_manager',
      'project_manager',
      'solution_architect',
      'technical_lead',
      'marketing',
      'engineer',
    ]);
    expect(res.body.items[0]).toEqual({
      key: 'account_manager',
      name: 'Account manager',
      position: 10,
      active: true,
      builtIn: true,
      version: 1,
    });
  });

  it('a director adds, renames and retires roles; a retired role takes no new members', async () => {
    expect((await carol.client.post('/api/v1/team-roles', { name: 'Data analyst' })).status).toBe(403);
    const added = await director.client.post('/api/v1/team-roles', { name: 'Data analyst' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      key: 'data_analyst',
      name: 'Data analyst',
      builtIn: false,
      version: 1,
    });
    const dup = await director.client.post('/api/v1/team-roles', {
      name: 'data ANALYST',
      key: 'analyst_two',
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.fields).toEqual({ name: 'Already in the list' });
    const badKey = await director.client.post('/api/v1/team-roles', { name: 'X', key: 'Has Spaces' });
    expect(badKey.status).toBe(400);

    const retired = await director.client.patch('/api/v1/team-roles/data_analyst', {
      version: 1,
      active: false,
    });
    expect(retired.body).toMatchObject({ active: false, version: 2 });
    const stale = await director.client.patch('/api/v1/team-roles/data_analyst', {
      version: 1,
      name: 'Analyst',
    });
    expect(stale.status).toBe(409);
    const am = await director.client.patch('/api/v1/team-roles/account_manager', {
      version: 1,
      active: false,
    });
    expect(am.status).toBe(422);

    const id = await account('Retired Role');
    const res = await seat(id, person.dev1, 'data_analyst', 10);
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual({ role: 'This role is retired' });
    const audit = await w.database.db.select().from(auditLog).where(eq(auditLog.entityType, 'team_role'));
    expect(audit.map((a) => a.action)).toEqual(['created', 'updated']);
  });

  it('the catalogue starts with the account-management skills the assessments score', async () => {
    const rows = await w.database.db
      .select({ key: skills.key })
      .from(skills)
      .where(eq(skills.category, 'account_management'));
    expect(rows.map((r) => r.key).sort()).toEqual([
      'asking_questions',
      'experience',
      'foreseeing_problems',
      'leading_team',
      'listening',
      'managing_expectations',
      'presenting_services',
      'services_knowledge',
    ]);
  });
});
