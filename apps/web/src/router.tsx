import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import type { Me } from '@vested/contracts';
import { canOnWorkspace } from '@vested/domain';
import { z } from 'zod';
import { accountSearch } from './features/accounts/accountSearch';
import { accountsSearch } from './features/accounts/accountsSearch';
import { usersSearch } from './features/admin/usersSearch';
import { comparisonSearch } from './features/assessments/comparisonSearch';
import { canManageEconomics } from './features/economics/permissions';
import { economicsSettingsSearch } from './features/economics/settings/settingsSearch';
import { importsSearch, newImportSearch } from './features/imports/importsSearch';
import { matrixSearch } from './features/matrix/matrixSearch';
import { peopleSearch } from './features/people/peopleSearch';
import { portfolioSearch } from './features/portfolio/portfolioSearch';
import { relationshipsSearch } from './features/relationships/relationshipsSearch';
import { listsSearch } from './features/workspace-lists/listsSearch';
import { meQuery } from './lib/me';
import { queryClient, setOnUnauthenticated } from './lib/queryClient';
import { AppLayout } from './ui/AppLayout';
import { Loading } from './ui/Loading';
import { NotFound } from './ui/NotFound';

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  notFoundComponent: NotFound,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sign-in',
  validateSearch: z.object({ redirect: z.string().optional().catch(undefined) }),
  component: lazyRouteComponent(() => import('./features/auth/SignInPage'), 'SignInPage'),
});

/** Everything behind sign-in: no user → the sign-in page, remembering where they were going. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    return { me };
  },
  component: AppLayout,
});

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/accounts' });
  },
});

const accountsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'accounts',
  validateSearch: accountsSearch,
  component: lazyRouteComponent(() => import('./features/accounts/AccountsListPage'), 'AccountsListPage'),
});

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'accounts/$accountId',
  validateSearch: accountSearch,
  component: lazyRouteComponent(() => import('./features/accounts/AccountPage'), 'AccountPage'),
});

const contactRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'accounts/$accountId/contacts/$contactId',
  component: lazyRouteComponent(() => import('./features/stakeholders/ContactPage'), 'ContactPage'),
});

/** The client contact's satisfaction pulse: public, outside the signed-in layout. */
const pulseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'pulse/$token',
  component: lazyRouteComponent(() => import('./features/pulse/PulsePage'), 'PulsePage'),
});

const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'people',
  validateSearch: peopleSearch,
  component: lazyRouteComponent(() => import('./features/people/PeopleListPage'), 'PeopleListPage'),
});

const personRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'people/$personId',
  component: lazyRouteComponent(() => import('./features/people/PersonPage'), 'PersonPage'),
});

/** Account teams as a matrix: people × accounts, hours against capacity (issue 5). */
const matrixRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'matrix',
  validateSearch: matrixSearch,
  component: lazyRouteComponent(() => import('./features/matrix/MatrixPage'), 'MatrixPage'),
});

const assessesManagers = (me: { id: string; role: Me['role']; personId: string | null }) =>
  canOnWorkspace({ userId: me.id, role: me.role, personId: me.personId }, 'assessManager');

/** Account managers judged by results: the director's comparison (and inbox of AM requests). */
const managersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'managers',
  validateSearch: comparisonSearch,
  beforeLoad: ({ context }) => {
    if (!assessesManagers(context.me)) throw redirect({ to: '/accounts' });
  },
  component: lazyRouteComponent(() => import('./features/assessments/ComparisonPage'), 'ComparisonPage'),
});

const managerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'managers/$personId',
  component: lazyRouteComponent(
    () => import('./features/assessments/ManagerHistoryPage'),
    'ManagerHistoryPage',
  ),
});

const assessRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'managers/$personId/assess',
  beforeLoad: ({ context }) => {
    if (!assessesManagers(context.me)) throw redirect({ to: '/accounts' });
  },
  component: lazyRouteComponent(
    () => import('./features/assessments/NewAssessmentPage'),
    'NewAssessmentPage',
  ),
});

const assessmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'assessments/$assessmentId',
  component: lazyRouteComponent(() => import('./features/assessments/AssessmentPage'), 'AssessmentPage'),
});

