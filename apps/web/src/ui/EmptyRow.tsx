import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** The one row a table shows when it has nothing to list: a sentence across every column. */
export function EmptyRow({
  columns,
  children,
  testId,
}: {
  columns: number;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Table.Tr>
      <Table.Td colSpan={columns}>
        <Text c="dimmed" ta="center" py="lg" size="sm" data-testid={testId}>
          {children}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
