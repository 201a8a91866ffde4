import { apiRoutes, type UserResponse } from '@cchc/contracts';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { type ReactNode, createContext, useContext } from 'react';
import { callApi, isApiError } from './api-client';
import { queryKeys } from './query-keys';

/** How a session ended on screen: refused by the API (expired, locked, signed out
 * elsewhere), or signed out here. Only the former brings its user back where they
 * were after signing in again. */
export type SessionEnd = 'lost' | 'signedOut';

/**
 * Who is signed in, as the API says (GET /api/auth/me). The session itself is
 * the httpOnly cookie the API set at sign-in; the app only knows its user.
 */
export interface SessionState {
  user: UserResponse | null;
  /** Set when a session of this tab ended; absent when there never was one. */
  end?: SessionEnd;
}

export async function getSession(signal?: AbortSignal): Promise<SessionState> {
  try {
    return { user: await callApi(apiRoutes.auth.me, {}, { signal }) };
  } catch (error) {
    if (isApiError(error) && error.status === 401) return { user: null };
    throw error;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.auth.session(),
    queryFn: ({ signal }) => getSession(signal),
    // Read once; a 401 or 403 of any call tells when to read it again (query-client.ts).
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useSession = () => useQuery(sessionQueryOptions());

/** The session ended: every screen that needs one sends its user to sign in. */
export function markSessionEnded(queryClient: QueryClient, end: SessionEnd = 'lost') {
  queryClient.setQueryData<SessionState>(queryKeys.auth.session(), (prev) =>
    prev && prev.user === null && end === 'lost' ? prev : { user: null, end },
  );
}

/** Forgets everything read as the previous user (but the session itself). */
export function forgetUserData(queryClient: QueryClient) {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
  queryClient.getMutationCache().clear();
}

const CurrentUserContext = createContext<UserResponse | null>(null);

/** Given by the signed-in frame of the app to every screen inside it. */
export function CurrentUserProvider({ user, children }: { user: UserResponse; children: ReactNode }) {
  return <CurrentUserContext.Provider value={user}>{children}</CurrentUserContext.Provider>;
}

/** The signed-in user, in any screen behind sign-in. */
export function useCurrentUser(): UserResponse {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser outside the signed-in frame');
  return user;
}