/** The program's lists: team roles and the skill catalogue (admin, director). */
const listsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/lists',
  validateSearch: listsSearch,
  beforeLoad: ({ context }) => {
    const me = context.me;
    if (!canOnWorkspace({ userId: me.id, role: me.role, personId: me.personId }, 'manageCatalogue'))
      throw redirect({ to: '/accounts' });
  },
  component: lazyRouteComponent(
    () => import('./features/workspace-lists/WorkspaceListsPage'),
    'WorkspaceListsPage',
  ),
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/users',
  validateSearch: usersSearch,
  beforeLoad: ({ context }) => {
    if (!context.me.can.manageUsers) throw redirect({ to: '/accounts' });
  },
  component: lazyRouteComponent(() => import('./features/admin/UsersPage'), 'UsersPage'),
});

const tokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/tokens',
  beforeLoad: ({ context }) => {
    if (!context.me.can.manageUsers) throw redirect({ to: '/accounts' });
  },
  component: lazyRouteComponent(() => import('./features/admin/TokensPage'), 'TokensPage'),
});

/** Every visible account as an investment (economics, PRODUCT.md ideas 1–3). */
const portfolioRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'portfolio',
  validateSearch: portfolioSearch,
  component: lazyRouteComponent(() => import('./features/portfolio/PortfolioPage'), 'PortfolioPage'),
});

/** Relationships across the portfolio: cement, NPS, CSAT and coverage gaps per account (issue 4). */
const relationshipsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'relationships',
  validateSearch: relationshipsSearch,
  component: lazyRouteComponent(
    () => import('./features/relationships/RelationshipsPage'),
    'RelationshipsPage',
  ),
});

/** Economics settings, exchange and cost rates: for those who keep the books. */
const economicsSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/economics',
  validateSearch: economicsSettingsSearch,
  beforeLoad: ({ context }) => {
    if (!canManageEconomics(context.me)) throw redirect({ to: '/accounts' });
  },
  component: lazyRouteComponent(
    () => import('./features/economics/settings/EconomicsSettingsPage'),
    'EconomicsSettingsPage',
  ),
});

/** Imports: the history of every file brought in, and the wizard that brings one in. */
const importsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'imports',
  validateSearch: importsSearch,
  component: lazyRouteComponent(() => import('./features/imports/ImportHistoryPage'), 'ImportHistoryPage'),
});

const newImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'imports/new',
  validateSearch: newImportSearch,
  component: lazyRouteComponent(() => import('./features/imports/ImportWizardPage'), 'ImportWizardPage'),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  pulseRoute,
  appRoute.addChildren([
    indexRoute,
    accountsRoute,
    accountRoute,
    contactRoute,
    peopleRoute,
    personRoute,
    matrixRoute,
    managersRoute,
    managerRoute,
    assessRoute,
    assessmentRoute,
    listsRoute,
    usersRoute,
    tokensRoute,
    portfolioRoute,
    relationshipsRoute,
    economicsSettingsRoute,
    importsRoute,
    newImportRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  defaultPendingComponent: Loading,
  defaultNotFoundComponent: NotFound,
  scrollRestoration: true,
  // Search params are plain words in the URL (archived=true, not archived=%22true%22): strings go as
  // they are and only whole numbers (page) come back as numbers; the zod schemas of each page coerce.
  parseSearch: (search) =>
    Object.fromEntries(
      [...new URLSearchParams(search)].map(([k, v]) => [k, /^\d{1,9}$/.test(v) ? Number(v) : v]),
    ),
  stringifySearch: (search) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(search)) {
      if (v !== undefined) params.set(k, typeof v === 'string' ? v : JSON.stringify(v));
    }
    const text = params.toString();
    return text ? `?${text}` : '';
  },
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

setOnUnauthenticated(() => {
  queryClient.setQueryData(meQuery.queryKey, null);
  const path = router.state.location.pathname;
  if (path !== '/sign-in' && !path.startsWith('/pulse/')) {
    void router.navigate({ to: '/sign-in', search: { redirect: router.state.location.href } });
  }
});
