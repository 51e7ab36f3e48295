import { Grid, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { AnchorLink } from '../../ui/AnchorLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { NotFound } from '../../ui/NotFound';
import { personQuery } from '../people/peopleQueries';
import { AssessmentForm } from './AssessmentForm';
import { defaultPeriod, resultsQuery } from './assessmentQueries';
import { ResultsPanel } from './ResultsPanel';

const route = getRouteApi('/app/managers/$personId/assess');

/** A director assesses an account manager, with what was measured over the same period beside the form. */
export function NewAssessmentPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { personId } = route.useParams();
  const person = useQuery(personQuery(personId));
  const [period, setPeriod] = useState(defaultPeriod);
  const results = useQuery(resultsQuery(personId, period.from, period.to));

  if (isApiError(person.error, 404) || isApiError(person.error, 400)) return <NotFound />;
  if (person.error) return <ErrorAlert error={person.error} />;
  if (!person.data) return <Loading />;

  return (
    <>
      <Stack gap={6} mb="lg">
        <AnchorLink to="/managers/$personId" params={{ personId }} size="sm" c="dimmed">
          <Group gap={4} component="span">
            <IconChevronLeft size={14} />

            {person.data.name}
          </Group>
        </AnchorLink>
        <Title order={2}>{t('assessments.newTitle', { name: person.data.name })}</Title>
        <Text c="dimmed">{t('assessments.newIntro')}</Text>
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <AssessmentForm
            personId={personId}
            assessment={null}
            initialPeriod={period}
            onPeriod={setPeriod}
            onCancel={() => void navigate({ to: '/managers/$personId', params: { personId } })}
            onSaved={(saved) => {
              notifications.show({ color: 'teal', message: t('assessments.saved') });
              void navigate({ to: '/assessments/$assessmentId', params: { assessmentId: saved.id } });
            }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <div style={{ position: 'sticky', top: 72 }}>
            {isApiError(results.error, 403) ? (
              <ErrorAlert error={results.error} />
            ) : results.data ? (
              <ResultsPanel results={results.data} title={t('assessments.results.sameTitle')} />
            ) : (
              <Loading />
            )}
          </div>
        </Grid.Col>
      </Grid>
    </>
  );
}
