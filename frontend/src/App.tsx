import { lazy } from 'react';
import { HashRouter, useRoutes } from 'react-router';
import { Spin } from 'antd';
import { AuthProvider, useAuth } from './auth/AuthContext';
import { AppLayout } from './components/AppLayout';
import { I18nProvider } from './i18n';
import HomePage from './pages/HomePage';
import type { Role } from './auth/session';

// Code-split by route: each page (and ECharts with the map data, on the dashboard only) loads when opened.
const PublicPlansPage = lazy(() => import('./pages/public/PublicPlansPage'));
const PublicDrawPage = lazy(() => import('./pages/public/PublicDrawPage'));
const PublicAgenciesPage = lazy(() => import('./pages/public/PublicAgenciesPage'));
const PublicTemplatesPage = lazy(() => import('./pages/public/PublicTemplatesPage'));
const RegistryPage = lazy(() => import('./pages/city/RegistryPage'));
const PlansPage = lazy(() => import('./pages/city/PlansPage'));
const PlanDrawPage = lazy(() => import('./pages/city/PlanDrawPage'));
const TasksPage = lazy(() => import('./pages/common/TasksPage'));
const AgenciesPage = lazy(() => import('./pages/common/AgenciesPage'));
const MyAgencyPage = lazy(() => import('./pages/common/MyAgencyPage'));
const DashboardPage = lazy(() => import('./pages/province/DashboardPage'));
const MyInspectionsPage = lazy(() => import('./pages/onsite/MyInspectionsPage'));
const InspectionTaskPage = lazy(() => import('./pages/onsite/InspectionTaskPage'));
const ReviewQueuePage = lazy(() => import('./pages/province/ReviewQueuePage'));
const PublicResultsPage = lazy(() => import('./pages/public/PublicResultsPage'));
const FactSheetPrintPage = lazy(() => import('./pages/print/FactSheetPrintPage'));
const FeedbackPrintPage = lazy(() => import('./pages/print/FeedbackPrintPage'));
const PlanResultsPage = lazy(() => import('./pages/city/PlanResultsPage'));
const RegionAgencyResultsPage = lazy(() => import('./pages/common/RegionAgencyResultsPage'));
const AgencyResultsPage = lazy(() => import('./pages/common/AgencyResultsPage'));
const PlanSelfInspectionsPage = lazy(() => import('./pages/city/PlanSelfInspectionsPage'));
const SelfInspectionsPage = lazy(() => import('./pages/agency/SelfInspectionsPage'));
const SelfInspectionPage = lazy(() => import('./pages/agency/SelfInspectionPage'));

const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
// The refusals (sign in first, 403) and antd's Result they show load only when one is shown, not with the
// first page; an allowed caller gets the page straight away, without waiting for that chunk.
const RequireRole = lazy(() => import('./components/RequireRole').then((m) => ({ default: m.RequireRole })));

function Guard({ roles, children }: { roles: Role[]; children: React.ReactNode }) {
  const { session, hasRole } = useAuth();
  if (session && hasRole(...roles)) return <>{children}</>;
  return <RequireRole roles={roles}>{children}</RequireRole>;
}

const guard = (roles: Role[], element: React.ReactNode) => <Guard roles={roles}>{element}</Guard>;

export const routes = [
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'public/plans', element: <PublicPlansPage /> },
      { path: 'public/plans/:id/draw', element: <PublicDrawPage /> },
      { path: 'public/agencies', element: <PublicAgenciesPage /> },
      { path: 'public/templates', element: <PublicTemplatesPage /> },
      { path: 'public/results', element: <PublicResultsPage /> },
      { path: 'registry', element: guard(['city'], <RegistryPage />) },
      { path: 'agencies', element: guard(['province', 'county'], <AgenciesPage />) },
      { path: 'plans', element: guard(['province', 'city'], <PlansPage />) },
      { path: 'plans/:id/draw', element: guard(['province', 'city'], <PlanDrawPage />) },
      { path: 'tasks', element: guard(['province', 'city', 'county', 'inspector', 'expert'], <TasksPage />) },
      { path: 'my-agency', element: guard(['agency'], <MyAgencyPage />) },
      { path: 'province/dashboard', element: guard(['province'], <DashboardPage />) },
      { path: 'national/dashboard', element: guard(['ministry'], <DashboardPage />) },
      { path: 'province/reviews', element: guard(['province'], <ReviewQueuePage />) },
      { path: 'onsite', element: guard(['inspector', 'expert'], <MyInspectionsPage title="menuMyInspections" />) },
      { path: 'agency/inspections', element: guard(['agency'], <MyInspectionsPage title="menuAgencyInspections" />) },
      { path: 'inspections', element: guard(['province', 'city', 'county'], <MyInspectionsPage title="menuInspections" />) },
      { path: 'inspections/:id', element: guard(['province', 'city', 'county', 'inspector', 'expert', 'agency'], <InspectionTaskPage />) },
      { path: 'inspections/:id/print/fact-sheet', element: guard(['province', 'city', 'county', 'inspector', 'expert', 'agency'], <FactSheetPrintPage />) },
      { path: 'inspections/:id/print/feedback', element: guard(['province', 'city', 'agency'], <FeedbackPrintPage />) },
      { path: 'plans/:id/results', element: guard(['province', 'city'], <PlanResultsPage />) },
      { path: 'agency-results', element: guard(['province', 'city', 'county'], <RegionAgencyResultsPage />) },
      { path: 'agency-results/:creditCode', element: guard(['province', 'city', 'county'], <AgencyResultsPage />) },
      { path: 'plans/:id/self-inspections', element: guard(['province', 'city'], <PlanSelfInspectionsPage />) },
      { path: 'agency/self-inspections', element: guard(['agency'], <SelfInspectionsPage />) },
      { path: 'agency/self-inspections/:planId', element: guard(['agency'], <SelfInspectionPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

// The declarative router: no page uses loaders, actions or blockers, so the data router (createHashRouter)
// would only add weight to the first page.
function Routes() {
  return useRoutes(routes);
}

function Routed() {
  const { ready } = useAuth();
  if (!ready) return <Spin fullscreen />;
  return (
    <HashRouter>
      <Routes />
    </HashRouter>
  );
}

export default function App() {
  return (
    <I18nProvider>
      <AuthProvider>
        <Routed />
      </AuthProvider>
    </I18nProvider>
  );
}
