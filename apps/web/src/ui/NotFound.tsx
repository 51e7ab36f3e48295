import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Center py="xl" data-testid="not-found">
      <Stack align="center" gap="sm">
        <Title order={2}>{t('errors.notFound')}</Title>
        <Text c="dimmed">{t('errors.notFoundText')}</Text>
        <Button component={Link} to="/accounts" variant="light">
          {t('errors.toAccounts')}
        </Button>
      </Stack>
    </Center>
  );
}
