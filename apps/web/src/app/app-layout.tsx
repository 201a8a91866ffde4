import { Anchor, AppShell, Burger, Divider, Drawer, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { Suspense, useEffect } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { LocaleSwitch } from '../components/locale-switch';
import { LoadingBlock } from '../components/query-view';
import { CurrentUser } from '../features/auth/components/current-user';
import { NotificationBell } from '../features/notifications/components/notification-bell';
import { SearchBox } from '../features/search/components/search-box';
import { useUnit } from '../features/units/api/get-unit';
import { useI18n } from '../lib/i18n';
import { hasNotifications, managesUsers, unitTreePath } from '../lib/rights';
import { useCurrentUser } from '../lib/session';
import { ScreenBoundary } from './screen-boundary';

/** Narrower than Mantine's `sm` (768 px): a phone, whose header keeps the rest in a menu. */
const PHONE = '(max-width: 47.99em)';

function MainNav({ vertical = false }: { vertical?: boolean }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  return (
    <nav aria-label={t('app.nav.main')} className={vertical ? 'top-nav top-nav-vertical' : 'top-nav'}>
      {/* "/" opens a district's or commune's own plan; the tree opens at its unit. */}
      <NavLink to={unitTreePath(user)} end className="top-nav-link">
        {t('app.nav.units')}
      </NavLink>
      {managesUsers(user) && (
        <NavLink to="/users" className="top-nav-link">
          {t('app.nav.users')}
        </NavLink>
      )}
    </nav>
  );
}

export function AppLayout() {
  const { t } = useI18n();
  const user = useCurrentUser();
  // The unit's full name ("Thị xã Ngã Năm") for the account corner: units are not auth's to read.
  const unit = useUnit(user.unitCode);
  const location = useLocation();
  // Read at once (not after a first render), so a phone never draws the wide header first.
  const phone = useMediaQuery(PHONE, false, { getInitialValueInEffect: false });
  const [menuOpened, menu] = useDisclosure(false);
  // A link followed in the menu closes it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: closes on every change of screen
  useEffect(() => menu.close(), [location.pathname, location.search]);
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
                <Text size="sm" c="dimmed" visibleFrom="lg">
                  {t('app.title')}
                </Text>
              </Group>
            </Anchor>
            {!phone && <MainNav />}
          </Group>
          {phone ? (
            <Group gap="xs" wrap="nowrap">
              {hasNotifications(user) && <NotificationBell />}
              <Burger
                opened={menuOpened}
                onClick={menu.toggle}
                size="sm"
                aria-label={t('app.menu.open')}
                aria-expanded={menuOpened}
                aria-controls="app-menu"
              />
            </Group>
          ) : (
            <Group gap="md" wrap="nowrap">
              <SearchBox />
              {hasNotifications(user) && <NotificationBell />}
              <CurrentUser unitFullName={unit.data?.fullName} />
              <LocaleSwitch />
            </Group>
          )}
        </Group>
      </AppShell.Header>
      {phone && (
        <Drawer
          id="app-menu"
          opened={menuOpened}
          onClose={menu.close}
          position="right"
          size={320}
          title={t('app.menu')}
          closeButtonProps={{ 'aria-label': t('app.menu.close') }}
        >
          <Stack gap="md">
            <SearchBox />
            <MainNav vertical />
            <Divider />
            <CurrentUser unitFullName={unit.data?.fullName} stacked />
            <Divider />
            <LocaleSwitch />
          </Stack>
        </Drawer>
      )}
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
