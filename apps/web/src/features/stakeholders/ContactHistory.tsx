import { Alert, Paper, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { Pager } from '../../ui/Pager';
import { contactHistoryQuery } from './stakeholderQueries';

/** What changed on the contact, who changed it and when. */
export function ContactHistory({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const { data, error } = useQuery(contactHistoryQuery(contactId, page));
  const missing = isApiError(error, 404);

  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={4} mb="sm">
        {t('history.title')}
      </Title>
      {missing ? (
        <Alert color="gray" data-testid="contact-history-missing">
          {t('contacts.historyInAccount')}
        </Alert>
      ) : (
        <ErrorAlert error={error} />
      )}
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
                    {t(`history.action.${e.action}`, { defaultValue: e.action })} ·{' '}
                    {t(`history.entity.${e.entityType}`, { defaultValue: e.entityType })}
                  </Table.Td>
                  <Table.Td>
                    {Object.keys(e.changes)
                      .map((f) => t(`contacts.fields.${f}`, { defaultValue: f }))
                      .join(', ') || t('common.none')}
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
