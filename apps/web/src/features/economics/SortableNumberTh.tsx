import { Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import type { ReactNode } from 'react';

type Props = { field: string; sort: string; onSort: (sort: string) => void; children: ReactNode };

/**
 * ui/SortableTh for a column of amounts: right-aligned over right-aligned figures. Large figures sort
 * descending first, which is what one looks for in money.
 */
export function SortableNumberTh({ field, sort, onSort, children }: Props) {
  const active = sort === field || sort === `-${field}`;
  const descending = sort === `-${field}`;
  const Icon = !active ? IconArrowsSort : descending ? IconArrowDown : IconArrowUp;
  return (
    <Table.Th ta="right" aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton
        onClick={() => onSort(active && descending ? field : `-${field}`)}
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4, fontWeight: 600, fontSize: 'inherit' }}
      >
        <Icon size={14} stroke={1.5} opacity={active ? 1 : 0.4} />
        {children}
      </UnstyledButton>
    </Table.Th>
  );
}
