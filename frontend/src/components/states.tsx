import { Alert, Button, Center, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError, errorMessage } from '../api/problem';

/** A region that is waiting for data; screen readers hear the label once. */
export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text c="dimmed">{label}</Text>
      </Group>
    </Center>
  );
}

interface EmptyProps {
  title: string;
  children?: ReactNode;
  /** The one thing to do next (a link or button). */
  action?: ReactNode;
}

/** Nothing to show yet: says why, and what to do about it. */
export function EmptyState({ title, children, action }: EmptyProps) {
  return (
    <Stack align="center" gap="xs" py="xl" data-testid="empty-state">
      <Title order={2} size="h4">
        {title}
      </Title>
      {children && (
        <Text c="dimmed" ta="center" maw={520}>
          {children}
        </Text>
      )}
      {action}
    </Stack>
  );
}

/** What an API problem means for the user, by status, when the title alone would not say. */
export function problemHeading(error: unknown): string | undefined {
  // A plain error (a wrong password, a check in the page) says it all in its message.
  if (!(error instanceof ApiError)) return undefined;
  switch (error.status) {
    case 0:
      return 'Cannot reach OpenSDR';
    case 401:
      return 'Your session has ended';
    case 403:
      return 'Not allowed';
    case 404:
      return 'Not found';
    case 423:
    case 429:
      return 'Too many attempts';
    default:
      if (error.status >= 500) return 'The service had a problem';
      return error.problem.title && error.problem.title !== 'Problem' ? error.problem.title : 'Request refused';
  }
}

interface ErrorProps {
  error: unknown;
  /** Offers to try again (a query's refetch). */
  onRetry?: () => void;
  /** Field paths that inputs already display; other field errors are listed here. */
  shownFields?: readonly string[];
}

/**
 * An RFC 9457 problem (or any error) as the user should see it: a heading from its status,
 * the service's `detail`, field errors no input shows, the status and instance for support.
 */
export function ErrorState({ error, onRetry, shownFields = [] }: ErrorProps) {
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : null;
  const others = (problem?.errors ?? []).filter((e) => !shownFields.includes(e.field));
  return (
    <Alert color="red" variant="light" role="alert" title={problemHeading(error)}
      data-testid="error-state">
      <Stack gap="xs">
        <Text size="sm">{errorMessage(error)}</Text>
        {others.length > 0 && (
          <List size="sm">
            {others.map((e) => (
              <List.Item key={`${e.field}:${e.message}`}>
                <Text span ff="monospace" size="sm">
                  {e.field}
                </Text>
                : {e.message}
              </List.Item>
            ))}
          </List>
        )}
        {problem && problem.status > 0 && (
          <Text size="xs" c="dimmed">
            HTTP {problem.status}
            {problem.instance ? ` · ${problem.instance}` : ''}
          </Text>
        )}
        {onRetry && (
          <Group>
            <Button size="xs" variant="outline" color="red" onClick={onRetry}>
              Try again
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  loadingLabel?: string;
  /** True when the data counts as empty (an empty list, by default). */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/**
 * Loading, error, empty or the data, for one query. An error after data was shown keeps the
 * data and shows the problem above it (a failed background refresh).
 */
export function QueryState<T>({ query, loadingLabel, isEmpty, empty, children }: QueryStateProps<T>) {
  if (query.isPending) return <LoadingState {...(loadingLabel ? { label: loadingLabel } : {})} />;
  if (query.isError && query.data === undefined) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const data = query.data as T;
  const emptyData = isEmpty ? isEmpty(data) : Array.isArray(data) && data.length === 0;
  return (
    <>
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {emptyData && empty ? empty : children(data)}
    </>
  );
}
