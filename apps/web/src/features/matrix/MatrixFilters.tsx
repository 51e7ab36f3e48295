import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  SegmentedControl,
  Select,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight, IconSearch, IconUsersGroup } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { addMonths } from '@vested/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../lib/me';
import { PersonSelect } from '../../ui/PersonSelect';
import { useMonthLabel } from '../people/months';
import { departmentsQuery } from '../people/peopleQueries';
import { SkillSelect } from '../people/SkillSelect';
import { AccountSelect } from './AccountSelect';
import type { MatrixSearch } from './matrixSearch';

type Props = { search: MatrixSearch; month: string; update: (patch: Partial<MatrixSearch>) => void };

/** The matrix's filters, all in the URL and all applied by the server before paging. */
export function MatrixFilters({ search, month, update }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const monthLabel = useMonthLabel();
  const departments = useQuery(departmentsQuery);
  const [q, setQ] = useState(search.q ?? '');
  const pushQ = useDebouncedCallback((value: string) => update({ q: value.trim() || undefined }), 300);
  const mine = !!me.personId && search.lineManagerPersonId === me.personId;
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" mb="md">
      <Group gap={4} align="center" wrap="nowrap">
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('matrix.previousMonth')}
          onClick={() => update({ month: addMonths(month, -1) })}
        >
          <IconChevronLeft size={16} />
        </ActionIcon>
        <Text fw={600} w={130} ta="center" data-testid="matrix-month">
          {monthLabel(month, 'long')}
        </Text>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('matrix.nextMonth')}
          onClick={() => update({ month: addMonths(month, 1) })}
        >
          <IconChevronRight size={16} />
        </ActionIcon>
      </Group>
      <SegmentedControl
        aria-label={t('matrix.groupBy')}
        value={search.groupBy ?? 'department'}
        onChange={(v) => update({ groupBy: v === 'lineManager' ? 'lineManager' : undefined })}
        data={[
          { value: 'department', label: t('matrix.byDepartment') },
          { value: 'lineManager', label: t('matrix.byLineManager') },
        ]}
      />
      <TextInput
        label={t('common.search')}
        placeholder={t('matrix.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          pushQ(e.currentTarget.value);
        }}
        w={180}
      />
      <Select
        label={t('people.fields.department')}
        placeholder={t('common.all')}
        data={departments.data?.items ?? []}
        value={search.department ?? null}
        onChange={(v) => update({ department: v ?? undefined })}
        clearable
        searchable
        w={170}
        data-testid="matrix-department-filter"
      />
      <SkillSelect
        label={t('people.skill')}
        placeholder={t('common.all')}
        value={search.skillId ?? null}
        onChange={(v) => update({ skillId: v ?? undefined, minLevel: undefined })}
        clearable
        w={200}
      />
      <AccountSelect
        label={t('matrix.account')}
        value={search.accountId ?? null}
        onChange={(v) => update({ accountId: v ?? undefined })}
        w={200}
      />
      <PersonSelect
        label={t('people.fields.lineManager')}
        placeholder={t('common.all')}
        value={search.lineManagerPersonId ?? null}
        onChange={(v) => update({ lineManagerPersonId: v ?? undefined })}
        w={190}
      />
      <Checkbox
        label={t('matrix.overOnly')}
        checked={search.over === 'true'}
        onChange={(e) => update({ over: e.currentTarget.checked ? 'true' : undefined })}
        mb={8}
        data-testid="matrix-over-filter"
      />
      {me.personId && !mine && (
        <Button
          variant="light"
          leftSection={<IconUsersGroup size={16} />}
          onClick={() => update({ lineManagerPersonId: me.personId ?? undefined, groupBy: 'lineManager' })}
          data-testid="matrix-my-people"
        >
          {t('matrix.myPeople')}
        </Button>
      )}
    </Group>
  );
}
