import { Button, Group, Select } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { accountObjectives, accountTiers } from '@vested/domain';
import { useTranslation } from 'react-i18next';
import { useOptions } from '../../ui/options';
import { PersonSelect } from '../../ui/PersonSelect';
import type { PortfolioFilters as Filters, PortfolioSearch } from './portfolioSearch';

type Props = { search: Filters; onChange: (patch: Partial<PortfolioSearch>) => void };

const pick = <T extends string>(all: readonly T[], v: string | null): T | undefined =>
  all.find((x) => x === v);
const statuses = ['on_track', 'at_risk', 'off_track'] as const;

export function PortfolioFilters({ search, onChange }: Props) {
  const { t } = useTranslation();
  const objectives = useOptions(accountObjectives, 'objective');
  const tiers = useOptions(accountTiers, 'tier');
  const statusOptions = useOptions(statuses, 'economics.status');
  const anyFilter = [search.objective, search.tier, search.status, search.managerPersonId].some(
    (v) => v !== undefined,
  );

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={t('portfolio.objective')}
        placeholder={t('common.all')}
        data={objectives}
        value={search.objective ?? null}
        onChange={(v) => onChange({ objective: pick(accountObjectives, v) })}
        clearable
        w={170}
        data-testid="portfolio-filter-objective"
      />
      <Select
        label={t('portfolio.decided')}
        placeholder={t('common.all')}
        data={tiers}
        value={search.tier ?? null}
        onChange={(v) => onChange({ tier: pick(accountTiers, v) })}
        clearable
        w={170}
        data-testid="portfolio-filter-tier"
      />
      <Select
        label={t('portfolio.status')}
        placeholder={t('common.all')}
        data={statusOptions}
        value={search.status ?? null}
        onChange={(v) => onChange({ status: pick(statuses, v) })}
        clearable
        w={170}
      />
      <PersonSelect
        label={t('portfolio.manager')}
        placeholder={t('common.all')}
        value={search.managerPersonId ?? null}
        onChange={(v) => onChange({ managerPersonId: v ?? undefined })}
        w={230}
      />
      {anyFilter && (
        <Button
          variant="subtle"
          leftSection={<IconX size={14} />}
          onClick={() =>
            onChange({ objective: undefined, tier: undefined, status: undefined, managerPersonId: undefined })
          }
        >
          {t('common.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
