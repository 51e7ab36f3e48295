import { type Account, AccountDetail, AccountListItem, AccountPage } from '@vested/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { type Client, type TestUser, type TestWorld, testWorld } from '../../test/harness';

/**
 * The account list and the account page send JSON that PostgreSQL wrote (account-json.ts), which no zod
 * serializer checks on the way out. Here that JSON must satisfy the contracts — no field missing, none
 * extra — and equal, field for field, what the typed path (`presentAccount`, behind every write's
 * response) gives for the same account, for several filters, sorts and roles.
 */
let w: TestWorld;
let director: TestUser;
let am: TestUser;
let member: TestUser;
let nobody: TestUser;
/** The latest `Account` each write returned, by id: the typed path's view of every account. */
const typed = new Map<string, Account>();

async function write(client: Client, url: string, body: unknown) {
  const res = await client.post(url, body);
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  typed.set(res.body.id, res.body);
  return res.body as Account;
}

beforeAll(async () => {
  w = await testWorld();
  director = await w.user('director');
  am = await w.user('account_manager', { name: 'Ана «Quote" \\ Back' });
  member = await w.user('member');
  nobody = await w.user('account_manager', { withPerson: false });
  const c = director.client;
  // Every kind of value: nulls and values, no tags and several, text that JSON must escape, a manager
  // and none, an archived account.
  const full = await write(c, '/api/v1/accounts', {
    name: 'Zeta "Quoted" \\ Ltd — Ünïcode',
    industry: 'Logistics',
    country: 'de',
    website: 'https://zeta.example',
    sizeBand: 'large',
    startedOn: '2024-03-01',
    objective: 'growth',
    managerPersonId: am.personId,
    businessNotes: 'Line one\nLine "two"\ttabbed',
    tags: ['eu', 'logistics'],
  });
  await write(c, '/api/v1/accounts', { name: 'Alpha', objective: 'image', status: 'paused' });
  const beta = await write(c, '/api/v1/accounts', {
    name: 'Beta',
    industry: 'Banking',
    objective: 'growth',
    startedOn: '2021-06-15',
    tags: ['key'],
  });
  const gone = await write(c, '/api/v1/accounts', { name: 'Gamma', objective: 'preservation' });
  await write(c, `/api/v1/accounts/${gone.id}/archive`, { version: gone.version });
  // The member sees Beta through its team, the AM sees Zeta as its manager.
  const team = await c.post(`/api/v1/accounts/${beta.id}/team`, {
    personId: member.personId,
    role: 'technical_lead',
    from: '2020-01-01',
  });
  expect(team.status).toBe(201);
  expect(full.managerName).toBe('Ана «Quote" \\ Back');
});
afterAll(() => w.close());

/** `parse` drops unknown keys, so also require exactly the contract's keys. */
function expectExactly(schema: z.ZodObject, value: Record<string, unknown>) {
  schema.parse(value);
  expect(Object.keys(value).sort()).toEqual(Object.keys(schema.shape).sort());
}

type Who = 'director' | 'am' | 'member' | 'nobody';
const users = (): Record<Who, TestUser> => ({ director, am, member, nobody });

const withoutNotes = ({ businessNotes: _n, ...item }: Account) => item;

describe('the account list as PostgreSQL writes it', () => {
  // Five accounts… four live: Zeta (growth, active, AM's), Alpha (image, paused), Beta (growth, active,
  // member's team), and Gamma archived.
  const cases: { who: Who; url: string; names: string[]; total: number }[] = [
    { who: 'director', url: '', names: ['Alpha', 'Beta', 'Zeta "Quoted" \\ Ltd — Ünïcode'], total: 3 },
    {
      who: 'director',
      url: '?objective=growth&status=active&sort=-updatedAt',
      // Beta was written after Zeta, so it is newer.
      names: ['Beta', 'Zeta "Quoted" \\ Ltd — Ünïcode'],
      total: 2,
    },
    { who: 'director', url: '?q=quoted', names: ['Zeta "Quoted" \\ Ltd — Ünïcode'], total: 1 },
    { who: 'director', url: '?q=key', names: ['Beta'], total: 1 },
    { who: 'director', url: '?archived=true', names: ['Gamma'], total: 1 },
    {
      who: 'director',
      url: '?archived=all&sort=startedOn&pageSize=2',
      // Started: Beta 2021-06-15, Zeta 2024-03-01, Alpha and Gamma never (last).
      names: ['Beta', 'Zeta "Quoted" \\ Ltd — Ünïcode'],
      total: 4,
    },
    // Industries: Beta Banking, Zeta Logistics, Alpha none (last); the second page of two is Alpha.
    { who: 'director', url: '?sort=industry&page=2&pageSize=2', names: ['Alpha'], total: 3 },
    { who: 'director', url: '?page=9&pageSize=2', names: [], total: 3 },
    { who: 'am', url: '?sort=-name', names: ['Zeta "Quoted" \\ Ltd — Ünïcode'], total: 1 },
    { who: 'member', url: '?tier=regular', names: ['Beta'], total: 1 },
    { who: 'nobody', url: '', names: [], total: 0 },
  ];

  it.each(cases)('$who: /api/v1/accounts$url', async ({ who, url, names, total }) => {
    const res = await users()[who].client.get(`/api/v1/accounts${url}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expectExactly(AccountPage, res.body);
    expect(res.body.items.map((a: Account) => a.name)).toEqual(names);
    expect(res.body.total).toBe(total);
    for (const item of res.body.items) {
      expectExactly(AccountListItem, item);
      expect(item).toEqual(withoutNotes(typed.get(item.id)!));
    }
  });

  it('keeps paging values as asked', async () => {
    const res = await director.client.get('/api/v1/accounts?page=2&pageSize=1');
    expect(res.body).toMatchObject({ page: 2, pageSize: 1, total: 3 });
    expect(res.body.items.map((a: Account) => a.name)).toEqual(['Beta']);
  });
});

describe('the account page as PostgreSQL writes it', () => {
  it('is the typed account plus what the caller may do, for every kind of value', async () => {
    for (const account of typed.values()) {
      const res = await director.client.get(`/api/v1/accounts/${account.id}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expectExactly(AccountDetail, res.body);
      const { permissions, ...rest } = res.body;
      expect(rest).toEqual(account);
      expect(permissions).toEqual({
        update: true,
        changePhase: true,
        manageTeam: true,
        decideTier: true,
        assignManager: true,
        archive: true,
      });
    }
  });

  it('answers with the permissions of a reader who may change nothing', async () => {
    // A technical lead on the team reads the account; only the account manager role leads it.
    const beta = [...typed.values()].find((a) => a.name === 'Beta')!;
    const res = await member.client.get(`/api/v1/accounts/${beta.id}`);
    expect(res.status).toBe(200);
    expectExactly(AccountDetail, res.body);
    const { permissions, ...rest } = res.body;
    expect(rest).toEqual(beta);
    expect(permissions).toEqual({
      update: false,
      changePhase: false,
      manageTeam: false,
      decideTier: false,
      assignManager: false,
      archive: false,
    });
  });
});
