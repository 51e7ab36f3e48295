import {
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconChevronLeft, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { useMe } from '../../lib/me';
import { AnchorLink } from '../../ui/AnchorLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { NotFound } from '../../ui/NotFound';
import { PersonEditForm } from './PersonEditForm';
import { personQuery } from './peopleQueries';

const route = getRouteApi('/app/people/$personId');

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

export function PersonPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const { personId } = route.useParams();
  const { data: person, error, isPending } = useQuery(personQuery(personId));
  const [editing, setEditing] = useState(false);

  if (isApiError(error, 404) || isApiError(error, 400)) return <NotFound />;
  if (error) return <ErrorAlert error={error} />;
  if (isPending || !person) return <Loading />;
  const none = t('common.none');

  return (
    <>
      <Stack gap={6} mb="lg">
        <Anchor component={Link} to="/people" size="sm" c="dimmed">
          <Group gap={4}>
            <IconChevronLeft size={14} />
            {t('nav.people')}
          </Group>
        </Anchor>
        <Group justify="space-between">
          <Group gap="sm">
            <Title order={2} data-testid="person-name">
              {person.name}
            </Title>
            {!person.active && <Badge color="gray">{t('common.inactive')}</Badge>}
          </Group>
          {me.can.managePeople && !editing && (
            <Button
              variant="light"
              leftSection={<IconPencil size={16} />}
              onClick={() => setEditing(true)}
              data-testid="edit-person"
            >
              {t('common.edit')}
            </Button>
          )}
        </Group>
        <Text c="dimmed">{[person.title, person.department].filter(Boolean).join(' · ')}</Text>
      </Stack>
      {editing ? (
        <PersonEditForm person={person} onDone={() => setEditing(false)} />
      ) : (
        <Paper withBorder p="lg" radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
            <Field label={t('people.fields.email')}>{person.email ?? none}</Field>
            <Field label={t('people.fields.title')}>{person.title ?? none}</Field>
            <Field label={t('people.fields.department')}>{person.department ?? none}</Field>
            <Field label={t('people.fields.lineManager')}>
              {person.lineManagerPersonId && person.lineManagerName ? (
                <AnchorLink to="/people/$personId" params={{ personId: person.lineManagerPersonId }}>
                  {person.lineManagerName}
                </AnchorLink>
              ) : (
                none
              )}
            </Field>
            <Field label={t('people.fields.active')}>
              {person.active ? t('common.yes') : t('common.no')}
            </Field>
            <Field label={t('people.fields.user')}>{person.userId ? t('common.yes') : t('common.no')}</Field>
          </SimpleGrid>
        </Paper>
      )}
      <Grid mt="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p="lg" radius="md" h="100%">
            <Title order={4} mb="sm">
              {t('people.accounts')}
            </Title>
            {person.accounts.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t('people.noAccounts')}
              </Text>
            ) : (
              <Table verticalSpacing="xs">
                <Table.Tbody>
                  {person.accounts.map((a) => (
                    <Table.Tr key={`${a.accountId}-${a.role}-${a.from}`} data-testid="person-account-row">
                      <Table.Td>
                        <AnchorLink to="/accounts/$accountId" params={{ accountId: a.accountId }}>
                          {a.accountName}
                        </AnchorLink>
                      </Table.Td>
                      <Table.Td>{t(`teamRole.${a.role}`, { defaultValue: a.role })}</Table.Td>
                      <Table.Td>
                        <Text size="sm" c="dimmed">
                          {format.date(a.from)} – {a.to ? format.date(a.to) : ''}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="lg" radius="md" h="100%">
            <Title order={4} mb="sm">
              {t('people.reports')}
            </Title>
            {person.reports.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t('people.noReports')}
              </Text>
            ) : (
              <Stack gap={4}>
                {person.reports.map((r) => (
                  <AnchorLink key={r.id} to="/people/$personId" params={{ personId: r.id }}>
                    {r.name}
                  </AnchorLink>
                ))}
              </Stack>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
    </>
  );
}
