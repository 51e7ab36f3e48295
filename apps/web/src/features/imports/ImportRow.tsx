import { Badge, Button, Table, Text } from '@mantine/core';
import { IconArrowBackUp, IconFileAlert } from '@tabler/icons-react';
import type { ImportSummary } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';
import { useImportLabels } from './labels';

const statusColor = { committed: 'teal', failed: 'red', undone: 'gray' } as const;

type Props = {
  item: ImportSummary;
  kindLabel: string;
  mayUndo: boolean;
  onReport: () => void;
  onUndo: () => void;
};

/** One import in the history: when, who, what, the file, its rows, how it ended, its errors, undo. */
export function ImportRow({ item: i, kindLabel, mayUndo, onReport, onUndo }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useImportLabels();
  const format = useFormat();
  const locale = i18n.language === 'ru' ? 'ru-RU' : 'en-GB';

  return (
    <Table.Tr data-testid="import-row" data-status={i.status} data-file={i.fileName}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(i.createdAt)}</Table.Td>
      <Table.Td>{i.createdBy.name ?? t('imports.history.someone')}</Table.Td>
      <Table.Td>{kindLabel}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
          {i.fileName}
        </Text>
        <Text size="xs" c="dimmed">
          {i.format.toUpperCase()}
          {i.preset && i.preset !== 'generic' ? ` · ${labels.preset(i.preset)}` : ''}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm">{i.rowCount.toLocaleString(locale)}</Text>
        {i.status !== 'failed' && (
          <Text size="xs" c="dimmed">
            {t('imports.history.rowsDetail', { written: i.writtenCount, skipped: i.skippedCount })}
          </Text>
        )}
      </Table.Td>
      <Table.Td miw={150}>
        <Badge
          color={statusColor[i.status]}
          variant="light"
          styles={{ label: { overflow: 'visible' } }}
          data-testid="import-status"
        >
          {labels.status(i.status)}
        </Badge>
        {i.undoneAt && (
          <Text size="xs" c="dimmed" mt={2}>
            {t('imports.history.undoneBy', {
              when: format.dateTime(i.undoneAt),
              who: i.undoneBy?.name ?? t('imports.history.someone'),
            })}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">
        {i.errorCount > 0 ? (
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            leftSection={<IconFileAlert size={14} />}
            onClick={onReport}
            aria-label={t('imports.history.reportTitle', { file: i.fileName })}
            data-testid="import-report"
          >
            {i.errorCount.toLocaleString(locale)}
          </Button>
        ) : (
          '—'
        )}
      </Table.Td>
      <Table.Td ta="right">
        {mayUndo && (
          <Button
            size="compact-sm"
            variant="light"
            color="orange"
            leftSection={<IconArrowBackUp size={14} />}
            onClick={onUndo}
            data-testid="import-undo"
          >
            {t('imports.history.undo')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
