import { AppShell, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAward,
  IconBriefcase,
  IconChartBubble,
  IconCoins,
  IconFileImport,
  IconHeartHandshake,
  IconKey,
  IconLayoutGrid,
  IconListDetails,
  IconUserShield,
  IconUsers,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { canOnWorkspace } from '@vested/domain';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../lib/me';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

export function AppLayout() {
  const { t } = useTranslation();
  const { data: me } = useQuery(meQuery);
  const [opened, { toggle, close }] = useDisclosure();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  if (!me) return null;
  // Economics settings and rates are for those who keep the books (admin, director, finance).
  const keepsBooks = canOnWorkspace(
    { userId: me.id, role: me.role, personId: me.personId },
    'manageEconomics',
  );

  const links = [
    { to: '/accounts', label: t('nav.accounts'), icon: IconBriefcase },
    { to: '/portfolio', label: t('portfolio.nav'), icon: IconChartBubble },
    { to: '/relationships', label: t('relationships.nav'), icon: IconHeartHandshake },
    { to: '/people', label: t('nav.people'), icon: IconUsers },
    { to: '/matrix', label: t('matrix.nav'), icon: IconLayoutGrid },
    // Account managers judged by results: the director's comparison and inbox of AM requests.
    ...(canOnWorkspace({ userId: me.id, role: me.role, personId: me.personId }, 'assessManager')
      ? [
          { to: '/managers', label: t('assessments.comparison.nav'), icon: IconAward },
          { to: '/settings/lists', label: t('workspaceLists.nav'), icon: IconListDetails },
        ]
      : []),
  ] as const;
  const adminLinks = [
    { to: '/admin/users', label: t('nav.users'), icon: IconUserShield },
    { to: '/admin/tokens', label: t('nav.tokens'), icon: IconKey },
  ] as const;

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="menu" />
            <Text component={Link} to="/accounts" fw={800} size="lg" c="teal">
              {t('app.name')}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch signedIn />
            <ColorSchemeToggle />
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav">
        <ScrollArea>
          {links.map((l) => (
            <NavLink
              key={l.to}
              component={Link}
              to={l.to}
              label={l.label}
              leftSection={<l.icon size={18} stroke={1.5} />}
              active={pathname.startsWith(l.to)}
              onClick={close}
            />
          ))}
          {me.role !== 'viewer' && (
            // Everyone but a viewer may import something (time entries at least); the wizard offers what.
            <NavLink
              component={Link}
              to="/imports"
              label={t('imports.nav')}
              leftSection={<IconFileImport size={18} stroke={1.5} />}
              active={pathname.startsWith('/imports')}
              onClick={close}
              data-testid="nav-imports"
            />
          )}
          {keepsBooks && (
            <>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm">
                {t('economicsSettings.section')}
              </Text>
              <NavLink
                component={Link}
                to="/settings/economics"
                label={t('economicsSettings.nav')}
                leftSection={<IconCoins size={18} stroke={1.5} />}
                active={pathname.startsWith('/settings/economics')}
                onClick={close}
                data-testid="nav-economics-settings"
              />
            </>
          )}
          {me.can.manageUsers && (
            <>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm">
                {t('nav.admin')}
              </Text>
              {adminLinks.map((l) => (
                <NavLink
                  key={l.to}
                  component={Link}
                  to={l.to}
                  label={l.label}
                  leftSection={<l.icon size={18} stroke={1.5} />}
                  active={pathname.startsWith(l.to)}
                  onClick={close}
                />
              ))}
            </>
          )}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
