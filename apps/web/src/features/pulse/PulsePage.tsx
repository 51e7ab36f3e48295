import {
  Alert,
  Box,
  Button,
  Center,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { PublicPulseForm, type PulseAnswerBody } from '@vested/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyLanguage, type Lang } from '../../i18n';
import { api, isApiError } from '../../lib/api';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { Loading } from '../../ui/Loading';
import { ScoreButtons } from './ScoreButtons';

const route = getRouteApi('/pulse/$token');

/** An emailed link says the contact's language (`?lang=ru`); the page opens in it. */
function languageOfLink(): Lang | null {
  const lang = new URLSearchParams(window.location.search).get('lang');
  return lang === 'en' || lang === 'ru' ? lang : null;
}

/** Why a link cannot be used, in the page's language: unknown, already answered, or expired. */
function useLinkProblem() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (isApiError(error, 404) || isApiError(error, 400)) return t('pulse.invalid');
    if (isApiError(error, 410)) {
      if (/answered/i.test(error.message)) return t('pulse.used');
      if (/expired/i.test(error.message)) return t('pulse.expired');
      return error.message;
    }
    if (isApiError(error, 429)) return t('auth.rateLimited');
    if (isApiError(error, 0)) return t('errors.network');
    return t('errors.title');
  };
}

function Shell({ children }: { children: React.ReactNode }) {
  return (
    <Center mih="100dvh" p="md" bg="gray.0">
      <Box w="100%" maw={560}>
        <Group justify="flex-end" mb="xs">
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} radius="lg">
          {children}
        </Paper>
      </Box>
    </Center>
  );
}

/** The client's satisfaction pulse: no sign-in, the token in the link is the only key; shows nothing else. */
export function PulsePage() {
  const { t, i18n } = useTranslation();
  const problem = useLinkProblem();
  const { token } = route.useParams();
  useEffect(() => {
    const lang = languageOfLink();
    if (lang) applyLanguage(lang);
  }, []);
  const [nps, setNps] = useState<number | null>(null);
  const [csat, setCsat] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const form = useQuery({
    queryKey: ['pulse', token],
    queryFn: () => api.get(`/api/pulse/${encodeURIComponent(token)}`, { schema: PublicPulseForm }),
    retry: false,
    refetchOnWindowFocus: false,
  });
  const answer = useMutation({
    mutationFn: (body: PulseAnswerBody) => api.post(`/api/pulse/${encodeURIComponent(token)}`, body),
  });

  if (form.isPending) return <Loading />;
  if (form.error || !form.data) {
    return (
      <Shell>
        <Stack align="center" ta="center" data-testid="pulse-problem">
          <ThemeIcon size={48} radius="xl" color="orange" variant="light">
            <IconAlertTriangle size={28} />
          </ThemeIcon>
          <Text size="lg">{problem(form.error)}</Text>
        </Stack>
      </Shell>
    );
  }
  if (answer.isSuccess) {
    return (
      <Shell>
        <Stack align="center" ta="center" data-testid="pulse-thanks">
          <ThemeIcon size={56} radius="xl" color="teal">
            <IconCheck size={32} />
          </ThemeIcon>
          <Title order={2}>{t('pulse.thanksTitle', { name: form.data.firstName })}</Title>
          <Text c="dimmed">{t('pulse.thanksText')}</Text>
        </Stack>
      </Shell>
    );
  }

  const q = i18n.language === 'ru' ? form.data.questions.ru : form.data.questions.en;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (nps === null) return setMissing(true);
    answer.mutate({ nps, csat, comment });
  };
  const serverFields = isApiError(answer.error, 400) ? answer.error.fields : undefined;
  const gone = isApiError(answer.error) && !isApiError(answer.error, 400);

  return (
    <Shell>
      <form onSubmit={submit} noValidate data-testid="pulse-form">
        <Stack gap="lg">
          <Title order={2} fz={{ base: 22, sm: 26 }}>
            {t('pulse.hello', { name: form.data.firstName })}
          </Title>
          <Text c="dimmed" mt={-12}>
            {t('pulse.intro')}
          </Text>
          <Stack gap={6}>
            <Text fw={600}>{q.recommend}</Text>
            <ScoreButtons
              from={0}
              to={10}
              value={nps}
              onChange={(v) => {
                setNps(v);
                setMissing(false);
              }}
              low={t('pulse.notLikely')}
              high={t('pulse.veryLikely')}
              label={q.recommend}
              testId="pulse-nps"
            />
            {(missing || serverFields?.nps) && (
              <Text size="sm" c="red" role="alert">
                {t('pulse.chooseScore')}
              </Text>
            )}
          </Stack>
          <Stack gap={6}>
            <Text fw={600}>{q.satisfaction}</Text>
            <ScoreButtons
              from={1}
              to={5}
              value={csat}
              onChange={setCsat}
              low={t('pulse.notSatisfied')}
              high={t('pulse.verySatisfied')}
              label={q.satisfaction}
              testId="pulse-csat"
            />
          </Stack>
          <Textarea
            label={q.comment}
            autosize
            minRows={3}
            maxLength={2000}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            error={serverFields?.comment}
            data-testid="pulse-comment"
          />
          {gone && (
            <Alert color="orange" icon={<IconAlertTriangle size={18} />} role="alert">
              {problem(answer.error)}
            </Alert>
          )}
          <Button
            type="submit"
            size="md"
            loading={answer.isPending}
            disabled={gone}
            data-testid="pulse-submit"
          >
            {t('pulse.submit')}
          </Button>
        </Stack>
      </form>
    </Shell>
  );
}
