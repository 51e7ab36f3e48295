/**
 * The client side of three demo accounts: who holds power, what they want, how satisfied they are.
 * Albion Mutual Insurance carries the article's case — the client's IT wants a large 2–3 year programme,
 * the business wants something small and quick — settled by a 4-month project on the client's own
 * platform that served both.
 */
type Level = 'executive' | 'senior' | 'middle' | 'operational';
type Role =
  | 'decision_maker'
  | 'economic_buyer'
  | 'influencer'
  | 'technical_evaluator'
  | 'user'
  | 'champion'
  | 'gatekeeper'
  | 'blocker';
type Attitude = 'champion' | 'supporter' | 'neutral' | 'skeptic' | 'opponent';
type Depth = 'vendor' | 'credible_source' | 'problem_solver' | 'trusted_advisor';

export type DemoContact = {
  key: string;
  name: string;
  title: string;
  unit: string;
  reportsTo?: string;
  level: Level;
  role: Role;
  influence: number;
  interest: number;
  attitude: Attitude;
  interests: string[];
  /** Satisfaction 0–10, oldest first, one reading every `everyMonths` months ending this month. */
  scores: number[];
  everyMonths?: number;
  /** Our people holding the relationship: [person key, depth now, depth wanted, last touch days ago]. */
  owners?: [string, Depth, Depth, number][];
  /** Answered pulse: [would recommend 0–10, satisfied with the team 1–5]. */
  pulse?: [number, number];
  leftMonthsAgo?: number;
};

