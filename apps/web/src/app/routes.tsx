import { type ComponentType, Suspense, lazy } from 'react';
import { Route, Routes } from 'react-router';
import { LoadingBlock } from '../components/query-view';
import { AppLayout } from './app-layout';
import { NotFound } from './not-found';
import { PlanLayout } from './plan-layout';
import { RequireSession } from './require-session';

/** Each screen is its own chunk, loaded when its route is first opened. */
function screen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => {
    const component: ComponentType = (await load())[name];
    return { default: component };
  });
}

const UnitsPage = screen(() => import('../features/units/components/units-page'), 'UnitsPage');
const CreatePlanPage = screen(
  () => import('../features/plans/components/create-plan-page'),
  'CreatePlanPage',
);
const PlanPage = screen(() => import('../features/plans/components/plan-page'), 'PlanPage');
const CascadePage = screen(() => import('../features/cascade/components/cascade-page'), 'CascadePage');
const ChildrenPage = screen(() => import('../features/children/components/children-page'), 'ChildrenPage');
const ConfirmPage = screen(() => import('../features/confirm/components/confirm-page'), 'ConfirmPage');
const CompliancePage = screen(
  () => import('../features/compliance/components/compliance-page'),
  'CompliancePage',
);
const HistoryPage = screen(() => import('../features/history/components/history-page'), 'HistoryPage');
const UsersPage = screen(() => import('../features/users/components/users-page'), 'UsersPage');
const SignInPage = screen(() => import('../features/auth/components/sign-in-page'), 'SignInPage');

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
          <Route index element={<UnitsPage />} />
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
