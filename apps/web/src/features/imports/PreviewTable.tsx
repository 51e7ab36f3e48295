import { Group, ScrollArea, SegmentedControl, Table, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import type { ImportKindsResponse, ImportPreview } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportLabels } from './labels';
import { useReason } from './reasons';

type Field = ImportKindsResponse['items'][number]['fields'][number];
type Row = ImportPreview['rows'][number];
type Props = { preview: ImportPreview; fields: Field[] };

const normalize = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** A field's text as the file has it: its mapped columns joined with a space (as the server joins them). */
function rawValue(row: Row, header: string[], columns: string[] | undefined): string {
  if (!columns) return '';
  return columns
    .map((c) => header.findIndex((h) => normalize(h) === normalize(c)))
    .map((i) => (i >= 0 ? (row.cells[i] ?? '').trim() : ''))
    .filter((v) => v !== '')
    .join(' ');
}

/** Short values that read badly when wrapped. */
const compact = new Set([
  'date',
  'month',
  'from',
  'hours',
  'currency',
  'rate',
  'hourly',
  'revenue',
  'deliveryCost',
  'phone',
  'email',
  'capacity',
]);
const badRow = { background: 'var(--mantine-color-red-light)' };
const badCell = { color: 'var(--mantine-color-red-text)', fontWeight: 600 };

/**
 * The first rows of the file, each checked exactly as the import will check it: "as imported" shows
 * the values Vested will store (names resolved, dates and hours normalised, the role taken from the
 * team when the file has none); "as in the file" shows the file's own columns. A bad row is red with
 * its reason, the wrong value marked.
 */
export function PreviewTable({ preview, fields }: Props) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  const reason = useReason();
  const [mode, setMode] = useState<'imported' | 'file'>('imported');
  // Until every required field has a column, rows cannot be checked: show the file as it is.
  const mapped = Object.keys(preview.mappingProblems).length === 0;
  const view = mapped ? mode : 'file';
  const shown = fields.filter(
    (f) => preview.mapping[f.name]?.length || preview.rows.some((r) => r.values?.[f.name] != null),
  );
  const value = (row: Row, field: string): string => {
    if (!row.values) return rawValue(row, preview.header, preview.mapping[field]);
    const v = row.values[field];
    if (v === null || v === undefined || v === '') return '—';
    if (field === 'role' && typeof v === 'string') return t(`teamRole.${v}`, { defaultValue: v });
    return String(v);
  };

  const check = (row: Row) =>
    row.ok ? (
      <Group gap={4} wrap="nowrap">
        <ThemeIcon size="sm" radius="xl" color="teal" variant="light">
          <IconCheck size={12} />
        </ThemeIcon>
        <Text size="sm" c="teal">
          {t('imports.preview.ok')}
        </Text>
      </Group>
    ) : (
      <Group gap={4} wrap="nowrap" align="flex-start">
        <IconAlertTriangle size={16} color="var(--mantine-color-red-text)" style={{ flexShrink: 0 }} />
        <Text size="sm" c="red" data-testid="preview-row-reason">
          {reason(row.error?.reason ?? '')}
        </Text>
      </Group>
    );

  return (
    <>
      {mapped && (
        <Group>
          <SegmentedControl
            size="xs"
            value={mode}
            onChange={(v) => setMode(v === 'file' ? 'file' : 'imported')}
            data={[
              { value: 'imported', label: t('imports.preview.asImported') },
              { value: 'file', label: t('imports.preview.asInFile') },
            ]}
          />
        </Group>
      )}
      <ScrollArea type="auto" offsetScrollbars>
        <Table verticalSpacing={6} fz="sm" withTableBorder data-testid="preview-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64}>{t('imports.preview.line')}</Table.Th>
              {view === 'imported'
                ? shown.map((f) => <Table.Th key={f.name}>{labels.field(f.name, f.label)}</Table.Th>)
                : preview.header.map((h, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a header may repeat a column name
                    <Table.Th key={i} style={{ whiteSpace: 'nowrap' }}>
                      {h}
                    </Table.Th>
                  ))}
              {mapped && <Table.Th miw={220}>{t('imports.preview.check')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.map((row) => (
              <Table.Tr
                key={row.line}
                style={mapped && !row.ok ? badRow : undefined}
                data-testid="preview-row"
                data-ok={row.ok}
                data-line={row.line}
              >
                <Table.Td>{row.line}</Table.Td>
                {view === 'imported'
                  ? shown.map((f) => (
                      <Table.Td
                        key={f.name}
                        style={{
                          ...(compact.has(f.name) && { whiteSpace: 'nowrap' }),
                          ...(!row.ok && row.error?.field === f.name && badCell),
                        }}
                      >
                        {value(row, f.name)}
                      </Table.Td>
                    ))
                  : preview.header.map((_, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                      <Table.Td key={i} style={{ whiteSpace: 'nowrap' }}>
                        {row.cells[i] ?? ''}
                      </Table.Td>
                    ))}
                {mapped && <Table.Td>{check(row)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </>
  );
}
