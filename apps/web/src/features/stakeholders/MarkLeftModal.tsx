import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ContactDetail } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n';
import { api, isApiError } from '../../lib/api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { todayIso } from '../../ui/format';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { refreshContact } from './stakeholderQueries';

/** The contact left the company: keeps their history, drops out of the current figures. */
export function MarkLeftModal({ contact, onClose }: { contact: ContactDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [leftOn, setLeftOn] = useState(todayIso());
  const save = useMutation({
    mutationFn: () => api.post(`/api/v1/contacts/${contact.id}/left`, { leftOn, version: contact.version }),
    onSuccess: async () => {
      await refreshContact(queryClient, contact.accountId, contact.id);
      onClose();
    },
  });
  const stale = isApiError(save.error, 409);
  return (
    <Modal opened onClose={onClose} title={t('contacts.markLeft')} centered>
      <Stack>
        <Text size="sm">{t('contacts.markLeftText', { name: contact.name })}</Text>
        <TextInput
          label={t('contacts.fields.leftOn')}
          type="date"
          value={leftOn}
          onChange={(e) => setLeftOn(e.currentTarget.value)}
          error={message(isApiError(save.error, 400) ? save.error.fields?.leftOn : undefined)}
          data-testid="left-on"
        />
        {stale && (
          <StaleVersionAlert
            onReload={() => {
              save.reset();
              void refreshContact(queryClient, contact.accountId, contact.id);
            }}
          />
        )}
        {save.error && !stale && <ErrorAlert error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="orange"
            onClick={() => save.mutate()}
            loading={save.isPending}
            data-testid="confirm-left"
          >
            {t('contacts.markLeft')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
