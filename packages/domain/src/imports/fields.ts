/**
 * What each import kind reads: its fields, which are required, and the column headers that usually mean
 * them (for the mapping the wizard suggests). Later kinds (contacts, people) add their own entry here.
 */
export const importKinds = [
  'time_entries',
  'monthly_returns',
  'exchange_rates',
  'cost_rates',
  'people',
  'contacts',
] as const;
export type ImportKindName = (typeof importKinds)[number];

export type ImportField = {
  name: string;
  /** English label; the web shows its own translation keyed by kind and name. */
  label: string;
  required: boolean;
  hint: string;
  /** Headers (any letter case) that mean this field in a file with no known preset. */
  synonyms: readonly string[];
};

const field = (
  name: string,
  label: string,
  required: boolean,
  hint: string,
  synonyms: readonly string[],
): ImportField => ({ name, label, required, hint, synonyms });

const account = field('account', 'Account', true, 'The account by its name (as in Vested) or its id', [
  'account',
  'account name',
  'client',
  'client name',
  'customer',
  'customer name',
  'account id',
]);
const currency = field('currency', 'Currency', true, 'ISO 4217 code, e.g. EUR', [
  'currency',
  'currency code',
  'ccy',
]);
const month = field('month', 'Month', true, 'YYYY-MM (a date counts for its month)', [
  'month',
  'period',
  'date',
]);

export const importFields: Record<ImportKindName, readonly ImportField[]> = {
  time_entries: [
    field('person', 'Person', true, 'Who worked: their email, or their name as in Vested', [
      'person',
      'email',
      'e-mail',
      'user email',
      'user',
      'employee',
      'full name',
      'name',
      'team member',
    ]),
    account,
    field('date', 'Date', true, 'The day worked: YYYY-MM-DD, or M/D/YYYY', [
      'date',
      'work date',
      'day',
      'start date',
      'spent on',
    ]),
    field('hours', 'Hours', true, 'Decimal hours (1.5) or a duration (1:30, 01:30:00)', [
      'hours',
      'time',
      'duration',
      'time spent',
      'hours worked',
    ]),
    field(
      'role',
      'Role',
      false,
      "The person's team role; when absent, their role on the account's team that day",
      ['role', 'team role'],
    ),
    field('note', 'Note', false, 'What the time was spent on', [
      'note',
      'notes',
      'description',
      'comment',
      'work description',
    ]),
    field(
      'externalId',
      'External id',
      false,
      "The entry's id in the source system: an entry already imported with it is skipped",
      ['external id', 'entry id', 'worklog id', 'source id'],
    ),
  ],
  monthly_returns: [
    account,
    month,
    field('revenue', 'Revenue', false, 'Revenue of the month (give revenue, delivery cost or both)', [
      'revenue',
      'income',
      'sales',
      'turnover',
    ]),
    field('deliveryCost', 'Delivery cost', false, 'Cost of delivering the work of the month', [
      'delivery cost',
      'delivery costs',
      'cost of delivery',
      'direct cost',
      'cogs',
      'cost',
      'costs',
    ]),
    currency,
  ],
  exchange_rates: [
    currency,
    month,
    field('rate', 'Rate to base', true, 'How many base-currency units one unit of the currency is worth', [
      'rate',
      'rate to base',
      'rate per base',
      'exchange rate',
      'fx rate',
    ]),
  ],
  cost_rates: [
    field(
      'person',
      'Person',
      false,
      "A person's own rate: their email or name (leave empty for a role or the default)",
      ['person', 'email', 'employee', 'name'],
    ),
    field(
      'role',
      'Role',
      false,
      "A team role's rate (leave person and role empty for the workspace default)",
      ['role', 'team role'],
    ),
    field('from', 'Effective from', true, 'The first day the rate applies', [
      'from',
      'effective from',
      'valid from',
      'from date',
      'start date',
      'date',
    ]),
    field('hourly', 'Hourly cost', true, 'Cost of one hour, e.g. 85.00', [
      'hourly',
      'hourly rate',
      'hourly cost',
      'cost per hour',
      'rate',
      'amount',
    ]),
    currency,
  ],
  people: [
    field('name', 'Name', true, 'Full name', [
      'name',
      'full name',
      'employee',
      'employee name',
      'display name',
    ]),
    field('email', 'Email', true, 'Work email: a person already in Vested with it is skipped', [
      'email',
      'e-mail',
      'work email',
      'email address',
    ]),
    field('department', 'Department', false, 'Department or unit', [
      'department',
      'dept',
      'unit',
      'org unit',
    ]),
    field('title', 'Title', false, 'Job title', ['title', 'job title', 'position', 'role']),
    field(
      'lineManager',
      'Line manager',
      false,
      "The line manager's email or name, in Vested or in this file",
      ['line manager', 'manager', 'manager email', 'reports to', 'supervisor'],
    ),
    field('capacity', 'Capacity (hours a month)', false, 'Whole hours a month for account work', [
      'capacity',
      'monthly capacity',
      'capacity hours',
      'account hours',
    ]),
    field('location', 'Location', false, 'Office or city', ['location', 'office', 'city']),
    field('languages', 'Languages', false, 'Separated by commas or semicolons', ['languages', 'language']),
  ],
  contacts: [
    field('name', 'Name', true, 'Full name', [
      'name',
      'full name',
      'contact',
      'contact name',
      'display name',
      'fn',
    ]),
    field('title', 'Title', false, 'Job title', ['title', 'job title', 'position', 'role']),
    field('businessUnit', 'Business unit', false, 'Department or unit', [
      'business unit',
      'department',
      'dept',
      'unit',
      'division',
      'org unit',
    ]),
    field('email', 'Email', false, 'A contact already on the account with this email is skipped', [
      'email',
      'e-mail',
      'email address',
      'work email',
    ]),
    field('phone', 'Phone', false, 'Any format', ['phone', 'telephone', 'phone number', 'mobile', 'tel']),
    field('level', 'Level', false, 'executive, senior, middle or operational', ['level', 'seniority']),
    field('decisionRole', 'Decision role', false, 'decision maker, economic buyer, influencer, …', [
      'decision role',
      'buying role',
      'role in decision',
    ]),
    field('influence', 'Influence', false, 'Whole number 1–5 (3 when empty)', ['influence', 'power']),
    field('interest', 'Interest', false, 'Whole number 1–5 (3 when empty)', ['interest']),
    field('attitude', 'Attitude', false, 'champion, supporter, neutral, skeptic or opponent', [
      'attitude',
      'attitude to us',
      'sentiment',
    ]),
    field('reportsTo', 'Reports to', false, 'Email or name of a contact in this file or on the account', [
      'reports to',
      'manager',
      'line manager',
      'boss',
      'supervisor',
    ]),
    field('notes', 'Notes', false, 'Free text', ['notes', 'note', 'comment', 'comments']),
    field('vcardProblem', 'vCard problem', false, 'Filled by the vCard reader', ['vcard problem']),
  ],
};
