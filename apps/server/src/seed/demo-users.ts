import type { Locale, UserRole } from '@vested/domain';

/** The one password of every demo sign-in. The demo workspace is for trying Vested, never for real data. */
export const demoPassword = 'vested-demo';

export type DemoUser = {
  email: string;
  role: UserRole;
  /** Key of the person in demo-people.ts this user is; absent for the workspace administrator. */
  person?: string;
  name: string;
  locale: Locale;
  note: string;
};

export const demoUsers: DemoUser[] = [
  {
    email: 'admin@vested.demo',
    role: 'admin',
    name: 'Workspace Admin',
    locale: 'en',
    note: 'Workspace administrator: users, roles, API tokens, settings. Not one of the company’s people.',
  },
  {
    email: 'director@vested.demo',
    role: 'director',
    person: 'director',
    name: 'Katherine Reid',
    locale: 'en',
    note: 'Katherine Reid, Director of Key Accounts: runs the Account Management Program, sees every account, decides key accounts.',
  },
  {
    email: 'am@vested.demo',
    role: 'account_manager',
    person: 'claire',
    name: 'Claire Donovan',
    locale: 'en',
    note: 'Claire Donovan, Senior Project Manager and account manager of 4 accounts, including Albion Mutual Insurance (the article’s case).',
  },
  {
    email: 'am.ru@vested.demo',
    role: 'account_manager',
    person: 'olga',
    name: 'Olga Smirnova',
    locale: 'ru',
    note: 'Olga Smirnova, Delivery Manager and account manager of 4 accounts; her interface is in Russian.',
  },
  {
    email: 'member@vested.demo',
    role: 'member',
    person: 'jonas',
    name: 'Jonas Becker',
    locale: 'en',
    note: 'Jonas Becker, Software Engineer on the teams of Albion Mutual Insurance, Nordlicht Logistik and Solace Travel Tech only.',
  },
  {
    email: 'finance@vested.demo',
    role: 'finance',
    person: 'fiona',
    name: 'Fiona Walsh',
    locale: 'en',
    note: 'Fiona Walsh, Financial Controller: reads every account, imports revenue, costs and rates.',
  },
  {
    email: 'viewer@vested.demo',
    role: 'viewer',
    person: 'ceo',
    name: 'Helen Carter',
    locale: 'en',
    note: 'Helen Carter, CEO: reads the whole portfolio, changes nothing.',
  },
];

export type DemoSignIn = { email: string; role: UserRole; password: string; note: string };

/** The sign-in list shown in the README and used by tests: one source for both. */
export const demoSignIns: readonly DemoSignIn[] = demoUsers.map(({ email, role, note }) => ({
  email,
  role,
  password: demoPassword,
  note,
}));
