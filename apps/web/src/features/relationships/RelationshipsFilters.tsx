import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import { accountObjectives, accountTiers } from '@vested/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOptions } from '../../ui/options';
import type { RelationshipsSearch } from './relationshipsSearch';

type Props = { search: RelationshipsSearch; onChange: (patch: Partial<RelationshipsSearch>) => void };

const pick = <T extends string>(all: readonly T[], v: string | null): T | undefined =>
  all.find((x) => x === v);
const mappedValues = ['mapped', 'unmapped'] as const;

export function RelationshipsFilters({ search, onChange }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState(search.q ?? '');
  const searchLater = useDebouncedCallback((v: string) => onChange({ q: v.trim() || undefined }), 300);
  const tiers = useOptions(accountTiers, 'tier');
  const objectives = useOptions(accountObjectives, 'objective');
  const mappedOptions = useOptions(mappedValues, 'relationships.mapped');
  const anyFilter = [search.q, search.tier, search.objective, search.mapped].some((v) => v !== undefined);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label={t('common.search')}
        placeholder={t('relationships.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          searchLater(e.currentTarget.value);
        }}
        w={240}
        data-testid="relationships-search"
      />
      <Select
        label={t('accounts.fields.tier')}
        placeholder={t('common.all')}
        data={tiers}
        value={search.tier ?? null}
        onChange={(v) => onChange({ tier: pick(accountTiers, v) })}
        clearable
        w={170}
      />
      <Select
        label={t('accounts.fields.objective')}
        placeholder={t('common.all')}
        data={objectives}
        value={search.objective ?? null}
        onChange={(v) => onChange({ objective: pick(accountObjectives, v) })}
        clearable
        w={170}
      />
      <Select
        label={t('relationships.mappedFilter')}
        placeholder={t('common.all')}
        data={mappedOptions}
        value={search.mapped ?? null}
        onChange={(v) => onChange({ mapped: pick(mappedValues, v) })}
        clearable
        w={200}
        data-testid="relationships-mapped"
      />
      {anyFilter && (
        <Button
          variant="subtle"
          leftSection={<IconX size={14} />}
          onClick={() => {
            setQ('');
            onChange({ q: undefined, tier: undefined, objective: undefined, mapped: undefined });
          }}
        >
          {t('common.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
