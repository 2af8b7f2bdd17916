import { Burger, Button, NavLink as MantineNavLink, Text } from '@mantine/core';
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
 * The signed-in frame: header (menu button below the laptop breakpoint, brand, workspace,
 * account), side navigation, and the screen. A skip link leads keyboard users past the
 * navigation. The layout is plain CSS (styles.css, `.shell`) rather than Mantine's AppShell,
 * whose media queries are injected as <style> elements the gateway's CSP ('self') refuses.
 */
export function AppLayout() {
  const api = useApi();
  const { logout } = useAuth();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const me = useQuery({ queryKey: ['me'], queryFn: () => api.me(), staleTime: Infinity });

  // A chosen screen closes the menu on narrow screens.
  useEffect(close, [location.pathname, close]);

  return (
    <div className="shell" data-nav-open={opened}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-header">
        <div className="shell-header-group">
          <Burger
            opened={opened}
            onClick={toggle}
            hiddenFrom="md"
            size="sm"
            aria-label={opened ? 'Close navigation' : 'Open navigation'}
            aria-expanded={opened}
            aria-controls="main-navigation"
          />
          <Text fw={700} size="lg" component="span">
            OpenSDR
          </Text>
        </div>
        <div className="shell-header-group">
          <WorkspaceSwitcher />
          <Button component={NavLink} to="/workspace/members" variant="default" size="sm">
            Members
          </Button>
          <Text size="sm" c="dimmed" visibleFrom="md" data-testid="signed-in-as">
            {me.data?.email}
          </Text>
          <Button variant="default" size="sm" onClick={() => void logout()}>
            Sign out
          </Button>
        </div>
      </header>
      <nav className="shell-nav" aria-label="Main" id="main-navigation">
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
      </nav>
      <main className="shell-main" id="main" tabIndex={-1}>
        <div className="content">
          <Outlet />
        </div>
      </main>
    </div>
  );
}
