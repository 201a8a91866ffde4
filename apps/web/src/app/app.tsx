import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { I18nProvider } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';
import { UnsavedChangesProvider } from '../lib/unsaved-changes';
import { AppRoutes, preloadScreen } from './routes';
import { theme } from './theme';
import { UnsavedChangesGuard } from './unsaved-changes-guard';

/**
 * A data router (not BrowserRouter) so that `useBlocker` can hold a move away from unsaved
 * edits; the screens stay declared as <Routes> in routes.tsx, under its one splat route.
 */
function createRouter() {
  return createBrowserRouter([
    {
      path: '*',
      element: (
        <UnsavedChangesProvider>
          <AppRoutes />
          <UnsavedChangesGuard />
        </UnsavedChangesProvider>
      ),
    },
  ]);
}

export function App() {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    preloadScreen(window.location.pathname, client);
    return client;
  });
  const [router] = useState(createRouter);
  return (
    <MantineProvider theme={theme}>
      <I18nProvider>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </I18nProvider>
    </MantineProvider>
  );
}
