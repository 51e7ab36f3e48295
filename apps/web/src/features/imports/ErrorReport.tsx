import { Button, Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ImportDetail } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText, errorsCsv } from './errorsCsv';
import { useImportLabels } from './labels';
import { useReason } from './reasons';

const PAGE = 50;

/**
 * Every bad row of a failed import: its line in the file, the column and the reason, a page at a
 * time, with the whole list (as the server kept it: the first 1,000) to download as a CSV.
 */
export function ErrorReport({ detail }: { detail: ImportDetail }) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  const reason = useReason();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(detail.errors.length / PAGE));
  const rows = detail.errors.slice((page - 1) * PAGE, page * PAGE);
  const field = (name: string | null) => (name ? labels.field(name, name) : '');

  const download = () => {
    const csv = errorsCsv(
      detail.errors,
      [t('imports.report.line'), t('imports.report.field'), t('imports.report.reason')],
      field,
      reason,
    );
    const base = detail.fileName.replace(/\.[^.]+$/, '');
    downloadText(csv, t('imports.report.csvName', { file: base }));
  };

  return (
    <Stack gap="sm" data-testid="error-report">
      <Table verticalSpacing={6} fz="sm" withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t('imports.report.line')}</Table.Th>
            <Table.Th w={180}>{t('imports.report.field')}</Table.Th>
            <Table.Th>{t('imports.report.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((e) => (
            <Table.Tr key={`${e.line}-${e.field}-${e.reason}`} data-testid="error-row" data-line={e.line}>
              <Table.Td>{e.line}</Table.Td>
              <Table.Td>{field(e.field)}</Table.Td>
              <Table.Td>{reason(e.reason)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          <Button
            variant="light"
            leftSection={<IconDownload size={16} />}
            onClick={download}
            data-testid="download-errors"
          >
            {t('imports.result.download')}
          </Button>
          {detail.errorCount > detail.errors.length && (
            <Text size="sm" c="dimmed">
              {t('imports.result.errorsShown', { shown: detail.errors.length, count: detail.errorCount })}
            </Text>
          )}
        </Group>
        {pages > 1 && <Pagination value={page} onChange={setPage} total={pages} size="sm" />}
      </Group>
    </Stack>
  );
}
