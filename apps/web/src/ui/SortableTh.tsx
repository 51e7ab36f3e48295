import { Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import type { ReactNode } from 'react';

type Props = { field: string; sort: string; onSort: (sort: string) => void; children: ReactNode };

/** A column header that sorts by `field` and toggles ascending / descending (`-field`). */
export function SortableTh({ field, sort, onSort, children }: Props) {
  const active = sort === field || sort === `-${field}`;
  const descending = sort === `-${field}`;
  const Icon = !active ? IconArrowsSort : descending ? IconArrowDown : IconArrowUp;
  return (
    <Table.Th aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton
        onClick={() => onSort(active && !descending ? `-${field}` : field)}
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4, fontWeight: 600, fontSize: 'inherit' }}
      >
        {children}
        <Icon size={14} stroke={1.5} opacity={active ? 1 : 0.4} />
      </UnstyledButton>
    </Table.Th>
  );
}
