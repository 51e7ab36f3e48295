import {
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconChevronLeft, IconDoorExit, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { AnchorLink } from '../../ui/AnchorLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { NotFound } from '../../ui/NotFound';
import { accountQuery } from '../accounts/accountQueries';
import { ContactEditForm } from './ContactEditForm';
import { ContactHistory } from './ContactHistory';
import { DecisionRoleIcon } from './DecisionRoleIcon';
import { InfluenceDots } from './InfluenceDots';
import { MarkLeftModal } from './MarkLeftModal';
import { OwnersCard } from './OwnersCard';
import { ReadingsCard } from './ReadingsCard';
import { moodColor, moodOf } from './satisfaction';
import { contactQuery } from './stakeholderQueries';

const route = getRouteApi('/app/accounts/$accountId/contacts/$contactId');

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

/** One client contact: who they are, where they sit, what they want, how satisfied, who on our side holds them. */
export function ContactPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { accountId, contactId } = route.useParams();
  const account = useQuery(accountQuery(accountId));
  const { data: contact, error, isPending } = useQuery(contactQuery(contactId));
  const [editing, setEditing] = useState(false);
  const [leaving, setLeaving] = useState(false);

  if (isApiError(error, 404) || isApiError(error, 400)) return <NotFound />;
  if (error) return <ErrorAlert error={error} />;
  if (isPending || !contact) return <Loading />;
  if (contact.accountId !== accountId) return <NotFound />;
  const canEdit = account.data?.permissions.update ?? false;
  const none = t('common.none');
  const score = contact.latestReading?.score;

  return (
    <>
      <Stack gap={6} mb="lg">
        <AnchorLink
          to="/accounts/$accountId"
          params={{ accountId }}
          search={{ tab: 'relationships' }}
          size="sm"
          c="dimmed"
        >
          <Group gap={4}>
            <IconChevronLeft size={14} />
            {account.data?.name ?? t('nav.accounts')} · {t('accounts.tabs.relationships')}
          </Group>
        </AnchorLink>
        <Group justify="space-between">
          <Group gap="sm">
            <Title order={2} data-testid="contact-name-title">
              {contact.name}
            </Title>
            <DecisionRoleIcon role={contact.decisionRole} size={28} />
            {contact.status === 'left' && (
              <Badge color="gray">{t('contacts.leftOn', { date: format.date(contact.leftOn) })}</Badge>
            )}
            <Badge
              color={moodColor[moodOf(score)]}
              variant={score === undefined ? 'outline' : 'filled'}
              size="lg"
            >
              {score === undefined ? t('contacts.noReading') : t('contacts.scoreOf', { score })}
            </Badge>
          </Group>
          {canEdit && !editing && (
            <Group gap="xs">
              {contact.status === 'active' && (
                <Button
                  variant="default"
                  leftSection={<IconDoorExit size={16} />}
                  onClick={() => setLeaving(true)}
                  data-testid="mark-left"
                >
                  {t('contacts.markLeft')}
                </Button>
              )}
              <Button
                variant="light"
                leftSection={<IconPencil size={16} />}
                onClick={() => setEditing(true)}
                data-testid="edit-contact"
              >
                {t('common.edit')}
              </Button>
            </Group>
          )}
        </Group>
        <Text c="dimmed">{[contact.title, contact.businessUnit].filter(Boolean).join(' · ')}</Text>
      </Stack>
      {editing ? (
        <ContactEditForm contact={contact} onDone={() => setEditing(false)} />
      ) : (
        <Paper withBorder p="lg" radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="lg">
            <Field label={t('contacts.fields.reportsTo')}>
              {contact.reportsToId && contact.reportsToName ? (
                <AnchorLink
                  to="/accounts/$accountId/contacts/$contactId"
                  params={{ accountId, contactId: contact.reportsToId }}
                >
                  {contact.reportsToName}
                </AnchorLink>
              ) : (
                none
              )}
            </Field>
            <Field label={t('contacts.fields.level')}>
              {contact.level ? t(`level.${contact.level}`) : none}
            </Field>
            <Field label={t('contacts.fields.decisionRole')}>
              {contact.decisionRole ? t(`decisionRole.${contact.decisionRole}`) : none}
            </Field>
            <Field label={t('contacts.fields.attitude')}>{t(`attitude.${contact.attitude}`)}</Field>
            <Field label={t('contacts.fields.influence')}>
              <InfluenceDots value={contact.influence} size={9} />
            </Field>
            <Field label={t('contacts.fields.interest')}>
              <InfluenceDots value={contact.interest} size={9} />
            </Field>
            <Field label={t('contacts.quadrant')}>{t(`quadrant.${contact.quadrant}`)}</Field>
            <Field label={t('contacts.fields.email')}>
              {contact.email ? <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor> : none}
            </Field>
            <Field label={t('contacts.fields.phone')}>{contact.phone ?? none}</Field>
            <Field label={t('contacts.fields.language')}>
              {contact.language ? t(`locale.${contact.language}`) : none}
            </Field>
          </SimpleGrid>
          {contact.notes && (
            <Text size="sm" mt="lg" style={{ whiteSpace: 'pre-wrap' }}>
              {contact.notes}
            </Text>
          )}
        </Paper>
      )}
      <Grid mt="lg" gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="lg" radius="md" h="100%">
            <Title order={4} mb="sm">
              {t('contacts.fields.interests')}
            </Title>
            {contact.interests.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t('contacts.noInterests')}
              </Text>
            ) : (
              <List spacing="xs" data-testid="contact-interests-list">
                {contact.interests.map((i) => (
                  <List.Item key={i}>
                    <Text size="sm" fs="italic">
                      “{i}”
                    </Text>
                  </List.Item>
                ))}
              </List>
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <OwnersCard contact={contact} canEdit={canEdit} />
        </Grid.Col>
      </Grid>
      <Stack gap="lg" mt="lg">
        <ReadingsCard
          contactId={contact.id}
          accountId={accountId}
          canEdit={canEdit && contact.status === 'active'}
        />
        <ContactHistory contactId={contact.id} />
      </Stack>
      {leaving && <MarkLeftModal contact={contact} onClose={() => setLeaving(false)} />}
    </>
  );
}
