import { ActionIcon, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { addMonths } from '@vested/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { todayIso } from '../../ui/format';
import { hours, useMonthLabel } from './months';
import { personCapacityQuery } from './peopleQueries';

const SPAN = 6;

/**
 * The person's allocated hours against their capacity, month by month (six at a time, from last
 * month on), with each month's accounts in its tooltip; a month over capacity is marked in red.
 */
export function CapacityStrip({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const monthLabel = useMonthLabel();
  const [from, setFrom] = useState(() => addMonths(todayIso().slice(0, 7), -1));
  const to = addMonths(from, SPAN - 1);
  const { data, error } = useQuery(personCapacityQuery(personId, from, to));
  const thisMonth = todayIso().slice(0, 7);

  return (
    <Paper withBorder p="lg" radius="md" data-testid="capacity-strip">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('people.load')}</Title>
        <Group gap={4}>
          <ActionIcon
            variant="subtle"
            aria-label={t('people.earlier')}
            onClick={() => setFrom(addMonths(from, -SPAN))}
          >
            <IconChevronLeft size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={t('people.later')}
            onClick={() => setFrom(addMonths(from, SPAN))}
          >
            <IconChevronRight size={16} />
          </ActionIcon>
        </Group>
      </Group>
      <ErrorAlert error={error} />
      <Group gap="xs" grow align="stretch" wrap="nowrap">
        {(data?.months ?? []).map((m) => {
          const over = m.overAllocated;
          const share = m.capacityHours ? Math.min(1, m.allocatedHours / m.capacityHours) : 0;
          const lines = [
            ...m.cells.map(
              (c) => `${c.accountName} · ${c.roleName}: ${hours(c.hours)} ${t('people.hoursUnit')}`,
            ),
            ...(m.otherAccountsHours > 0
              ? [t('people.otherAccounts', { hours: hours(m.otherAccountsHours) })]
              : []),
          ];
          return (
            <Tooltip
              key={m.month}
              multiline
              w={280}
              label={lines.length > 0 ? lines.join('\n') : t('people.noAllocation')}
              style={{ whiteSpace: 'pre-line' }}
            >
              <Paper
                p="xs"
                radius="sm"
                withBorder
                tabIndex={0}
                data-testid="capacity-month"
                data-over={over ? 'true' : 'false'}
                aria-label={`${monthLabel(m.month, 'long')}: ${
                  m.capacityHours === null
                    ? t('people.allocatedNoCapacity', { allocated: hours(m.allocatedHours) })
                    : t('people.allocatedOf', {
                        allocated: hours(m.allocatedHours),
                        capacity: m.capacityHours,
                      })
                }${over ? `, ${t('people.overBy', { hours: hours(m.overByHours) })}` : ''}`}
                style={{
                  borderColor: over ? 'var(--mantine-color-red-6)' : undefined,
                  background: over ? 'var(--mantine-color-red-light)' : undefined,
                  outline: m.month === thisMonth ? '2px solid var(--mantine-color-teal-4)' : undefined,
                }}
              >
                <Stack gap={2}>
                  <Text size="xs" c="dimmed" fw={600}>
                    {monthLabel(m.month)}
                  </Text>
                  <Text size="sm" fw={700} c={over ? 'red' : undefined}>
                    {hours(m.allocatedHours)}
                    <Text span size="xs" c="dimmed" fw={400}>
                      {' / '}
                      {m.capacityHours === null ? '—' : m.capacityHours} {t('people.hoursUnit')}
                    </Text>
                  </Text>
                  <div
                    style={{
                      height: 4,
                      borderRadius: 2,
                      background: 'var(--mantine-color-gray-2)',
                      overflow: 'hidden',
                    }}
                  >
                    <div
                      style={{
                        width: `${Math.round(share * 100)}%`,
                        height: '100%',
                        background: over ? 'var(--mantine-color-red-6)' : 'var(--mantine-color-teal-6)',
                      }}
                    />
                  </div>
                  <Text size="xs" c={over ? 'red' : 'dimmed'}>
                    {over
                      ? t('people.overBy', { hours: hours(m.overByHours) })
                      : m.freeHours === null
                        ? t('people.noCapacity')
                        : t('people.free', { hours: hours(m.freeHours) })}
                  </Text>
                </Stack>
              </Paper>
            </Tooltip>
          );
        })}
      </Group>
    </Paper>
  );
}
