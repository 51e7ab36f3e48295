import { Button, Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import { AccountStatus, Objective, Phase, Tier } from '@vested/contracts';
import { accountObjectives, accountPhases, accountStatuses, accountTiers } from '@vested/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOptions } from '../../ui/options';
import { PersonSelect } from '../../ui/PersonSelect';
import type { AccountsSearch } from './accountsSearch';

type Props = { search: AccountsSearch; onChange: (patch: Partial<AccountsSearch>) => void };

export function AccountFilters({ search, onChange }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState(search.q ?? '');
  const pushQ = useDebouncedCallback((value: string) => onChange({ q: value.trim() || undefined }), 300);
  const objectives = useOptions(accountObjectives, 'objective');
  const tiers = useOptions(accountTiers, 'tier');
  const phases = useOptions(accountPhases, 'phase');
  const statuses = useOptions(accountStatuses, 'status');
  const anyFilter = [
    search.q,
    search.objective,
    search.tier,
    search.phase,
    search.status,
    search.managerPersonId,
    search.archived,
  ].some((v) => v !== undefined);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label={t('common.search')}
        placeholder={t('accounts.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          pushQ(e.currentTarget.value);
        }}
        w={220}
        data-testid="accounts-search"
      />
      <Select
        label={t('accounts.fields.objective')}
        placeholder={t('common.all')}
        data={objectives}
        value={search.objective ?? null}
        onChange={(v) => onChange({ objective: Objective.safeParse(v).data })}
        clearable
        w={170}
      />
      <Select
        label={t('accounts.fields.tier')}
        placeholder={t('common.all')}
        data={tiers}
        value={search.tier ?? null}
        onChange={(v) => onChange({ tier: Tier.safeParse(v).data })}
        clearable
        w={170}
      />
      <Select
        label={t('accounts.fields.phase')}
        placeholder={t('common.all')}
        data={phases}
        value={search.phase ?? null}
        onChange={(v) => onChange({ phase: Phase.safeParse(v).data })}
        clearable
        w={230}
      />
      <Select
        label={t('accounts.fields.status')}
        placeholder={t('common.all')}
        data={statuses}
        value={search.status ?? null}
        onChange={(v) => onChange({ status: AccountStatus.safeParse(v).data })}
        clearable
        w={150}
      />
      <PersonSelect
        label={t('accounts.fields.manager')}
        placeholder={t('common.all')}
        value={search.managerPersonId ?? null}
        onChange={(v) => onChange({ managerPersonId: v ?? undefined })}
        w={220}
      />
      <SegmentedControl
        aria-label={t('accounts.archivedFilter')}
        value={search.archived ?? 'false'}
        onChange={(v) => onChange({ archived: v === 'false' ? undefined : v === 'true' ? 'true' : 'all' })}
        data={(['false', 'true', 'all'] as const).map((value) => ({
          value,
          label: t(`accounts.archivedOptions.${value}`),
        }))}
      />
      {anyFilter && (
        <Button
          variant="subtle"
          leftSection={<IconX size={14} />}
          onClick={() => {
            setQ('');
            onChange({
              q: undefined,
              objective: undefined,
              tier: undefined,
              phase: undefined,
              status: undefined,
              managerPersonId: undefined,
              archived: undefined,
            });
          }}
        >
          {t('common.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
