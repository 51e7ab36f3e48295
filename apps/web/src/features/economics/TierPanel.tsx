import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconStar } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountDetail } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TierBadge } from '../../ui/AccountBadges';
import { AnchorLink } from '../../ui/AnchorLink';
import { Loading } from '../../ui/Loading';
import { DecisionModal } from '../accounts/DecisionModal';
import { accountPortfolioQuery } from '../portfolio/portfolioQueries';
import { settingsQuery } from './economicsQueries';
import { useMoney } from './money';
import { RateProblemAlert } from './RateProblemAlert';

/** Suggested tier (from the ranked portfolio) beside the decided one; the director decides with a reason. */
export function TierPanel({ account }: { account: AccountDetail }) {
  const { t } = useTranslation();
  const f = useMoney();
  const queryClient = useQueryClient();
  const [deciding, setDeciding] = useState(false);
  const { data, error, isPending } = useQuery(accountPortfolioQuery(account));
  const { data: settings } = useQuery(settingsQuery);
  const item = data?.item ?? null;

  return (
    <Paper withBorder p="lg" radius="md" h="100%" data-testid="tier-panel">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={4}>{t('economics.tier.title')}</Title>
          {account.permissions.decideTier && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconStar size={14} />}
              onClick={() => setDeciding(true)}
              data-testid="economics-decide-tier"
            >
              {t('decisions.decideTier')}
            </Button>
          )}
        </Group>
        {error && <RateProblemAlert error={error} />}
        {isPending && <Loading />}
        <SimpleGrid cols={2} spacing="sm">
          <Stack gap={4}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {t('economics.tier.suggested')}
            </Text>
            <Group gap={6} data-testid="tier-suggested">
              {item ? <TierBadge value={item.suggestedTier} /> : <Text size="sm">{t('common.none')}</Text>}
            </Group>
          </Stack>
          <Stack gap={4}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {t('economics.tier.decided')}
            </Text>
            <Group gap={6} data-testid="tier-decided">
              <TierBadge value={account.tier} />
            </Group>
          </Stack>
        </SimpleGrid>
        {item && (
          <Text size="sm">
            {item.rank === null
              ? t('economics.tier.unranked')
              : t(item.rankGroup === 'image' ? 'economics.tier.rankImage' : 'economics.tier.rankFinancial', {
                  rank: item.rank,
                  roi: f.roi(item.roiMultiple),
                  score: item.valueScore,
                })}
          </Text>
        )}
        {data && !item && !error && (
          <Text size="sm" c="dimmed">
            {account.archivedAt ? t('economics.tier.archived') : t('economics.tier.notListed')}
          </Text>
        )}
        {item && item.suggestedTier !== account.tier && (
          <Alert color="orange" variant="light" p="xs" data-testid="tier-differs">
            <Text size="sm">
              {t(
                item.suggestedTier === 'key' ? 'economics.tier.suggestKey' : 'economics.tier.suggestRegular',
              )}
            </Text>
          </Alert>
        )}
        {settings && (
          <Text size="xs" c="dimmed">
            {t('economics.tier.rule', { share: f.percent(Number(settings.keyAccountShare)) })}{' '}
            <AnchorLink
              to="/accounts/$accountId"
              params={{ accountId: account.id }}
              search={{ tab: 'decisions' }}
              size="xs"
            >
              {t('economics.tier.history')}
            </AnchorLink>
          </Text>
        )}
      </Stack>
      {deciding && (
        <DecisionModal
          account={account}
          kind="tier"
          onClose={() => {
            setDeciding(false);
            void queryClient.invalidateQueries({ queryKey: ['portfolio'] });
          }}
        />
      )}
    </Paper>
  );
}
