import { Box, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { MatrixPage, MatrixRow } from '@vested/contracts';
import { type CSSProperties, Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/AnchorLink';
import { useRoleLabel } from '../accounts/team/teamQueries';
import { hours } from '../people/months';

const NAME_W = 220;
const TOTAL_W = 120;
const CELL_W = 128;

const sticky = (left: number, width: number, z = 2): CSSProperties => ({
  position: 'sticky',
  left,
  width,
  minWidth: width,
  maxWidth: width,
  zIndex: z,
  background: 'var(--mantine-color-body)',
});
const head: CSSProperties = {
  position: 'sticky',
  top: 0,
  zIndex: 3,
  background: 'var(--mantine-color-body)',
};

/**
 * People (rows, grouped) × the accounts of the page's cells (columns). The name and total columns stay
 * put while the accounts scroll sideways; the header stays while the people scroll down.
 */
export function MatrixTable({ page }: { page: MatrixPage }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const groups: { key: string; name: string; rows: MatrixRow[] }[] = [];
  for (const row of page.items) {
    const key = row.group.key ?? '';
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.rows.push(row);
    else groups.push({ key, name: row.group.name ?? t('matrix.noGroup'), rows: [row] });
  }
  const columns = page.accounts;

  return (
    <Box style={{ overflow: 'auto', maxHeight: 'calc(100vh - 260px)' }} data-testid="matrix-scroll">
      <Table
        withColumnBorders
        verticalSpacing={6}
        horizontalSpacing="xs"
        style={{ width: 'max-content' }}
        data-testid="matrix-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ ...head, ...sticky(0, NAME_W, 4) }}>{t('matrix.person')}</Table.Th>
            <Table.Th style={{ ...head, ...sticky(NAME_W, TOTAL_W, 4) }} ta="right">
              {t('matrix.total')}
            </Table.Th>
            {columns.map((a) => (
              <Table.Th
                key={a.accountId}
                style={{ ...head, width: CELL_W, minWidth: CELL_W, maxWidth: CELL_W }}
              >
                <Tooltip label={a.name} openDelay={300}>
                  <Text size="xs" fw={700} truncate="end">
                    {a.view === 'full' ? (
                      <AnchorLink
                        to="/accounts/$accountId"
                        params={{ accountId: a.accountId }}
                        search={{ tab: 'team' }}
                        size="xs"
                        fw={700}
                      >
                        {a.name}
                      </AnchorLink>
                    ) : (
                      a.name
                    )}
                  </Text>
                </Tooltip>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((g) => (
            <Fragment key={`g-${g.key}`}>
              <Table.Tr data-testid="matrix-group">
                <Table.Td
                  colSpan={2}
                  style={{ ...sticky(0, NAME_W + TOTAL_W), background: 'var(--mantine-color-default-hover)' }}
                >
                  <Text size="xs" fw={700} tt="uppercase" c="dimmed" truncate="end">
                    {g.name}
                  </Text>
                </Table.Td>
                <Table.Td
                  colSpan={Math.max(columns.length, 1)}
                  style={{ background: 'var(--mantine-color-default-hover)' }}
                />
              </Table.Tr>
              {g.rows.map((r) => (
                <Table.Tr
                  key={r.personId}
                  data-testid="matrix-row"
                  data-over={r.overAllocated ? 'true' : 'false'}
                >
                  <Table.Td style={sticky(0, NAME_W)}>
                    <AnchorLink
                      to="/people/$personId"
                      params={{ personId: r.personId }}
                      size="sm"
                      fw={600}
                      truncate="end"
                      display="block"
                    >
                      {r.name}
                    </AnchorLink>
                    <Text size="xs" c="dimmed" truncate="end">
                      {r.title ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td
                    style={{
                      ...sticky(NAME_W, TOTAL_W),
                      background: r.overAllocated
                        ? 'var(--mantine-color-red-light)'
                        : 'var(--mantine-color-body)',
                    }}
                    ta="right"
                    data-testid="matrix-total"
                  >
                    <Tooltip
                      label={
                        r.overAllocated
                          ? t('people.overBy', { hours: hours(r.overByHours) })
                          : r.freeHours === null
                            ? t('people.noCapacity')
                            : t('people.free', { hours: hours(r.freeHours) })
                      }
                    >
                      <Text size="sm" fw={700} c={r.overAllocated ? 'red' : undefined}>
                        {hours(r.allocatedHours)}
                        <Text span size="xs" c="dimmed" fw={400}>
                          {' / '}
                          {r.capacityHours === null ? '—' : hours(r.capacityHours)}
                        </Text>
                      </Text>
                    </Tooltip>
                    {r.otherAccountsHours > 0 && (
                      <Text size="xs" c="dimmed">
                        {t('matrix.elsewhere', { hours: hours(r.otherAccountsHours) })}
                      </Text>
                    )}
                  </Table.Td>
                  {columns.map((a) => {
                    const cells = r.cells.filter((c) => c.accountId === a.accountId);
                    return (
                      <Table.Td
                        key={a.accountId}
                        style={{ width: CELL_W, minWidth: CELL_W, maxWidth: CELL_W }}
                      >
                        {cells.length > 0 && (
                          <Stack gap={2}>
                            {cells.map((c) => (
                              <Tooltip
                                key={`${c.role}-${c.from}`}
                                label={t('matrix.cellTooltip', {
                                  role: roleLabel(c.role, c.roleName),
                                  hours: c.hoursPerMonth,
                                  account: c.accountName,
                                })}
                              >
                                <div data-testid="matrix-cell">
                                  <Text size="xs" truncate="end">
                                    {roleLabel(c.role, c.roleName)}
                                  </Text>
                                  <Text size="sm" fw={600}>
                                    {hours(c.hours)} {t('people.hoursUnit')}
                                  </Text>
                                </div>
                              </Tooltip>
                            ))}
                          </Stack>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
