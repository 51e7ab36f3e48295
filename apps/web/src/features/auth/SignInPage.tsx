import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { SignInBody } from '@vested/contracts';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n';
import { api, isApiError } from '../../lib/api';
import { applyServerFieldErrors, focusFirstError, useFormState, zodFieldErrors } from '../../lib/forms';
import { meQuery } from '../../lib/me';
import { ColorSchemeToggle } from '../../ui/ColorSchemeToggle';
import { useErrorMessage } from '../../ui/ErrorAlert';
import { LanguageSwitch } from '../../ui/LanguageSwitch';

const route = getRouteApi('/sign-in');

/** Only paths inside the app, never another origin. */
function safeRedirect(target: string | undefined): string {
  return target?.startsWith('/') && !target.startsWith('//') && !target.startsWith('/sign-in')
    ? target
    : '/accounts';
}

export function SignInPage() {
  const { t } = useTranslation();
  const message = useMessage();
  const errorMessage = useErrorMessage();
  const { redirect } = route.useSearch();
  const router = useRouter();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormState({ email: '', password: '' });

  const signIn = useMutation({
    mutationFn: async (body: { email: string; password: string }) => {
      await api.post('/api/v1/auth/sign-in', body);
      return queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
    },
    onSuccess: () => router.history.push(safeRedirect(redirect)),
    onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = SignInBody.safeParse(form.values);
    if (!parsed.success) {
      form.setErrors(zodFieldErrors(parsed.error));
      focusFirstError(formRef.current);
      return;
    }
    signIn.mutate(parsed.data);
  };

  const error = signIn.error;
  const errorText = !error
    ? null
    : isApiError(error, 401)
      ? t('auth.wrongCredentials')
      : isApiError(error, 429)
        ? t('auth.rateLimited')
        : isApiError(error, 400)
          ? null
          : errorMessage(error);

  return (
    <Center mih="100vh" p="md">
      <Stack w="100%" maw={400}>
        <Group justify="flex-end">
          <LanguageSwitch />
          <ColorSchemeToggle />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <form ref={formRef} onSubmit={submit} noValidate>
            <Stack>
              <div>
                <Title order={2}>{t('auth.signInTitle')}</Title>
                <Text size="sm" c="dimmed">
                  {t('app.tagline')}
                </Text>
              </div>
              {errorText && (
                <Alert color="red" role="alert" data-testid="sign-in-error">
                  {errorText}
                </Alert>
              )}
              <TextInput
                label={t('auth.email')}
                type="email"
                autoComplete="username"
                autoFocus
                value={form.values.email}
                onChange={(e) => form.set('email', e.currentTarget.value)}
                error={message(form.errors.email)}
                name="email"
              />
              <PasswordInput
                label={t('auth.password')}
                autoComplete="current-password"
                value={form.values.password}
                onChange={(e) => form.set('password', e.currentTarget.value)}
                error={message(form.errors.password)}
                name="password"
              />
              <Button type="submit" loading={signIn.isPending} fullWidth>
                {t('auth.signIn')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Center>
  );
}
