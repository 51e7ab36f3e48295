import { SegmentedControl } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Me } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { applyLanguage, type Lang } from '../i18n';
import { api } from '../lib/api';
import { meQuery } from '../lib/me';

/** en / ru; when signed in, the choice is saved on the user (`PATCH /auth/me`). */
export function LanguageSwitch({ signedIn = false }: { signedIn?: boolean }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (locale: Lang) => api.patch('/api/v1/auth/me', { locale }, { schema: Me }),
    onSuccess: (me) => queryClient.setQueryData(meQuery.queryKey, me),
  });
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('auth.language')}
      value={i18n.language === 'ru' ? 'ru' : 'en'}
      onChange={(value) => {
        const lang = value === 'ru' ? 'ru' : 'en';
        applyLanguage(lang);
        if (signedIn) save.mutate(lang);
      }}
      data={[
        { value: 'en', label: 'EN' },
        { value: 'ru', label: 'RU' },
      ]}
      data-testid="language-switch"
    />
  );
}
