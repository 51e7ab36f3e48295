import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Props = { onReload: () => void; reloading?: boolean; kind?: 'account' | 'record' };

/** Shown on 409 stale_version: someone else saved first; reload to take their version. */
export function StaleVersionAlert({ onReload, reloading, kind = 'record' }: Props) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" title={t('errors.staleTitle')} data-testid="stale-version-alert" role="alert">
      <Text size="sm">{kind === 'account' ? t('errors.staleAccount') : t('errors.staleRecord')}</Text>
      <Group mt="sm">
        <Button
          size="xs"
          color="orange"
          leftSection={<IconRefresh size={14} />}
          onClick={onReload}
          loading={reloading}
          data-testid="stale-version-reload"
        >
          {t('common.reload')}
        </Button>
      </Group>
    </Alert>
  );
}
