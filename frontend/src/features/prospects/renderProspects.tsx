// Renders the prospects screens on their routes with a fake API (tests only).
import { Route, Routes, useLocation } from 'react-router-dom';
import { fakeFetch, renderApp } from '../../test/harness';
import { ProspectDetailPage } from './ProspectDetailPage';
import { ProspectsPage } from './ProspectsPage';

/** Shows the address the screen wrote, so a test can read the filters kept in it. */
function AddressProbe() {
  const location = useLocation();
  return <output data-testid="address">{`${location.pathname}${location.search}`}</output>;
}

export function renderProspects(route: string, routes: Parameters<typeof fakeFetch>[0]) {
  const fake = fakeFetch(routes);
  const rendered = renderApp(
    <>
      <Routes>
        <Route path="/prospects" element={<ProspectsPage />} />
        <Route path="/prospects/:id" element={<ProspectDetailPage />} />
      </Routes>
      <AddressProbe />
    </>,
    { fetch: fake.fetch, route },
  );
  return { ...fake, ...rendered };
}

/** The query parameters of the calls to `path`, in order. */
export function queriesOf(calls: { method: string; url: string }[], path: string): URLSearchParams[] {
  return calls
    .filter((c) => c.method === 'GET' && c.url.split('?')[0] === path)
    .map((c) => new URLSearchParams(c.url.split('?')[1] ?? ''));
}
