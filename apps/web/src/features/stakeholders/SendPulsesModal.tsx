import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CreatedPulses, CreatePulsesBody } from '@vested/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useMessage } from '../../i18n';
import { api } from '../../lib/api';
import {
  applyServerFieldErrors,
  fieldError,
  isFieldError,
  useFormState,
  zodFieldErrors,
} from '../../lib/forms';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { mapKey, orgChartQuery } from './stakeholderQueries';

type Props = { accountId: string; onClose: () => void };
const deliveryColor = { emailed: 'teal', failed: 'red', no_email: 'gray', not_configured: 'gray' } as const;
type Created = z.infer<typeof CreatedPulses>['items'];

/** Choose contacts, send each a single-use pulse link; the links are shown once, to copy. */
export function SendPulsesModal({ accountId, onClose }: Props) {
  const { t } = useTranslation();
  const message = useMessage();
  const format = useFormat();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormState<{ contactIds: string[]; expiresInDays: number }>({
    contactIds: [],
    expiresInDays: 14,
  });
  const [created, setCreated] = useState<Created | null>(null);
  const chart = useQuery(orgChartQuery(accountId));
  const options = (chart.data?.nodes ?? [])
    .filter((n) => n.status === 'active')
    .map((n) => ({
      value: n.id,
      label: [n.name, n.email ?? t('pulses.noEmail')].join(' · '),
    }));

  const send = useMutation({
    mutationFn: (body: CreatePulsesBody) =>
      api.post(`/api/v1/accounts/${accountId}/pulses`, body, { schema: CreatedPulses }),
    onSuccess: async (result) => {
      setCreated(result.items);
      await queryClient.invalidateQueries({ queryKey: mapKey(accountId) });
    },
    onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = CreatePulsesBody.safeParse(form.values);
    if (!parsed.success) return form.setErrors(zodFieldErrors(parsed.error));
    send.mutate(form.values);
  };
  const absolute = (link: string) => new URL(link, window.location.origin).toString();

  return (
    <Modal opened onClose={onClose} title={t('pulses.sendTitle')} size="lg" centered>
      {created ? (
        <Stack data-testid="pulse-links">
          <Alert color={created.some((p) => p.delivery === 'failed') ? 'orange' : 'teal'}>
            {created.every((p) => p.delivery === 'not_configured')
              ? t('pulses.createdText')
              : t('pulses.emailedText', {
                  emailed: created.filter((p) => p.delivery === 'emailed').length,
                  total: created.length,
                })}
          </Alert>
          <Table verticalSpacing="xs">
            <Table.Tbody>
              {created.map((p) => (
                <Table.Tr key={p.id} data-testid="pulse-link-row">
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {p.contactName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('pulses.expires', { date: format.dateTime(p.expiresAt) })}
                    </Text>
                    {p.delivery !== 'not_configured' && (
                      <Tooltip label={p.deliveryError} disabled={!p.deliveryError} multiline w={300}>
                        <Badge
                          mt={4}
                          size="sm"
                          variant="light"
                          color={deliveryColor[p.delivery]}
                          data-testid="pulse-delivery"
                        >
                          {t(`pulses.delivery.${p.delivery}`)}
                        </Badge>
                      </Tooltip>
                    )}
                  </Table.Td>
                  <Table.Td maw={300}>
                    <Code style={{ wordBreak: 'break-all' }} data-testid="pulse-link">
                      {absolute(p.link)}
                    </Code>
                  </Table.Td>
                  <Table.Td>
                    <CopyButton value={absolute(p.link)}>
                      {({ copied, copy }) => (
                        <Tooltip label={copied ? t('common.copied') : t('common.copy')}>
                          <ActionIcon
                            variant="subtle"
                            color={copied ? 'teal' : 'gray'}
                            onClick={copy}
                            aria-label={t('common.copy')}
                          >
                            {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </CopyButton>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form ref={formRef} onSubmit={submit} noValidate data-testid="send-pulses-form">
          <Stack>
            <Text size="sm" c="dimmed">
              {t('pulses.intro')}
            </Text>
            <MultiSelect
              label={t('pulses.contacts')}
              data={options}
              searchable
              value={form.values.contactIds}
              onChange={(v) => form.set('contactIds', v)}
              error={message(fieldError(form.errors, 'contactIds'))}
              data-autofocus
              data-testid="pulse-contacts"
            />
            <NumberInput
              label={t('pulses.expiresInDays')}
              min={1}
              max={90}
              value={form.values.expiresInDays}
              onChange={(v) => form.set('expiresInDays', typeof v === 'number' ? v : 14)}
              error={message(fieldError(form.errors, 'expiresInDays'))}
              w={200}
            />
            {send.error && !isFieldError(send.error) && <ErrorAlert error={send.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={send.isPending} data-testid="send-pulses">
                {t('pulses.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
