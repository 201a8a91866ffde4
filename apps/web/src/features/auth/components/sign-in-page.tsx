import { loginRequest } from '@cchc/contracts';
import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconBuildingCommunity, IconInfoCircle, IconLogin2 } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { LocaleSwitch } from '../../../components/locale-switch';
import { describeSignInError } from '../../../lib/errors';
import { zodFormErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { type SessionEnd, forgetUserData, useSession } from '../../../lib/session';
import { useSignIn } from '../api/sign-in';

/** Where to go after signing in: a path of this app only, never another site. */
function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in')) return '/';
  return next;
}

/** The sign-in screen: user name and password, and why it refused, in plain words. */
export function SignInPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const end = (location.state as { end?: SessionEnd } | null)?.end;
  const session = useSession();
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const passwordRef = useRef<HTMLInputElement>(null);

  // Nothing read as the previous user outlives its session.
  useEffect(() => forgetUserData(queryClient), [queryClient]);

  if (session.data?.user) return <Navigate to={next} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const request = { username, password };
    const found = zodFormErrors(loginRequest, request, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    signIn.mutate(request, {
      onSuccess: () => navigate(next, { replace: true }),
      onError: () => {
        setPassword('');
        passwordRef.current?.focus();
      },
    });
  };

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Stack w="100%" maw={400} gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap={8} wrap="nowrap">
            <ThemeIcon color="red" size="lg" radius="sm" aria-hidden>
              <IconBuildingCommunity size={20} />
            </ThemeIcon>
            <div>
              <Text fw={700} lh={1.2}>
                {t('app.name')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('app.title')}
              </Text>
            </div>
          </Group>
          <LocaleSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="lg" component="main" id="main">
          <form onSubmit={submit} noValidate aria-labelledby="sign-in-title">
            <Stack gap="sm">
              <div>
                <Title order={1} fz={22} id="sign-in-title">
                  {t('auth.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('auth.intro')}
                </Text>
              </div>
              {end && !signIn.isError && (
                <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} role="status">
                  {t(end === 'signedOut' ? 'auth.signedOut' : 'auth.sessionEnded')}
                </Alert>
              )}
              {signIn.isError && (
                <Alert
                  color="red"
                  variant="light"
                  title={t('auth.failedTitle')}
                  icon={<IconAlertTriangle size={18} />}
                  role="alert"
                  data-testid="sign-in-error"
                >
                  {describeSignInError(signIn.error, i18n)}
                </Alert>
              )}
              <TextInput
                label={t('auth.username')}
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                autoFocus
                required
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
                error={errors.username}
              />
              <PasswordInput
                visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
                ref={passwordRef}
                label={t('auth.password')}
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={errors.password}
              />
              <Button
                type="submit"
                fullWidth
                mt="xs"
                leftSection={<IconLogin2 size={16} aria-hidden />}
                loading={signIn.isPending}
              >
                {t('auth.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Center>
  );
}
