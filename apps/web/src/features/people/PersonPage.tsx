import { Anchor, Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { useMe } from '../../lib/me';
import { AnchorLink } from '../../ui/AnchorLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { NotFound } from '../../ui/NotFound';
import { PersonAssessmentsPanel } from '../assessments/PersonAssessmentsPanel';
import { CapacityStrip } from './CapacityStrip';
import { PersonAccountsPanel } from './PersonAccountsPanel';
import { PersonDetails } from './PersonDetails';
import { PersonEditForm } from './PersonEditForm';
import { PersonSkillsPanel } from './PersonSkillsPanel';
import { personQuery } from './peopleQueries';
import { TrainingsPanel } from './TrainingsPanel';

const route = getRouteApi('/app/people/$personId');

export function PersonPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { personId } = route.useParams();
  const { data: person, error, isPending } = useQuery(personQuery(personId));
  const [editing, setEditing] = useState(false);

  if (isApiError(error, 404) || isApiError(error, 400)) return <NotFound />;
  if (error) return <ErrorAlert error={error} />;
  if (isPending || !person) return <Loading />;
  const managesAccounts = person.accounts.some((a) => a.role === 'account_manager');
  const seesAssessments = person.permissions.assess || me.personId === person.id;

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
            {person.load.overAllocated && (
              <Badge color="red" data-testid="person-over-allocated">
                {t('people.overAllocatedBadge', { hours: person.load.overByHours })}
              </Badge>
            )}
          </Group>
          {person.permissions.edit && !editing && (
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
        <Text c="dimmed">
          {[person.title, person.department, person.location].filter(Boolean).join(' · ')}
        </Text>
      </Stack>
      {editing ? (
        <PersonEditForm person={person} onDone={() => setEditing(false)} />
      ) : (
        <PersonDetails person={person} />
      )}
      <Stack mt="lg" gap="lg">
        <CapacityStrip personId={person.id} />
        <Grid>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <PersonAccountsPanel person={person} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <PersonSkillsPanel skills={person.skills} />
          </Grid.Col>
        </Grid>
        {seesAssessments && (
          <PersonAssessmentsPanel
            personId={person.id}
            managesAccounts={managesAccounts}
            canAssess={person.permissions.assess}
          />
        )}
        <Grid>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <TrainingsPanel personId={person.id} canEdit={person.permissions.edit} />
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
                  <AnchorLink
                    to="/matrix"
                    search={{ lineManagerPersonId: person.id, groupBy: 'lineManager' }}
                    size="sm"
                    mt="xs"
                  >
                    {t('people.reportsInMatrix')}
                  </AnchorLink>
                </Stack>
              )}
            </Paper>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
