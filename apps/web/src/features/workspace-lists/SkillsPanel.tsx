import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPencil, IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type Skill, skillCategories } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/AnchorLink';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Pager } from '../../ui/Pager';
import { useSkillLabel } from '../people/skillLabel';
import { SKILLS_PAGE_SIZE, skillCatalogueQuery } from './listsQueries';
import type { ListsSearch } from './listsSearch';
import { SkillModal } from './SkillModal';

type Props = { search: ListsSearch; update: (patch: Partial<ListsSearch>) => void };

/** The skill catalogue: technologies, industries and the account-management skills, with how many have each. */
export function SkillsPanel({ search, update }: Props) {
  const { t } = useTranslation();
  const skillLabel = useSkillLabel();
  const { data, error, isFetching } = useQuery(skillCatalogueQuery(search));
  const [editing, setEditing] = useState<Skill | 'new' | null>(null);
  const [q, setQ] = useState(search.q ?? '');
  const pushQ = useDebouncedCallback((value: string) => update({ q: value.trim() || undefined }), 300);
  return (
    <Paper withBorder radius="md" p="lg">
      <Group justify="space-between" align="flex-end" mb="sm">
        <Group gap="sm" align="flex-end">
          <TextInput
            label={t('common.search')}
            leftSection={<IconSearch size={16} />}
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              pushQ(e.currentTarget.value);
            }}
            w={200}
          />
          <Select
            label={t('workspaceLists.skills.category')}
            placeholder={t('common.all')}
            data={skillCategories.map((c) => ({ value: c, label: t(`people.skillCategory.${c}`) }))}
            value={search.category ?? null}
            onChange={(v) => update({ category: skillCategories.find((c) => c === v) })}
            clearable
            w={200}
          />
          <SegmentedControl
            aria-label={t('workspaceLists.status')}
            value={search.active ?? 'true'}
            onChange={(v) => update({ active: v === 'false' ? 'false' : v === 'all' ? 'all' : undefined })}
            data={[
              { value: 'true', label: t('workspaceLists.inUse') },
              { value: 'false', label: t('workspaceLists.retired') },
              { value: 'all', label: t('common.all') },
            ]}
          />
        </Group>
        <Button
          leftSection={<IconPlus size={16} />}
          variant="light"
          onClick={() => setEditing('new')}
          data-testid="add-skill-catalogue"
        >
          {t('workspaceLists.skills.add')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      <Table verticalSpacing="xs" highlightOnHover style={{ opacity: isFetching ? 0.7 : 1 }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('workspaceLists.name')}</Table.Th>
            <Table.Th>{t('workspaceLists.skills.category')}</Table.Th>
            <Table.Th ta="right">{t('workspaceLists.skills.people')}</Table.Th>
            <Table.Th>{t('workspaceLists.status')}</Table.Th>
            <Table.Th w={60} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(data?.items ?? []).map((s) => (
            <Table.Tr key={s.id} data-testid="skill-row">
              <Table.Td>
                <Text size="sm" fw={500}>
                  {skillLabel(s.id, s.name)}
                </Text>
              </Table.Td>
              <Table.Td>{t(`people.skillCategory.${s.category}`)}</Table.Td>
              <Table.Td ta="right">
                {s.people > 0 ? (
                  <AnchorLink to="/people" search={{ skillId: s.id }} size="sm">
                    {s.people}
                  </AnchorLink>
                ) : (
                  0
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge size="sm" variant="light" color={s.active ? 'teal' : 'gray'}>
                    {s.active ? t('workspaceLists.inUse') : t('workspaceLists.retired')}
                  </Badge>
                  {s.key && (
                    <Tooltip label={t('workspaceLists.skills.criterionHint')}>
                      <Badge size="sm" variant="outline" color="gray">
                        {t('workspaceLists.skills.criterion')}
                      </Badge>
                    </Tooltip>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Tooltip label={t('common.edit')}>
                  <ActionIcon
                    variant="subtle"
                    aria-label={`${t('common.edit')}: ${s.name}`}
                    onClick={() => setEditing(s)}
                  >
                    <IconPencil size={16} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
          {data && data.items.length === 0 && (
            <EmptyRow columns={5}>{t('workspaceLists.skills.empty')}</EmptyRow>
          )}
        </Table.Tbody>
      </Table>
      {data && (
        <Pager
          page={data.page}
          pageSize={SKILLS_PAGE_SIZE}
          total={data.total}
          onPage={(page) => update({ page })}
        />
      )}
      {editing && <SkillModal skill={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Paper>
  );
}
