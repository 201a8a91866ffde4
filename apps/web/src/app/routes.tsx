import type { QueryClient } from '@tanstack/react-query';
import { type ComponentType, Suspense, lazy } from 'react';
import { Route, Routes, matchPath } from 'react-router';
import { LoadingBlock } from '../components/query-view';
import { getPlanQueryOptions } from '../features/plans/api/get-plan';
import { PREFETCH_META } from '../lib/query-client';
import { AppLayout } from './app-layout';
import { NotFound } from './not-found';
import { PlanLayout } from './plan-layout';
import { RequireSession } from './require-session';

/**
 * Each screen is a route file in src/routes/ that composes the features, and its own chunk,
 * loaded when its route is first opened.
 */
function screen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => {
    const component: ComponentType = (await load())[name];
    return { default: component };
  });
}

const load = {
  home: () => import('../routes/home'),
  search: () => import('../routes/search'),
  planNew: () => import('../routes/plan-new'),
  plan: () => import('../routes/plan'),
  cascade: () => import('../routes/plan-cascade'),
  children: () => import('../routes/plan-children'),
  confirm: () => import('../routes/plan-confirm'),
  compliance: () => import('../routes/plan-compliance'),
  history: () => import('../routes/plan-history'),
  versions: () => import('../routes/plan-versions'),
  report: () => import('../routes/plan-report'),
  rollup: () => import('../routes/plan-rollup'),
  users: () => import('../routes/users'),
  signIn: () => import('../routes/sign-in'),
};

const HomePage = screen(load.home, 'HomePage');
const SearchPage = screen(load.search, 'SearchPage');
const CreatePlanPage = screen(load.planNew, 'CreatePlanPage');
const PlanPage = screen(load.plan, 'PlanPage');
const CascadePage = screen(load.cascade, 'CascadePage');
const ChildrenPage = screen(load.children, 'ChildrenPage');
const ConfirmPage = screen(load.confirm, 'ConfirmPage');
const CompliancePage = screen(load.compliance, 'CompliancePage');
const HistoryPage = screen(load.history, 'HistoryPage');
const VersionsPage = screen(load.versions, 'VersionsPage');
const ReportPage = screen(load.report, 'ReportPage');
const RollupPage = screen(load.rollup, 'RollupPage');
const UsersPage = screen(load.users, 'UsersPage');
const SignInPage = screen(load.signIn, 'SignInRoute');

/** The screen each address opens first, as <AppRoutes> below declares them (most specific first). */
const FIRST_SCREENS: [pattern: string, load: () => Promise<unknown>][] = [
  ['/sign-in', load.signIn],
  ['/users', load.users],
  ['/search', load.search],
  ['/plans/new', load.planNew],
  ['/plans/:planId/cascade', load.cascade],
  ['/plans/:planId/children', load.children],
  ['/plans/:planId/confirm', load.confirm],
  ['/plans/:planId/compliance', load.compliance],
  ['/plans/:planId/history', load.history],
  ['/plans/:planId/versions', load.versions],
  ['/plans/:planId/reports/:period?', load.report],
  ['/plans/:planId/rollup', load.rollup],
  ['/plans/:planId', load.plan],
  ['/', load.home],
];

/**
 * On a slow link every round trip counts: without this, the screen's code is asked for only
 * once the session is read, and a plan only after both. Called once as the app starts, it asks
 * for the screen's code, and for the plan a plan screen shows, at the same time as the session.
 * React.lazy's import() later gets the same module; usePlan the same cache entry.
 */
export function preloadScreen(pathname: string, queryClient: QueryClient) {
  for (const [pattern, loadScreen] of FIRST_SCREENS) {
    const match = matchPath(pattern, pathname);
    if (!match) continue;
    void loadScreen();
    const { planId } = match.params;
    if (planId) void queryClient.prefetchQuery({ ...getPlanQueryOptions(planId), meta: PREFETCH_META });
    return;
  }
}

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="sign-in"
        element={
          <Suspense fallback={<LoadingBlock />}>
            <SignInPage />
          </Suspense>
        }
      />
      <Route element={<RequireSession />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          <Route path="search" element={<SearchPage />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="plans/new" element={<CreatePlanPage />} />
          <Route path="plans/:planId" element={<PlanLayout />}>
            <Route index element={<PlanPage />} />
            <Route path="cascade" element={<CascadePage />} />
            <Route path="children" element={<ChildrenPage />} />
            <Route path="confirm" element={<ConfirmPage />} />
            <Route path="compliance" element={<CompliancePage />} />
            <Route path="history" element={<HistoryPage />} />
            <Route path="versions" element={<VersionsPage />} />
            <Route path="reports/:period?" element={<ReportPage />} />
            <Route path="rollup" element={<RollupPage />} />
          </Route>
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}
