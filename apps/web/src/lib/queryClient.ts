import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api';

/** Called when any request answers 401: the session ended, so go back to sign-in. */
let onUnauthenticated: () => void = () => {};
export function setOnUnauthenticated(handler: () => void): void {
  onUnauthenticated = handler;
}

function handle(error: unknown): void {
  if (isApiError(error, 401)) onUnauthenticated();
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: handle }),
  mutationCache: new MutationCache({ onError: handle }),
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      retry: (count, error) => !isApiError(error) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});
