// The console's entry: providers, the router, and where an ended session leads.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { setUnauthorizedHandler } from './api/client';
import { Providers, queryClient } from './app/Providers';
import { createAppRouter } from './app/router';
import { AppErrorBoundary } from './components/AppErrorBoundary';
import './i18n';

const router = createAppRouter();

setUnauthorizedHandler(() => {
  queryClient.clear();
  const here = window.location.pathname + window.location.search;
  void router.navigate(`/login?expired=1&next=${encodeURIComponent(here)}`, { replace: true });
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <AppErrorBoundary>
      <Providers>
        <RouterProvider router={router} />
      </Providers>
    </AppErrorBoundary>
  </StrictMode>,
);
