import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';

const today = '2026-06-15';
let w: TestWorld;
let director: TestUser;
let member: TestUser;
let finance: TestUser;

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date(`${today}T10:00:00Z`) });
  director = await w.user('director');
  member = await w.user('member');
  finance = await w.user('finance');
  // Setting up takes several requests; on a machine shared by many test runs that can pass a minute.
}, 180_000);
afterAll(() => w.close());

async function skill(name: string, category = 'technology') {
  const res = await director.client.post('/api/v1/skills', { name, category });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

describe('the skill catalogue', () => {
  it('lists, filters and pages; a director adds, renames and retires; others only read', async () => {
    const kotlin = await skill('Kotlin');
    await skill('Retail', 'industry');
    const tech = await member.client.get('/api/v1/skills?category=technology');
    expect(tech.body.items.map((s: { name: string }) => s.name)).toEqual(['Kotlin']);
    const am = await member.client.get('/api/v1/skills?category=account_management&pageSize=3');
    // Eight account-management skills, three to a page, by name.
    expect(am.body).toMatchObject({ total: 8, pageSize: 3 });
    expect(am.body.items.map((s: { key: string }) => s.key)).toEqual([
      'asking_questions',
      'experience',
      'foreseeing_problems',
    ]);
    expect((await member.client.post('/api/v1/skills', { name: 'Go', category: 'technology' })).status).toBe(
      403,
    );
    const dup = await director.client.post('/api/v1/skills', { name: 'KOTLIN', category: 'technology' });
    expect(dup.status).toBe(409);
    const bad = await director.client.post('/api/v1/skills', { name: '', category: 'music' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['category', 'name']);

    const renamed = await director.client.patch(`/api/v1/skills/${kotlin}`, {
      version: 1,
      name: 'Kotlin / JVM',
    });
    expect(renamed.body).toMatchObject({ name: 'Kotlin / JVM', version: 2 });
    const stale = await director.client.patch(`/api/v1/skills/${kotlin}`, { version: 1, active: false });
    expect(stale.status).toBe(409);
    const retired = await director.client.patch(`/api/v1/skills/${kotlin}`, { version: 2, active: false });
    expect(retired.body.active).toBe(false);
    expect((await member.client.get('/api/v1/skills?q=kotlin')).body.total).toBe(0);
    expect((await member.client.get('/api/v1/skills?q=kotlin&active=all')).body.total).toBe(1);

    const listening = am.body.items.find((s: { key: string }) => s.key === 'asking_questions');
    const moved = await director.client.patch(`/api/v1/skills/${listening.id}`, {
      version: listening.version,
      category: 'other',
    });
    expect(moved.status).toBe(422);
  });
});

describe('a person: skills, capacity, languages, location', () => {
  it('saves them with the person’s version and audits the change', async () => {
    const sql = await skill('SQL');
    const fintech = await skill('Fintech', 'industry');
    const created = await director.client.post('/api/v1/people', {
      name: 'Skilled Sara',
      monthlyCapacityHours: 60,
      languages: ['English', 'German', 'English'],
      location: ' Berlin ',
      skills: [
        { skillId: sql, level: 4 },
        { skillId: fintech, level: 2 },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      monthlyCapacityHours: 60,
      languages: ['English', 'German'],
      location: 'Berlin',
      version: 1,
    });
    const id = created.body.id;
    const page = await member.client.get(`/api/v1/people/${id}`);
    expect(page.body.skills).toEqual([
      { skillId: fintech, name: 'Fintech', category: 'industry', level: 2 },
      { skillId: sql, name: 'SQL', category: 'technology', level: 4 },
    ]);
    expect(page.body.load).toEqual({
      month: '2026-06',
      capacityHours: 60,
      allocatedHours: 0,
      freeHours: 60,
      overAllocated: false,
      overByHours: 0,
    });

    const edit = await director.client.patch(`/api/v1/people/${id}`, {
      version: 1,
      skills: [{ skillId: sql, level: 5 }],
      monthlyCapacityHours: 40,
    });
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({ monthlyCapacityHours: 40, version: 2 });
    const same = await director.client.patch(`/api/v1/people/${id}`, {
      version: 2,
      skills: [{ skillId: sql, level: 5 }],
    });
    expect(same.body.version).toBe(2);
    const stale = await director.client.patch(`/api/v1/people/${id}`, { version: 1, skills: [] });
    expect(stale.status).toBe(409);
    expect((await member.client.get(`/api/v1/people/${id}`)).body.skills).toEqual([
      { skillId: sql, name: 'SQL', category: 'technology', level: 5 },
    ]);

    const audit = await w.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, id))
      .orderBy(asc(auditLog.id));
    expect(audit[0]!.changes).toMatchObject({ skills: { before: null, after: { Fintech: 2, SQL: 4 } } });
    expect(audit[1]!.changes).toEqual({
      monthlyCapacityHours: { before: 60, after: 40 },
      skills: { before: { Fintech: 2, SQL: 4 }, after: { SQL: 5 } },
    });

    // The people list filters by skill at a level.
    expect((await member.client.get(`/api/v1/people?skillId=${sql}&minLevel=5`)).body.items).toEqual([
      expect.objectContaining({ name: 'Skilled Sara' }),
    ]);
    expect((await member.client.get(`/api/v1/people?skillId=${fintech}`)).body.total).toBe(0);
  });

  it('refuses bad levels, hours and unknown skills field by field, changing nothing', async () => {
    const go = await skill('Go');
    const bad = await director.client.post('/api/v1/people', {
      name: 'Bad Bert',
      monthlyCapacityHours: 800,
      skills: [
        { skillId: go, level: 0 },
        { skillId: go, level: 3 },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({
      monthlyCapacityHours: 'At most 744 hours a month',
      'skills.0.level': 'Use a level from 1 to 5',
      'skills.1.skillId': 'This skill is listed twice',
    });
    const unknown = await director.client.post('/api/v1/people', {
      name: 'Unknown Una',
      skills: [{ skillId: '00000000-0000-4000-8000-000000000000', level: 3 }],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.fields).toEqual({ 'skills.0.skillId': 'No such skill in the catalogue' });
    expect((await director.client.get('/api/v1/people?q=Unknown%20Una')).body.total).toBe(0);
  });

  it('shows the person’s cost rate, kept by economics, only to those who see rates', async () => {
    const p = (await director.client.post('/api/v1/people', { name: 'Rated Rob' })).body.id;
    const rate = await finance.client.post('/api/v1/economics/cost-rates', {
      level: 'person',
      personId: p,
      from: '2026-01-01',
      hourly: { amount: 4500, currency: 'EUR' },
    });
    expect(rate.status).toBe(201);
    const seen = await finance.client.get(`/api/v1/people/${p}`);
    expect(seen.body.costRate).toEqual({ from: '2026-01-01', hourly: { amount: 4500, currency: 'EUR' } });
    expect(seen.body.permissions).toEqual({ edit: false, readCostRates: true, assess: false });
    const hidden = await member.client.get(`/api/v1/people/${p}`);
    expect(hidden.body.costRate).toBeNull();
    expect(hidden.body.permissions.readCostRates).toBe(false);
  });
});

describe('trainings and workshops', () => {
  it('a director records, edits and removes them; everyone reads; each change is audited', async () => {
    const p = (await director.client.post('/api/v1/people', { name: 'Trained Tia' })).body.id;
    const one = await director.client.post(`/api/v1/people/${p}/trainings`, {
      title: 'Key account workshop',
      date: '2026-03-10',
      provider: 'Northwind Academy',
    });
    expect(one.status).toBe(201);
    await director.client.post(`/api/v1/people/${p}/trainings`, { title: 'Negotiation', date: '2026-05-02' });
    const list = await member.client.get(`/api/v1/people/${p}/trainings`);
    expect(list.body.items.map((t: { title: string }) => t.title)).toEqual([
      'Negotiation',
      'Key account workshop',
    ]);

    expect(
      (await member.client.post(`/api/v1/people/${p}/trainings`, { title: 'Mine', date: '2026-01-01' }))
        .status,
    ).toBe(403);
    const bad = await director.client.post(`/api/v1/people/${p}/trainings`, {
      title: ' ',
      date: '2026-02-30',
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['date', 'title']);

    const edited = await director.client.patch(`/api/v1/people/${p}/trainings/${one.body.id}`, {
      version: 1,
      notes: 'Brought back the power map template',
    });
    expect(edited.body).toMatchObject({ notes: 'Brought back the power map template', version: 2 });
    const stale = await director.client.patch(`/api/v1/people/${p}/trainings/${one.body.id}`, {
      version: 1,
      title: 'Old',
    });
    expect(stale.status).toBe(409);
    expect((await director.client.delete(`/api/v1/people/${p}/trainings/${one.body.id}`)).status).toBe(200);
    expect((await member.client.get(`/api/v1/people/${p}/trainings`)).body.items).toHaveLength(1);
    const audit = await w.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, one.body.id))
      .orderBy(asc(auditLog.id));
    expect(audit.map((a) => a.action)).toEqual(['created', 'updated', 'deleted']);
  });
});
