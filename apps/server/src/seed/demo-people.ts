import type { TeamRole } from '@vested/domain';

/** The demo company: a software-outsourcing firm with a matrix of departments and account teams. */
export const demoCompany = { name: 'Northwind Software', emailDomain: 'northwind-software.example' };

export type Department = 'Management' | 'Sales' | 'Delivery' | 'Engineering' | 'Marketing' | 'Finance' | 'HR';

export type DemoPerson = {
  key: string;
  name: string;
  department: Department;
  title: string;
  /** Key of the line manager; absent only for the CEO. */
  manager?: string;
  /** The role this person usually plays on an account team, if any. */
  teamRole?: TeamRole;
  /** False for someone who has left (kept for history). */
  active?: boolean;
};

type Row = [key: string, name: string, title: string, manager: string | undefined, teamRole?: TeamRole];

const byDepartment: Record<Department, Row[]> = {
  Management: [
    ['ceo', 'Helen Carter', 'Chief Executive Officer', undefined, 'executive_sponsor'],
    ['director', 'Katherine Reid', 'Director of Key Accounts', 'ceo', 'executive_sponsor'],
    ['chiefOfStaff', 'Oliver Hughes', 'Chief of Staff', 'ceo'],
    ['programCoordinator', 'Leah Morris', 'Account Management Program Coordinator', 'director'],
  ],
  Sales: [
    ['headSales', 'Robert Klein', 'VP of Sales', 'ceo', 'executive_sponsor'],
    ['marcus', 'Marcus Hale', 'Senior Sales Executive', 'headSales', 'sales'],
    ['priya', 'Priya Raman', 'Business Development Manager', 'headSales', 'sales'],
    ['diego', 'Diego Alvarez', 'Sales Executive', 'headSales', 'sales'],
    ['ingrid', 'Ingrid Larsen', 'Sales Executive', 'headSales', 'sales'],
    ['ben', 'Ben Okafor', 'Sales Executive', 'headSales', 'sales'],
    ['chloe', 'Chloe Martin', 'Presales Consultant', 'headSales', 'sales'],
    ['lucas', 'Lucas Ferreira', 'Business Development Representative', 'headSales', 'sales'],
  ],
  Delivery: [
    ['headDelivery', 'Natalia Kowalczyk', 'Head of Delivery', 'ceo', 'executive_sponsor'],
    ['olga', 'Olga Smirnova', 'Delivery Manager', 'headDelivery', 'delivery_manager'],
    ['ravi', 'Ravi Kapoor', 'Delivery Manager', 'headDelivery', 'delivery_manager'],
    ['grace', 'Grace Liu', 'Delivery Manager', 'headDelivery', 'delivery_manager'],
    ['claire', 'Claire Donovan', 'Senior Project Manager', 'grace', 'project_manager'],
    ['tomasz', 'Tomasz Nowak', 'Project Manager', 'olga', 'project_manager'],
    ['hannah', 'Hannah Weiss', 'Project Manager', 'ravi', 'project_manager'],
    ['kwame', 'Kwame Mensah', 'Senior Project Manager', 'grace', 'project_manager'],
    ['ethan', 'Ethan Brooks', 'Project Manager', 'olga', 'project_manager'],
    ['aisha', 'Aisha Rahman', 'Project Manager', 'ravi', 'project_manager'],
    ['daniel', 'Daniel Costa', 'Project Manager', 'grace', 'project_manager'],
  ],
  Engineering: [
    ['cto', 'Samuel Adeyemi', 'Chief Technology Officer', 'ceo', 'executive_sponsor'],
    ['irina', 'Irina Kuznetsova', 'Solution Architect', 'cto', 'solution_architect'],
    ['felix', 'Felix Wagner', 'Solution Architect', 'cto', 'solution_architect'],
    ['anna', 'Anna Novak', 'Technical Lead', 'cto', 'technical_lead'],
    ['rahul', 'Rahul Mehta', 'Technical Lead', 'cto', 'technical_lead'],
    ['sofia', 'Sofia Rossi', 'Technical Lead', 'cto', 'technical_lead'],
    ['maya', 'Maya Cohen', 'QA Lead', 'cto', 'engineer'],
    ['jonas', 'Jonas Becker', 'Software Engineer', 'anna', 'engineer'],
    ['emily', 'Emily Zhang', 'Senior Software Engineer', 'anna', 'technical_lead'],
    ['pavel', 'Pavel Dvorak', 'Software Engineer', 'anna', 'engineer'],
    ['arjun', 'Arjun Nair', 'SharePoint Developer', 'anna', 'engineer'],
    ['liam', 'Liam Murphy', 'Senior Software Engineer', 'rahul', 'technical_lead'],
    ['noor', 'Noor Haddad', 'Software Engineer', 'rahul', 'engineer'],
    ['mateo', 'Mateo Silva', 'Data Engineer', 'rahul', 'engineer'],
    ['marek', 'Marek Horvath', 'DevOps Engineer', 'rahul', 'engineer'],
    ['bogdan', 'Bogdan Popescu', 'Software Engineer', 'rahul', 'engineer'],
    ['yuki', 'Yuki Tanaka', 'Frontend Engineer', 'sofia', 'engineer'],
    ['kofi', 'Kofi Boateng', 'Software Engineer', 'sofia', 'engineer'],
    ['elif', 'Elif Demir', 'Mobile Engineer', 'sofia', 'engineer'],
    ['isabel', 'Isabel Moreno', 'UX Designer', 'sofia', 'engineer'],
    ['laila', 'Laila Ahmadi', 'QA Engineer', 'maya', 'engineer'],
    ['jakub', 'Jakub Zielinski', 'QA Engineer', 'maya', 'engineer'],
    ['chiara', 'Chiara Bianchi', 'QA Engineer', 'maya', 'engineer'],
    ['greg', 'Greg Collins', 'Software Engineer', 'sofia', 'engineer'],
  ],
  Marketing: [
    ['headMarketing', 'Rachel Adams', 'Head of Marketing', 'ceo'],
    ['tom', 'Tom Fischer', 'Content & Case Study Manager', 'headMarketing', 'marketing'],
    ['nadia', 'Nadia Petrenko', 'Events Manager', 'headMarketing', 'marketing'],
    ['owen', 'Owen Price', 'Marketing Manager', 'headMarketing', 'marketing'],
    ['zoe', 'Zoe Lambert', 'Partner Marketing Manager', 'headMarketing', 'marketing'],
  ],
  Finance: [
    ['cfo', 'Martin Schulz', 'Chief Financial Officer', 'ceo'],
    ['fiona', 'Fiona Walsh', 'Financial Controller', 'cfo'],
    ['hugo', 'Hugo Lefebvre', 'Financial Analyst', 'fiona'],
    ['mei', 'Mei Chen', 'Financial Analyst', 'fiona'],
    ['carlos', 'Carlos Mendes', 'Billing Specialist', 'fiona'],
  ],
  HR: [
    ['headHr', 'Julia Brandt', 'Head of People', 'ceo'],
    ['sara', 'Sara Nilsson', 'HR Business Partner', 'headHr'],
    ['peter', 'Peter Hall', 'Recruiter', 'headHr'],
    ['amara', 'Amara Obi', 'Learning & Development Manager', 'headHr'],
  ],
};

/** People who have left the company: kept so that past team memberships still name someone. */
const formerStaff = new Set(['greg']);

export const demoPeople: DemoPerson[] = Object.entries(byDepartment).flatMap(([department, rows]) =>
  rows.map(([key, name, title, manager, teamRole]) => ({
    key,
    name,
    department: department as Department,
    title,
    ...(manager ? { manager } : {}),
    ...(teamRole ? { teamRole } : {}),
    ...(formerStaff.has(key) ? { active: false } : {}),
  })),
);

export function personEmail(name: string): string {
  return `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@${demoCompany.emailDomain}`;
}
