import { Center } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingBlock } from '../components/query-view';
import { RequestError } from '../components/request-error';
import { useI18n } from '../lib/i18n';
import { CurrentUserProvider, useSession } from '../lib/session';

/**
 * The frame of every screen but sign-in: without a session (never signed in,
 * or any call answered 401) it sends its user to sign in, and back here after.
 */
export function RequireSession() {
  const { t } = useI18n();
  const location = useLocation();
  const session = useSession();
  if (session.data === undefined) {
    return (
      <Center mih="60vh" p="md">
        {session.isError ? (
          <RequestError
            title={t('error.loadTitle', { what: t('auth.what') })}
            error={session.error}
            onRetry={() => void session.refetch()}
            retrying={session.isFetching}
          />
        ) : (
          <LoadingBlock label={t('auth.checking')} />
        )}
      </Center>
    );
  }
  const { user, end } = session.data;
  if (!user) {
    const here = `${location.pathname}${location.search}${location.hash}`;
    const back = end !== 'signedOut' && here !== '/';
    return (
      <Navigate
        to={back ? `/sign-in?next=${encodeURIComponent(here)}` : '/sign-in'}
        replace
        state={end ? { end } : undefined}
      />
    );
  }
  return (
    <CurrentUserProvider user={user}>
      <Outlet />
    </CurrentUserProvider>
  );
}
