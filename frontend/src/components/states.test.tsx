import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/problem';
import { EmptyState, ErrorState, LoadingState, QueryState } from './states';

function renderUi(ui: ReactElement) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <MantineProvider env="test">
      <QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>
    </MantineProvider>,
  );
}

function apiError(status: number, detail: string, extra: Partial<ApiError['problem']> = {}) {
  return new ApiError({ type: 'about:blank', title: 'Problem', status, detail, ...extra });
}

describe('state components', () => {
  it('announces loading politely with its label', () => {
    renderUi(<LoadingState label="Loading drafts…" />);

    expect(screen.getByRole('status')).toHaveTextContent('Loading drafts…');
  });

  it('shows an empty state with its explanation and next action', () => {
    renderUi(
      <EmptyState title="No campaign yet" action={<button type="button">Create one</button>}>
        Launch a campaign to see prospects.
      </EmptyState>,
    );

    expect(screen.getByRole('heading', { name: 'No campaign yet' })).toBeInTheDocument();
    expect(screen.getByText('Launch a campaign to see prospects.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create one' })).toBeInTheDocument();
  });

  it("shows a problem's detail, the field errors no input shows, its status and instance", () => {
    const error = apiError(400, 'The campaign is not valid', {
      instance: '/api/campaigns',
      errors: [
        { field: 'name', message: 'must not be blank' },
        { field: 'meeting.endHour', message: 'must be after startHour' },
      ],
    });

    renderUi(<ErrorState error={error} shownFields={['name']} />);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Request refused');
    expect(alert).toHaveTextContent('The campaign is not valid');
    expect(alert).toHaveTextContent('meeting.endHour: must be after startHour');
    expect(alert).not.toHaveTextContent('must not be blank');
    expect(alert).toHaveTextContent('HTTP 400 · /api/campaigns');
  });

  it.each([
    [0, 'Cannot reach OpenSDR'],
    [401, 'Your session has ended'],
    [403, 'Not allowed'],
    [429, 'Too many attempts'],
    [503, 'The service had a problem'],
  ])('names a %i problem for what it means to the user', (status, heading) => {
    renderUi(<ErrorState error={apiError(status, 'detail text')} />);

    expect(screen.getByRole('alert')).toHaveTextContent(heading);
    expect(screen.getByRole('alert')).toHaveTextContent('detail text');
  });

  it('uses the title of a problem the service named itself', () => {
    renderUi(<ErrorState error={apiError(409, 'Already launched', { title: 'Campaign not in draft' })} />);

    expect(screen.getByRole('alert')).toHaveTextContent('Campaign not in draft');
  });

  it('shows a plain error by its message alone, and nothing without an error', () => {
    const { rerender } = renderUi(<ErrorState error={new Error('Wrong email or password')} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/^Wrong email or password$/);

    rerender(
      <MantineProvider env="test">
        <ErrorState error={null} />
      </MantineProvider>,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers to try again', () => {
    const retry = vi.fn();
    renderUi(<ErrorState error={apiError(502, 'down')} onRetry={retry} />);

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(retry).toHaveBeenCalledOnce();
  });
});

function ListOf({ load }: { load: () => Promise<string[]> }) {
  const query = useQuery({ queryKey: ['items'], queryFn: load });
  return (
    <QueryState query={query} loadingLabel="Loading items…" empty={<p>Nothing here</p>}>
      {(items) => (
        <ul>
          {items.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ul>
      )}
    </QueryState>
  );
}

describe('QueryState', () => {
  it('shows loading, then the data', async () => {
    renderUi(<ListOf load={() => Promise.resolve(['a', 'b'])} />);

    expect(screen.getByRole('status')).toHaveTextContent('Loading items…');
    expect(await screen.findAllByRole('listitem')).toHaveLength(2);
  });

  it('shows the empty state for an empty list', async () => {
    renderUi(<ListOf load={() => Promise.resolve([])} />);

    expect(await screen.findByText('Nothing here')).toBeInTheDocument();
  });

  it('shows the problem and refetches on Try again', async () => {
    let calls = 0;
    renderUi(
      <ListOf
        load={() => {
          calls += 1;
          return calls === 1 ? Promise.reject(apiError(503, 'Campaign service is down')) : Promise.resolve(['back']);
        }}
      />,
    );

    expect(await screen.findByRole('alert')).toHaveTextContent('Campaign service is down');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('back')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
