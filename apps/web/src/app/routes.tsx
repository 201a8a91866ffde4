import { type ComponentType, Suspense, lazy } from 'react';
import { Route, Routes } from 'react-router';
import { LoadingBlock } from '../components/query-view';
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

const HomePage = screen(() => import('../routes/home'), 'HomePage');
const SearchPage = screen(() => import('../routes/search'), 'SearchPage');
const CreatePlanPage = screen(() => import('../routes/plan-new'), 'CreatePlanPage');
const PlanPage = screen(() => import('../routes/plan'), 'PlanPage');
const CascadePage = screen(() => import('../routes/plan-cascade'), 'CascadePage');
const ChildrenPage = screen(() => import('../routes/plan-children'), 'ChildrenPage');
const ConfirmPage = screen(() => import('../routes/plan-confirm'), 'ConfirmPage');
const CompliancePage = screen(() => import('../routes/plan-compliance'), 'CompliancePage');
const HistoryPage = screen(() => import('../routes/plan-history'), 'HistoryPage');
const UsersPage = screen(() => import('../routes/users'), 'UsersPage');
const SignInPage = screen(() => import('../routes/sign-in'), 'SignInRoute');

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
          </Route>
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}
