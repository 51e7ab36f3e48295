import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAward, IconCoin, IconPigMoney, IconPlus } from '@tabler/icons-react';
import type { AccountDetail } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InvestmentModal } from './InvestmentModal';
import type { EconomicsPermissions } from './permissions';
import { ReturnModal } from './ReturnModal';
import { ValueEventModal } from './ValueEventModal';

type Props = { account: AccountDetail; may: EconomicsPermissions; baseCurrency: string };

/** An account with nothing recorded yet: what economics means here and the first step to take. */
export function EconomicsEmpty({ account, may, baseCurrency }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'investment' | 'return' | 'value' | null>(null);
  const canWrite = may.recordInvestment || may.recordReturns || may.recordValueEvent;
  const close = () => setOpen(null);

  return (
    <Paper withBorder p="xl" radius="md" data-testid="economics-empty">
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <ThemeIcon size={48} radius="xl" variant="light" color="teal">
          <IconPigMoney size={28} />
        </ThemeIcon>
        <Stack gap="sm" style={{ flex: 1 }}>
          <Title order={4}>{t('economics.empty.title')}</Title>
          <Text size="sm">{t('economics.empty.what')}</Text>
          <Text size="sm">{t(`economics.empty.objective.${account.objective}`)}</Text>
          {canWrite ? (
            <Group gap="sm" mt="xs">
              {may.recordInvestment && (
                <Button
                  leftSection={<IconPlus size={16} />}
                  onClick={() => setOpen('investment')}
                  data-testid="empty-add-investment"
                >
                  {t('economics.investments.add')}
                </Button>
              )}
              {may.recordReturns && (
                <Button
                  variant="light"
                  leftSection={<IconCoin size={16} />}
                  onClick={() => setOpen('return')}
                >
                  {t('economics.returns.add')}
                </Button>
              )}
              {may.recordValueEvent && (
                <Button
                  variant="light"
                  color="grape"
                  leftSection={<IconAward size={16} />}
                  onClick={() => setOpen('value')}
                >
                  {t('economics.value.add')}
                </Button>
              )}
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t('economics.empty.readOnly')}
            </Text>
          )}
        </Stack>
      </Group>
      {open === 'investment' && (
        <InvestmentModal
          accountId={account.id}
          baseCurrency={baseCurrency}
          investment={null}
          reload={async () => undefined}
          onClose={close}
        />
      )}
      {open === 'return' && (
        <ReturnModal accountId={account.id} baseCurrency={baseCurrency} line={null} onClose={close} />
      )}
      {open === 'value' && (
        <ValueEventModal
          accountId={account.id}
          baseCurrency={baseCurrency}
          event={null}
          canSetEquivalent={may.setEquivalent}
          reload={async () => undefined}
          onClose={close}
        />
      )}
    </Paper>
  );
}
