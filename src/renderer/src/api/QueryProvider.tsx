/**
 * The cache for the whole window, subscribed to main's events for as long as the window lives.
 */
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { getApi } from './client';
import { followMainEvents } from './mainEvents';

interface Props {
  client: QueryClient;
  children: ReactNode;
}

export function QueryProvider({ client, children }: Props) {
  useEffect(() => followMainEvents(client, getApi()), [client]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
