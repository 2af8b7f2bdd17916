import { AppShell, Burger, Button, Group, NavLink as MantineNavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { useApi } from '../api/ApiContext';
import { useAuth } from '../features/auth/AuthContext';
import { WorkspaceSwitcher } from '../features/workspaces/WorkspaceSwitcher';

/** The four screens of the brief, plus the campaigns they hang from. */
export const NAVIGATION = [
  { to: '/dashboard', label: 'Dashboard', description: 'Status at a glance' },
  { to: '/campaigns', label: 'Campaigns', description: 'Set up, launch, pause' },
  { to: '/prospects', label: 'Prospects', description: 'Found and scored' },
  { to: '/review', label: 'Review', description: 'Approve drafted emails' },
  { to: '/tracker', label: 'Tracker', description: 'Performance over time' },
] as const;

/**
 * The signed-in frame: header (menu button below the tablet breakpoint, brand, workspace,
 * account), side navigation, and the screen. A skip link leads keyboard users past the
 * navigation; the main region takes focus on each navigation so screen readers start there.
 */
export function AppLayout() {
  const api = useApi();
  const { logout } = useAuth();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const me = useQuery({ queryKey: ['me'], queryFn: () => api.me(), staleTime: Infinity });

  // A chosen screen closes the drawer on narrow screens.
  useEffect(close, [location.pathname, close]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Text fw={700} size="lg" component="span">
              OpenSDR
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <WorkspaceSwitcher />
            <Text size="sm" c="dimmed" visibleFrom="md" data-testid="signed-in-as">
              {me.data?.email}
            </Text>
            <Button variant="default" size="sm" onClick={logout}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main" id="main-navigation">
        {NAVIGATION.map((item) => (
          <MantineNavLink
            key={item.to}
            component={NavLink}
            to={item.to}
            label={item.label}
            description={item.description}
            active={location.pathname === item.to || location.pathname.startsWith(`${item.to}/`)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <div className="content">
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
