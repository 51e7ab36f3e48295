import { Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronLeft, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { canOnWorkspace } from '@vested/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { useMe } from '../../lib/me';
import { AnchorLink } from '../../ui/AnchorLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { NotFound } from '../../ui/NotFound';
import { AssessmentForm } from './AssessmentForm';
import { assessmentQuery } from './assessmentQueries';
import { ResultsPanel } from './ResultsPanel';
import { ScoresPanel } from './ScoresPanel';

const route = getRouteApi('/app/assessments/$assessmentId');

/** The AM results page: one assessment beside the results measured over the same period. */
export function AssessmentPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const { assessmentId } = route.useParams();
  const { data, error } = useQuery(assessmentQuery(assessmentId));
  const [editing, setEditing] = useState(false);
  const mayEdit = canOnWorkspace({ userId: me.id, role: me.role, personId: me.personId }, 'assessManager');

  if (isApiError(error, 404) || isApiError(error, 400)) return <NotFound />;
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Loading />;

  return (
    <>
      <Stack gap={6} mb="lg">
        <AnchorLink to="/managers/$personId" params={{ personId: data.personId }} size="sm" c="dimmed">
          <Group gap={4} component="span">
            <IconChevronLeft size={14} />

            {t('assessments.historyOf', { name: data.personName })}
          </Group>
        </AnchorLink>
        <Group justify="space-between">
          <Title order={2} data-testid="assessment-title">
            {t('assessments.title', { name: data.personName })}
          </Title>
          {mayEdit && !editing && (
            <Button
              variant="light"
              leftSection={<IconPencil size={16} />}
              onClick={() => setEditing(true)}
              data-testid="edit-assessment"
            >
              {t('common.edit')}
            </Button>
          )}
        </Group>
        <Text c="dimmed">
          {t('assessments.periodText', {
            from: format.date(data.periodFrom),
            to: format.date(data.periodTo),
          })}
        </Text>
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          {editing ? (
            <AssessmentForm
              personId={data.personId}
              assessment={data}
              onCancel={() => setEditing(false)}
              onSaved={() => {
                notifications.show({ color: 'teal', message: t('assessments.saved') });
                setEditing(false);
              }}
            />
          ) : (
            <ScoresPanel assessment={data} />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <ResultsPanel results={data.results} />
        </Grid.Col>
      </Grid>
    </>
  );
}
