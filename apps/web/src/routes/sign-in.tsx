import { SignInPage } from '../features/auth/components/sign-in-page';

/** The sign-in screen: the session is the auth feature's alone. */
export function SignInRoute() {
  return <SignInPage />;
}
