import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { accountQuery } from './accountQueries';

/** PATCH an account; on success the account, the lists and the history are fetched again. */
export function useAccountPatch(accountId: string, onSaved?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => api.patch(`/api/v1/accounts/${accountId}`, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: accountQuery(accountId).queryKey });
      await queryClient.invalidateQueries({ queryKey: ['accounts', 'list'] });
      onSaved?.();
    },
  });
}

/** Fetch the account again and hand back the fresh version (the Reload of a 409). */
export function useReloadAccount(accountId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.fetchQuery({ ...accountQuery(accountId), staleTime: 0 });
}
