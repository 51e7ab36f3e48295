import { ActionIcon, Button, Group, Paper, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Training } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { trainingsQuery } from './peopleQueries';
import { TrainingModal } from './TrainingModal';

/** Trainings and workshops the person attended (PRODUCT.md idea 10), newest first. */
export function TrainingsPanel({ personId, canEdit }: { personId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const { data, error } = useQuery(trainingsQuery(personId));
  const [editing, setEditing] = useState<Training | 'new' | null>(null);
  const [removing, setRemoving] = useState<Training | null>(null);
  const remove = useMutation({
    mutationFn: (tr: Training) => api.delete(`/api/v1/people/${personId}/trainings/${tr.id}`),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('people.trainings.removed') });
      setRemoving(null);
      await queryClient.invalidateQueries({ queryKey: trainingsQuery(personId).queryKey });
    },
  });
  const items = [...(data?.items ?? [])].sort((a, b) => (a.date < b.date ? 1 : -1));
  const columns = canEdit ? 4 : 3;

  return (
    <Paper withBorder p="lg" radius="md" data-testid="trainings-panel">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('people.trainings.title')}</Title>
        {canEdit && (
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setEditing('new')}
            data-testid="add-training"
          >
            {t('people.trainings.add')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={error} />
      <Table verticalSpacing="xs">
        <Table.Tbody>
          {items.map((tr) => (
            <Table.Tr key={tr.id} data-testid="training-row">
              <Table.Td w={130}>
                <Text size="sm" c="dimmed">
                  {format.date(tr.date)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {tr.title}
                </Text>
                {tr.notes && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {tr.notes}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{tr.provider ?? ''}</Text>
              </Table.Td>
              {canEdit && (
                <Table.Td w={80}>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label={t('common.edit')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('common.edit')}
                        onClick={() => setEditing(tr)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('common.remove')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('common.remove')}
                        onClick={() => setRemoving(tr)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
          {data && items.length === 0 && <EmptyRow columns={columns}>{t('people.trainings.empty')}</EmptyRow>}
        </Table.Tbody>
      </Table>
      {editing && (
        <TrainingModal
          personId={personId}
          training={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmModal
        opened={removing !== null}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        title={t('people.trainings.removeTitle')}
        confirmLabel={t('common.remove')}
        color="red"
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing)}
      >
        {t('people.trainings.removeConfirm', { title: removing?.title ?? '' })}
      </ConfirmModal>
    </Paper>
  );
}