// biome-ignore format: one contact per line reads as an org chart
export const demoContacts: Record<string, DemoContact[]> = {
  albion: [
    { key: 'ceo', name: 'Richard Ashworth', title: 'Chief Executive Officer', unit: 'Board', level: 'executive', role: 'decision_maker', influence: 5, interest: 2, attitude: 'neutral', interests: ['Cut the cost of a claim by a fifth in three years'], scores: [6, 7, 7], everyMonths: 4, owners: [['director', 'credible_source', 'trusted_advisor', 30]] },
    { key: 'cio', name: 'Helen Marsh', title: 'Chief Information Officer', unit: 'IT', reportsTo: 'ceo', level: 'executive', role: 'economic_buyer', influence: 5, interest: 4, attitude: 'supporter', interests: ['One platform instead of eleven systems', 'A 2–3 year modernisation programme'], scores: [5, 6, 7, 8], everyMonths: 3, owners: [['claire', 'problem_solver', 'trusted_advisor', 12], ['irina', 'credible_source', 'problem_solver', 20]], pulse: [8, 4] },
    { key: 'claims', name: 'James Porter', title: 'Head of Claims', unit: 'Claims', reportsTo: 'ceo', level: 'senior', role: 'decision_maker', influence: 4, interest: 5, attitude: 'champion', interests: ['Claims intake this quarter, not in two years', 'Fewer calls from brokers asking where a claim is'], scores: [6, 8, 9, 9], everyMonths: 3, owners: [['claire', 'trusted_advisor', 'trusted_advisor', 5]], pulse: [10, 5] },
    { key: 'cfo', name: 'Oliver Grant', title: 'Finance Director', unit: 'Finance', reportsTo: 'ceo', level: 'executive', role: 'economic_buyer', influence: 4, interest: 2, attitude: 'neutral', interests: ['Predictable spend per quarter'], scores: [6], everyMonths: 5 },
    { key: 'arch', name: 'Anita Desai', title: 'Head of Architecture', unit: 'IT', reportsTo: 'cio', level: 'senior', role: 'technical_evaluator', influence: 3, interest: 4, attitude: 'supporter', interests: ['Everything on the SharePoint platform they already own'], scores: [7, 8, 8], everyMonths: 4, owners: [['irina', 'problem_solver', 'trusted_advisor', 9]] },
    { key: 'procurement', name: 'Tom Bradley', title: 'IT Procurement Manager', unit: 'IT', reportsTo: 'cio', level: 'middle', role: 'gatekeeper', influence: 3, interest: 2, attitude: 'skeptic', interests: ['Three quotes for anything over £100k'], scores: [5, 5, 6], everyMonths: 4, owners: [['marcus', 'vendor', 'credible_source', 40]] },
    { key: 'portal', name: 'Priya Shah', title: 'Product Owner, Claims Portal', unit: 'Claims', reportsTo: 'claims', level: 'middle', role: 'influencer', influence: 3, interest: 5, attitude: 'supporter', interests: ['Brokers file a claim in five minutes'], scores: [7, 8, 9], everyMonths: 3, owners: [['claire', 'problem_solver', 'trusted_advisor', 7]], pulse: [9, 5] },
    { key: 'ops', name: 'Sarah Lin', title: 'Claims Operations Lead', unit: 'Claims', reportsTo: 'claims', level: 'middle', role: 'user', influence: 2, interest: 5, attitude: 'champion', interests: ['No more re-keying from e-mails'], scores: [8, 9, 9], everyMonths: 3, owners: [['jonas', 'problem_solver', 'problem_solver', 3]], pulse: [9, 5] },
    { key: 'platform', name: 'Mark Ellis', title: 'SharePoint Platform Lead', unit: 'IT', reportsTo: 'arch', level: 'operational', role: 'user', influence: 2, interest: 4, attitude: 'supporter', interests: ['Fewer custom pieces to maintain'], scores: [6, 7, 8], everyMonths: 3, owners: [['rahul', 'problem_solver', 'problem_solver', 6]], pulse: [7, 4] },
    { key: 'analyst', name: 'Laura Bennett', title: 'Business Analyst', unit: 'Claims', reportsTo: 'ops', level: 'operational', role: 'user', influence: 1, interest: 4, attitude: 'neutral', interests: ['Clear requirements before anyone builds'], scores: [6, 7], everyMonths: 4, owners: [['jonas', 'credible_source', 'problem_solver', 10]] },
    { key: 'digital', name: 'David Kerr', title: 'Head of Digital (until last spring)', unit: 'Digital', reportsTo: 'ceo', level: 'senior', role: 'champion', influence: 4, interest: 5, attitude: 'champion', interests: ['Brought us in at the start'], scores: [8, 9], everyMonths: 6, leftMonthsAgo: 8 },
  ],
  nordlicht: [
    { key: 'md', name: 'Katrin Vogel', title: 'Managing Director', unit: 'Management', level: 'executive', role: 'decision_maker', influence: 5, interest: 3, attitude: 'supporter', interests: ['Same-day delivery in every German city'], scores: [7, 8], everyMonths: 6, owners: [['headSales', 'credible_source', 'trusted_advisor', 25]] },
    { key: 'cto', name: 'Jörg Brandt', title: 'CTO', unit: 'IT', reportsTo: 'md', level: 'executive', role: 'economic_buyer', influence: 5, interest: 5, attitude: 'champion', interests: ['Telematics data in one place', 'Fewer vendors'], scores: [7, 8, 9], everyMonths: 4, owners: [['marcus', 'trusted_advisor', 'trusted_advisor', 8]], pulse: [9, 5] },
    { key: 'fleet', name: 'Miriam Hoffmann', title: 'Head of Fleet Operations', unit: 'Operations', reportsTo: 'md', level: 'senior', role: 'decision_maker', influence: 4, interest: 4, attitude: 'neutral', interests: ['Drivers who trust the app'], scores: [5, 6, 6], everyMonths: 4, owners: [['marcus', 'vendor', 'problem_solver', 60]], pulse: [6, 3] },
    { key: 'iot', name: 'Stefan Krüger', title: 'IoT Lead', unit: 'IT', reportsTo: 'cto', level: 'middle', role: 'technical_evaluator', influence: 3, interest: 5, attitude: 'supporter', interests: ['Sensors that report every minute, not every hour'], scores: [8, 8, 9], everyMonths: 3, owners: [['jonas', 'problem_solver', 'trusted_advisor', 4]], pulse: [9, 5] },
    { key: 'dispatch', name: 'Lena Wolf', title: 'Dispatch Team Lead', unit: 'Operations', reportsTo: 'fleet', level: 'operational', role: 'user', influence: 2, interest: 4, attitude: 'supporter', interests: ['Routes that change when traffic does'], scores: [7, 8], everyMonths: 4, owners: [['jonas', 'credible_source', 'problem_solver', 15]] },
  ],
  meridian: [
    { key: 'coo', name: 'Angela Brooks', title: 'Chief Operating Officer', unit: 'Operations', level: 'executive', role: 'decision_maker', influence: 5, interest: 3, attitude: 'supporter', interests: ['Patients seen within a week'], scores: [7, 7, 8], everyMonths: 4, owners: [['director', 'credible_source', 'trusted_advisor', 35]] },
    { key: 'cmio', name: 'Dr. Kevin Osei', title: 'Chief Medical Information Officer', unit: 'Clinical IT', reportsTo: 'coo', level: 'executive', role: 'economic_buyer', influence: 4, interest: 5, attitude: 'champion', interests: ['Clinicians spend less time on screens'], scores: [8, 9, 9], everyMonths: 4, owners: [['priya', 'trusted_advisor', 'trusted_advisor', 10]], pulse: [10, 5] },
    { key: 'compliance', name: 'Linda Park', title: 'Compliance Officer', unit: 'Legal', reportsTo: 'coo', level: 'senior', role: 'blocker', influence: 4, interest: 3, attitude: 'skeptic', interests: ['HIPAA audit without findings'], scores: [4, 5, 5], everyMonths: 4, owners: [['priya', 'vendor', 'credible_source', 50]], pulse: [5, 3] },
    { key: 'nursing', name: 'Carlos Mendes', title: 'Director of Nursing', unit: 'Clinical', reportsTo: 'coo', level: 'senior', role: 'influencer', influence: 3, interest: 4, attitude: 'supporter', interests: ['Shift handover on a tablet'], scores: [7, 8], everyMonths: 4, owners: [['chloe', 'credible_source', 'problem_solver', 20]] },
  ],
};

/** The article's conflict of interest, on Albion. Sides name contact keys. */
export const demoConflict = {
  account: 'albion',
  title: 'IT wants a platform programme; the business wants a quick win',
  sides: [
    {
      contacts: ['cio', 'arch'],
      wants: 'A large 2–3 year programme to replace eleven systems with one platform',
    },
    {
      contacts: ['claims', 'portal', 'ops'],
      wants: 'Something small and quick that fixes claims intake this quarter',
    },
  ],
  meaningForUs:
    'Both sides hold budget. Backing the programme alone loses the business for two years; backing the quick fix alone makes IT see us as a body shop.',
  resolution:
    'A 4-month claims-intake project built on the SharePoint platform the client already owns: the business gets its quick win, IT gets the first brick of its platform.',
  outcome: 'Delivered in 4 months. IT then commissioned the next phase of the platform from us — win-win.',
  status: 'resolved' as const,
  monthsAgo: 10,
};
