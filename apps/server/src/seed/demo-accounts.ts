import type { AccountObjective, AccountPhase, AccountStatus, AccountTier, SizeBand } from '@vested/domain';

/** One client account of the demo portfolio. Dates are relative to "today" so the story stays current. */
export type DemoAccount = {
  key: string;
  name: string;
  industry: string;
  country: string;
  website: string;
  size: SizeBand;
  /** Started this many months before today. */
  months: number;
  objective: AccountObjective;
  /** Key of the current (or, for a closed account, the last) account manager. */
  am: string;
  tier: AccountTier;
  phase: AccountPhase;
  status: AccountStatus;
  tags: string[];
  /** For a closed account: closed this many months before today. */
  closedMonthsAgo?: number;
  /** For a key account: promoted this many months before today. */
  keyMonthsAgo?: number;
};

type Extra = Partial<Pick<DemoAccount, 'tier' | 'phase' | 'status' | 'closedMonthsAgo' | 'keyMonthsAgo'>>;

function account(
  key: string,
  name: string,
  industry: string,
  country: string,
  size: SizeBand,
  months: number,
  objective: AccountObjective,
  am: string,
  tags: string[],
  extra: Extra = {},
): DemoAccount {
  const domain = name
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '');
  return {
    key,
    name,
    industry,
    country,
    website: `https://www.${domain}.example`,
    size,
    months,
    objective,
    am,
    tags,
    tier: extra.tier ?? 'regular',
    phase: extra.phase ?? 'meeting_expectations',
    status: extra.status ?? 'active',
    ...(extra.closedMonthsAgo ? { closedMonthsAgo: extra.closedMonthsAgo } : {}),
    ...(extra.keyMonthsAgo ? { keyMonthsAgo: extra.keyMonthsAgo } : {}),
  };
}

const forming = { phase: 'forming_expectations' } as const;
const key = (keyMonthsAgo: number) => ({ tier: 'key', phase: 'forming_expectations', keyMonthsAgo }) as const;

/** The account that carries the article's case: IT wants a 2–3 year programme, the business a quick win. */
export const articleCaseAccountKey = 'albion';

