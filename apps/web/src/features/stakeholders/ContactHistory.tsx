import { Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { Pager } from '../../ui/Pager';
import { contactHistoryQuery } from './stakeholderQueries';

/** Each change as "field: new value" (the value it had, when it was removed); ids and objects by name only. */
function changesLine(changes: AuditEntry['changes'], label: (field: string) => string): string {
  return Object.entries(changes)
    .map(([field, { before, after }]) => {
      const value = after ?? before;
      const shown =
        typeof value === 'string' || typeof value === 'number'
          ? String(value)
          : Array.isArray(value) && value.every((v) => typeof v === 'string')
            ? value.join('; ')
            : null;
      if (field.endsWith('Id') || field === 'sides') return label(field);
      return shown === null ? label(field) : `${label(field)}: ${shown.slice(0, 60)}`;
    })
    .join(' · ');
}

/** What happened to the contact — edits, readings, pulses, owners, leaving, conflicts — who did it and when. */
export function ContactHistory({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const { data, error } = useQuery(contactHistoryQuery(contactId, page));

  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={4} mb="sm">
        {t('history.title')}
      </Title>
      <ErrorAlert error={error} />
      {data && (
        <>
          <Table verticalSpacing="xs" data-testid="contact-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('history.when')}</Table.Th>
                <Table.Th>{t('history.who')}</Table.Th>
                <Table.Th>{t('history.what')}</Table.Th>
                <Table.Th>{t('history.changes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{format.dateTime(e.at)}</Table.Td>
                  <Table.Td>{e.actorName ?? t('history.system')}</Table.Td>
                  <Table.Td>
                    {t(`contactHistory.action.${e.action}`, {
                      defaultValue: t(`history.action.${e.action}`, { defaultValue: e.action }),
                    })}{' '}
                    · {t(`history.entity.${e.entityType}`, { defaultValue: e.entityType })}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {changesLine(e.changes, (f) =>
                        t(`contactHistory.field.${f}`, {
                          defaultValue: t(`contacts.fields.${f}`, { defaultValue: f }),
                        }),
                      ) || t('common.none')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
              {data.items.length === 0 && <EmptyRow columns={4}>{t('history.empty')}</EmptyRow>}
            </Table.Tbody>
          </Table>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
        </>
      )}
    </Paper>
  );
}
