import { Avatar, Button, Menu, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconLock, IconLogout } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { Me } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { api, setCsrfToken } from '../lib/api';
import { meQuery } from '../lib/me';
import { ChangePasswordModal } from './ChangePasswordModal';

export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [passwordOpen, password] = useDisclosure();

  const signOut = async () => {
    try {
      await api.post('/api/v1/auth/sign-out');
    } finally {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, null);
      await navigate({ to: '/sign-in' });
    }
  };

  const initials = me.name
    .split(/\s+/)
    .map((w) => w[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

  return (
    <>
      <Menu position="bottom-end" width={240}>
        <Menu.Target>
          <Button
            variant="subtle"
            color="gray"
            px="xs"
            leftSection={
              <Avatar size={26} radius="xl" color="teal">
                {initials}
              </Avatar>
            }
            rightSection={<IconChevronDown size={14} />}
            data-testid="user-menu"
          >
            <Text size="sm" visibleFrom="md">
              {me.name}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="sm" fw={600} c="var(--mantine-color-text)">
              {me.name}
            </Text>
            <Text size="xs">{me.email}</Text>
            <Text size="xs">{t(`userRole.${me.role}`)}</Text>
          </Menu.Label>
          <Menu.Divider />
          <Menu.Item leftSection={<IconLock size={16} />} onClick={password.open}>
            {t('auth.changePassword')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconLogout size={16} />}
            onClick={() => void signOut()}
            data-testid="sign-out"
          >
            {t('auth.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={passwordOpen} onClose={password.close} />
    </>
  );
}
