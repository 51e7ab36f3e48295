import { queryOptions, useQuery } from '@tanstack/react-query';
import { Me } from '@vested/contracts';
import { applyLanguage } from '../i18n';
import { api, isApiError, setCsrfToken } from './api';

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async (): Promise<Me | null> => {
    try {
      const me = await api.get('/api/v1/auth/me', { schema: Me });
      setCsrfToken(me.csrfToken);
      applyLanguage(me.locale);
      return me;
    } catch (error) {
      if (isApiError(error, 401)) {
        setCsrfToken(null);
        return null;
      }
      throw error;
    }
  },
  staleTime: 5 * 60_000,
});

/** The signed-in user; only used under the authenticated layout, which renders nothing without one. */
export function useMe(): Me {
  const { data } = useQuery(meQuery);
  if (!data) throw new Error('useMe is used outside the signed-in part of the app');
  return data;
}
