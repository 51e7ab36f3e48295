import { describe, expect, it } from 'vitest';
import {
  type AccountAccessFacts,
  type AccountAction,
  type Actor,
  canOnAccount,
  canOnWorkspace,
} from './permissions';
import type { UserRole } from './roles';

const today = '2026-06-15';
const own: AccountAccessFacts = {
  managerPersonId: 'p-am',
  team: [
    { personId: 'p-am', role: 'account_manager', from: '2025-01-01', to: null },
    { personId: 'p-member', role: 'technical_lead', from: '2025-01-01', to: null },
    { personId: 'p-left', role: 'engineer', from: '2024-01-01', to: '2026-06-14' },
    { personId: 'p-future', role: 'sales', from: '2026-07-01', to: null },
  ],
};
const actor = (role: UserRole, personId: string | null = null): Actor => ({ userId: 'u', role, personId });
const actions: AccountAction[] = [
  'read',
  'update',
  'changePhase',
  'manageTeam',
  'decideTier',
  'assignManager',
  'archive',
  'readEconomics',
  'recordInvestment',
  'recordReturns',
  'recordValueEvent',
  'requestManager',
];

// R = read only (the account and its economics), F = finance (R + investments, returns, value events),
// W = read + update/phase/team + investments and value events + asking for a new account manager,
// A = everything.
// One row per role × relation to the account.
const table: [string, Actor, 'none' | 'R' | 'F' | 'W' | 'A'][] = [
  ['admin, not on the team', actor('admin'), 'A'],
  ['director, not on the team', actor('director'), 'A'],
  ['finance, not on the team', actor('finance'), 'F'],
  ['viewer, not on the team', actor('viewer'), 'R'],
  ['account manager of this account', actor('account_manager', 'p-am'), 'W'],
  ['account manager of another account', actor('account_manager', 'p-other'), 'none'],
  ['member on the team', actor('member', 'p-member'), 'R'],
  ['member not on the team', actor('member', 'p-other'), 'none'],
  ['member whose membership ended yesterday', actor('member', 'p-left'), 'none'],
  ['member whose membership starts next month', actor('member', 'p-future'), 'none'],
  ['member without a person record', actor('member', null), 'none'],
];

const expected: Record<'none' | 'R' | 'F' | 'W' | 'A', AccountAction[]> = {
  none: [],
  R: ['read', 'readEconomics'],
  F: ['read', 'readEconomics', 'recordInvestment', 'recordReturns', 'recordValueEvent'],
  W: [
    'read',
    'readEconomics',
    'update',
    'changePhase',
    'manageTeam',
    'recordInvestment',
    'recordValueEvent',
    'requestManager',
  ],
  A: actions,
};

describe('canOnAccount: the access table', () => {
  for (const [name, who, level] of table) {
    for (const action of actions) {
      const allowed = expected[level].includes(action);
      it(`${name} ${allowed ? 'may' : 'may not'} ${action}`, () => {
        expect(canOnAccount(who, action, own, today)).toBe(allowed);
      });
    }
  }

  it('a member whose team role is account manager leads the account even if the user role is member', () => {
    const facts: AccountAccessFacts = {
      managerPersonId: null,
      team: [{ personId: 'p-x', role: 'account_manager', from: '2026-01-01', to: null }],
    };
    expect(canOnAccount(actor('member', 'p-x'), 'update', facts, today)).toBe(true);
    expect(canOnAccount(actor('member', 'p-x'), 'decideTier', facts, today)).toBe(false);
  });

  it('the named account manager leads the account even without a team row', () => {
    const facts: AccountAccessFacts = { managerPersonId: 'p-x', team: [] };
    expect(canOnAccount(actor('account_manager', 'p-x'), 'manageTeam', facts, today)).toBe(true);
  });

  it('membership that ends today still counts today', () => {
    const facts: AccountAccessFacts = {
      managerPersonId: null,
      team: [{ personId: 'p-x', role: 'engineer', from: '2026-01-01', to: today }],
    };
    expect(canOnAccount(actor('member', 'p-x'), 'read', facts, today)).toBe(true);
    expect(canOnAccount(actor('member', 'p-x'), 'read', facts, '2026-06-16')).toBe(false);
  });
});

describe('canOnWorkspace', () => {
  const rows: [UserRole, Record<string, boolean>][] = [
    [
      'admin',
      {
        createAccount: true,
        managePeople: true,
        manageUsers: true,
        readAllAccounts: true,
        manageEconomics: true,
        approveManager: true,
        assessManager: true,
        manageCatalogue: true,
        readAllCapacity: true,
        valueInMoney: true,
      },
    ],
    [
      'director',
      {
        createAccount: true,
        managePeople: true,
        manageUsers: false,
        readAllAccounts: true,
        manageEconomics: true,
        approveManager: true,
        assessManager: true,
        manageCatalogue: true,
        readAllCapacity: true,
        valueInMoney: true,
      },
    ],
    [
      'account_manager',
      {
        createAccount: true,
        managePeople: false,
        manageUsers: false,
        readAllAccounts: false,
        manageEconomics: false,
        approveManager: false,
        assessManager: false,
        manageCatalogue: false,
        readAllCapacity: false,
        valueInMoney: false,
      },
    ],
    [
      'member',
      {
        createAccount: false,
        managePeople: false,
        manageUsers: false,
        readAllAccounts: false,
        manageEconomics: false,
        approveManager: false,
        assessManager: false,
        manageCatalogue: false,
        readAllCapacity: false,
        valueInMoney: false,
      },
    ],
    [
      'finance',
      {
        createAccount: false,
        managePeople: false,
        manageUsers: false,
        readAllAccounts: true,
        manageEconomics: true,
        approveManager: false,
        assessManager: false,
        manageCatalogue: false,
        readAllCapacity: true,
        valueInMoney: false,
      },
    ],
    [
      'viewer',
      {
        createAccount: false,
        managePeople: false,
        manageUsers: false,
        readAllAccounts: true,
        manageEconomics: false,
        approveManager: false,
        assessManager: false,
        manageCatalogue: false,
        readAllCapacity: true,
        valueInMoney: false,
      },
    ],
  ];
  for (const [role, allowed] of rows) {
    for (const [action, yes] of Object.entries(allowed)) {
      it(`${role} ${yes ? 'may' : 'may not'} ${action}`, () => {
        expect(canOnWorkspace(actor(role), action as 'createAccount')).toBe(yes);
      });
    }
    it(`${role} may read the people directory`, () =>
      expect(canOnWorkspace(actor(role), 'readPeople')).toBe(true));
  }
});
