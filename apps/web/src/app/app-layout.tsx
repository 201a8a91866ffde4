import { Anchor, AppShell, Group, SegmentedControl, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { LoadingBlock } from '../components/query-view';
import { LOCALES, type Locale, useI18n } from '../lib/i18n';
import { ScreenBoundary } from './screen-boundary';

export function AppLayout() {
  const { t, locale, setLocale } = useI18n();
  const location = useLocation();
  return (
    <AppShell header={{ height: 48 }} padding="md">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header className="app-header">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Anchor
              component={Link}
              to="/"
              underline="never"
              c="inherit"
              aria-label={`${t('app.name')} – ${t('app.title')}`}
            >
              <Group gap={8} wrap="nowrap">
                <ThemeIcon color="red" size="md" radius="sm" aria-hidden>
                  <IconBuildingCommunity size={18} />
                </ThemeIcon>
                <Text fw={700}>{t('app.name')}</Text>
                <Text size="sm" c="dimmed" visibleFrom="sm">
                  {t('app.title')}
                </Text>
              </Group>
            </Anchor>
            <nav aria-label={t('app.nav.main')}>
              <NavLink to="/" end className="top-nav-link">
                {t('app.nav.units')}
              </NavLink>
            </nav>
          </Group>
          <Group gap={6} wrap="nowrap">
            <VisuallyHidden id="locale-label">{t('app.language')}</VisuallyHidden>
            <SegmentedControl
              size="xs"
              aria-labelledby="locale-label"
              value={locale}
              onChange={(v) => setLocale(v as Locale)}
              data={LOCALES.map((l) => ({ value: l, label: l.toUpperCase() }))}
            />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        <ScreenBoundary resetKey={location.pathname}>
          <Suspense fallback={<LoadingBlock />}>
            <Outlet />
          </Suspense>
        </ScreenBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
