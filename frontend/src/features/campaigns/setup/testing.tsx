import { configure } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { vi } from 'vitest';
import { fakeFetch, json, renderApp } from '../../../test/harness';
import type { CampaignView } from '../campaignApi';
import { CampaignPage } from '../CampaignPage';
import { NewCampaignPage, ResumeSetupPage, SetupWizardPage } from './SetupWizardPage';

// jsdom has no FontFaceSet, which Mantine's autosizing Textarea listens to.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {} },
    configurable: true,
  });
}

// A step renders Mantine's time-zone and country lists: give a loaded machine time.
configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 45_000 });

function Where() {
  return <output data-testid="location">{useLocation().pathname}</output>;
}

/**
 * The wizard's routes at `route`, on a fake API: `campaign` answers GET /api/campaigns/c-1, and
 * each PUT answers `campaign` unless `routes` says otherwise.
 */
export function renderSetup(route: string, routes: Parameters<typeof fakeFetch>[0], campaign?: CampaignView) {
  const base: Parameters<typeof fakeFetch>[0] = campaign
    ? {
        'GET /api/campaigns/c-1': () => json(200, campaign),
        'GET /api/campaigns': () => json(200, [campaign]),
      }
    : {};
  const fake = fakeFetch({ ...base, ...routes });
  const result = renderApp(
    <>
      <Routes>
        <Route path="/campaigns/new" element={<NewCampaignPage />} />
        <Route path="/campaigns/:id" element={<CampaignPage />} />
        <Route path="/campaigns/:id/setup" element={<ResumeSetupPage />} />
        <Route path="/campaigns/:id/setup/:step" element={<SetupWizardPage />} />
      </Routes>
      <Where />
    </>,
    { fetch: fake.fetch, route },
  );
  return { ...fake, ...result };
}

export const calls = (fake: { calls: { method: string; url: string; body: unknown }[] }, method: string, url: string) =>
  fake.calls.filter((c) => c.method === method && c.url === url);