// biome-ignore format: one account per line reads as a table
export const demoAccounts: DemoAccount[] = [
  // growth — "dividends": put 10 in, take 12 out a year later
  account('albion', 'Albion Mutual Insurance', 'Insurance', 'GB', 'enterprise', 44, 'growth', 'claire', ['sharepoint', 'insurance', 'article-case'], key(14)),
  account('nordlicht', 'Nordlicht Logistik', 'Logistics', 'DE', 'large', 40, 'growth', 'marcus', ['logistics', 'iot', 'dach'], key(20)),
  account('meridian', 'Meridian Health Partners', 'Healthcare', 'US', 'large', 38, 'growth', 'priya', ['healthcare', 'hipaa'], key(9)),
  account('cascadia', 'Cascadia Retail Group', 'Retail', 'US', 'large', 34, 'growth', 'diego', ['ecommerce', 'retail'], forming),
  account('alpenrand', 'Alpenrand Privatbank', 'Banking', 'CH', 'medium', 30, 'growth', 'olga', ['fintech', 'compliance', 'dach'], forming),
  account('baltic', 'Baltic Freight Exchange', 'Logistics', 'LT', 'medium', 28, 'growth', 'tomasz', ['logistics', 'marketplace'], forming),
  account('sunridge', 'Sunridge Energy', 'Energy', 'AU', 'large', 26, 'growth', 'hannah', ['energy', 'data-platform'], key(5)),
  account('kestrel', 'Kestrel Media', 'Media', 'GB', 'medium', 25, 'growth', 'kwame', ['media', 'streaming']),
  account('vantaa', 'Vantaa Smart Buildings', 'PropTech', 'FI', 'small', 22, 'growth', 'ingrid', ['iot', 'proptech']),
  account('pampas', 'Pampas AgroTech', 'Agriculture', 'AR', 'medium', 20, 'growth', 'diego', ['agritech', 'mobile'], forming),
  account('orchard', 'Orchard Lane Foods', 'Food & Beverage', 'IE', 'medium', 19, 'growth', 'ravi', ['fmcg', 'erp']),
  account('tessera', 'Tessera Payments', 'Fintech', 'NL', 'medium', 17, 'growth', 'marcus', ['fintech', 'payments'], forming),
  account('blueharbor', 'BlueHarbor Telecom', 'Telecommunications', 'CA', 'enterprise', 36, 'growth', 'ravi', ['telecom', 'billing'], forming),
  account('quillfield', 'Quillfield Education', 'EdTech', 'US', 'small', 15, 'growth', 'priya', ['edtech', 'saas']),
  account('lindqvist', 'Lindqvist Maritime', 'Shipping', 'NO', 'medium', 14, 'growth', 'ingrid', ['shipping', 'nordics']),
  account('atlas', 'Atlas Mobility', 'Automotive', 'DE', 'large', 31, 'growth', 'olga', ['automotive', 'embedded', 'dach'], forming),
  account('copperline', 'Copperline Manufacturing', 'Manufacturing', 'PL', 'medium', 11, 'growth', 'tomasz', ['manufacturing', 'mes', 'young']),
  account('greenway', 'Greenway Clinics', 'Healthcare', 'GB', 'small', 9, 'growth', 'hannah', ['healthcare', 'young']),
  account('solace', 'Solace Travel Tech', 'Travel', 'ES', 'medium', 7, 'growth', 'claire', ['travel', 'booking', 'young']),
  account('ironbridge', 'Ironbridge Building Group', 'Construction', 'US', 'large', 5, 'growth', 'marcus', ['construction', 'young']),
  account('kumo', 'Kumo Robotics', 'Robotics', 'JP', 'small', 3, 'growth', 'kwame', ['robotics', 'young']),
  account('verdant', 'Verdant Insurance Brokers', 'Insurance', 'AU', 'medium', 24, 'growth', 'diego', ['insurance'], { status: 'paused' }),
  // preservation — take back the same 10 years later, adjusted for inflation
  account('hollis', 'Hollis & Grant Law', 'Legal', 'US', 'medium', 46, 'preservation', 'claire', ['legal', 'document-management'], forming),
  account('rheinwerk', 'Rheinwerk Utilities', 'Utilities', 'DE', 'enterprise', 45, 'preservation', 'olga', ['utilities', 'sap', 'dach'], key(24)),
  account('northgate', 'Northgate Borough Council', 'Public Sector', 'GB', 'large', 42, 'preservation', 'ravi', ['public-sector']),
  account('castellan', 'Castellan Hotels', 'Hospitality', 'IT', 'medium', 39, 'preservation', 'priya', ['hospitality', 'booking'], forming),
  account('prairie', 'Prairie Grain Cooperative', 'Agriculture', 'CA', 'medium', 37, 'preservation', 'tomasz', ['agritech', 'erp']),
  account('aurora', 'Aurora Pharma Distribution', 'Pharmaceuticals', 'FR', 'large', 33, 'preservation', 'hannah', ['pharma', 'gxp'], forming),
  account('stonebridge', 'Stonebridge Pension Trust', 'Financial Services', 'GB', 'medium', 29, 'preservation', 'kwame', ['pensions', 'legacy-modernisation']),
  account('dunmore', 'Dunmore Print & Packaging', 'Manufacturing', 'IE', 'small', 27, 'preservation', 'ingrid', ['manufacturing'], { status: 'closed', closedMonthsAgo: 3 }),
  account('marlowe', 'Marlowe Libraries Consortium', 'Non-profit', 'US', 'small', 23, 'preservation', 'kwame', ['non-profit', 'search']),
  account('zenith', 'Zenith Facility Services', 'Facilities Management', 'AE', 'medium', 18, 'preservation', 'ravi', ['facilities', 'mobile'], forming),
  // image — we may never get the 10 back, but it builds our reputation
  account('wildways', 'Wildways Conservation Trust', 'Non-profit', 'GB', 'medium', 35, 'image', 'claire', ['non-profit', 'case-study', 'award'], key(11)),
  account('arteviva', 'Fondazione Arte Viva', 'Culture', 'IT', 'small', 32, 'image', 'olga', ['culture', 'museum', 'case-study'], forming),
  account('opendata', 'Nordic Open Data Institute', 'Research', 'NO', 'small', 27, 'image', 'priya', ['open-data', 'research', 'reference'], forming),
  account('citylabs', 'CityLabs Accelerator', 'Venture & Startups', 'US', 'small', 21, 'image', 'diego', ['startups', 'community']),
  account('orbital', 'Orbital Futures Consortium', 'Aerospace', 'FR', 'medium', 16, 'image', 'hannah', ['aerospace', 'research', 'logo-use'], forming),
  account('brightstart', "Bright Start Children's Foundation", 'Charity', 'CA', 'small', 13, 'image', 'ravi', ['charity'], { status: 'paused' }),
  account('devsummit', 'DevSummit Europe', 'Events', 'PL', 'small', 10, 'image', 'ingrid', ['events', 'joint-talk', 'young']),
  account('greenleaf', 'Greenleaf University', 'Higher Education', 'GB', 'large', 43, 'image', 'tomasz', ['education', 'reference'], { status: 'closed', closedMonthsAgo: 6 }),
];
