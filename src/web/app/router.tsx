// The router, built from the route table. Signed-out users go to /login (and come back to
// where they were); a page the role may not open shows the not-found page.
import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { NotFound } from '../components/NotFound';
import { LoadingState } from '../components/PageState';
import { AppLayout } from './AppLayout';
import { homeOf, routes } from './routes';
import type { Role } from '../api/types';
import { useMe, useUser } from './session';

// Its own chunk: the sign-in form (antd Form, Input) and the QR code stay off a signed-in
// user's first load.
const SignInPage = lazy(async () => ({ default: (await import('../features/auth/SignInPage')).SignInPage }));

function RequireSession({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <LoadingState />;
  if (!me.data) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}

function RoleGate({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  return roles.includes(useUser().role) ? <>{children}</> : <NotFound />;
}

function Home() {
  return <Navigate to={homeOf(useUser().role)} replace />;
}

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/login', element: <Suspense fallback={<LoadingState />}><SignInPage /></Suspense> },
    {
      path: '/',
      element: (
        <RequireSession>
          <AppLayout />
        </RequireSession>
      ),
      children: [
        { index: true, element: <Home /> },
        ...routes.map((route) => ({
          path: route.path,
          handle: { route },
          element: (
            <RoleGate roles={route.roles}>
              <route.page />
            </RoleGate>
          ),
        })),
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
