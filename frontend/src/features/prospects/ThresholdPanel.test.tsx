import { notifications } from '@mantine/notifications';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { json, problem } from '../../test/harness';
import { aHistogram, aProspectCampaign } from './prospectMothers';
import { queriesOf, renderProspects } from './renderProspects';
import { countsAt } from './thresholds';

// 10 prospects: at threshold 60 ± 5, 70 and 80 qualify (4), 55-64 wait for review (4), 40 is rejected (2).
const HISTOGRAM = aHistogram({ 40: 2, 56: 1, 60: 2, 64: 1, 70: 3, 80: 1 });
const PATH = '/api/qualifier/campaigns/c-1/threshold-preview';

/** The qualifier counts from the same scores as the histogram. */
function previewAnswer(call: { url: string }) {
  const q = new URLSearchParams(call.url.split('?')[1]);
  const threshold = Number(q.get('threshold'));
  return json(200, { campaignId: 'c-1', ...countsAt(HISTOGRAM.counts, threshold, Number(q.get('reviewBand'))) });
}

function routes(overrides: Record<string, Parameters<typeof renderProspects>[1][string]> = {}) {
  return {
    'GET /api/campaigns': () => json(200, [aProspectCampaign()]),
    'GET /api/qualifier/campaigns/c-1/score-histogram': () => json(200, HISTOGRAM),
    [`GET ${PATH}`]: previewAnswer,
    ...overrides,
  };
}

const slider = () => screen.getByRole('slider', { name: 'Threshold' });
const qualified = () => screen.getByTestId('threshold-qualified');

afterEach(() => notifications.clean());

describe('ThresholdPanel', () => {
  it('shows at once how many would qualify at another threshold, then the qualifier’s own count, without committing', async () => {
    const { calls } = renderProspects('/prospects?view=threshold&campaignId=c-1', routes());

    await screen.findByRole('slider', { name: 'Threshold' });
    // The qualifier's count at the threshold in force.
    expect(await screen.findByText(/checked by the qualifier/)).toBeInTheDocument();
    expect(qualified()).toHaveTextContent('4');
    expect(screen.getByTestId('threshold-review')).toHaveTextContent('4');
    expect(screen.getByTestId('threshold-rejected')).toHaveTextContent('2');
    expect(screen.getByRole('img', { name: 'Score distribution: 10 prospects scored from 40 to 80' })).toBeInTheDocument();

    for (let i = 0; i < 6; i++) fireEvent.keyDown(slider(), { key: 'ArrowRight' });

    // From the histogram, before any answer: at 66 only 71+ qualify (the 80), 61-70 review.
    expect(slider()).toHaveAttribute('aria-valuenow', '66');
    expect(qualified()).toHaveTextContent(/^1$/);
    expect(screen.getByText(/from the score histogram/)).toBeInTheDocument();
    expect(screen.getByText(/−3 vs now/)).toBeInTheDocument();
    // Then the qualifier's answer for the value the slider rests on.
    await waitFor(() => expect(screen.getByText(/At threshold 66, .* checked by the qualifier/)).toBeInTheDocument());
    expect(screen.getByText(/of 10 scored prospects/)).toBeInTheDocument();
    const asked = queriesOf(calls, PATH).map((q) => q.get('threshold'));
    expect(asked).toContain('66');
    expect(queriesOf(calls, PATH).at(-1)?.get('reviewBand')).toBe('5');
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
  });

  it('reads the histogram again when the qualifier counts prospects scored since, never mixing the two', async () => {
    let histogramReads = 0;
    renderProspects(
      '/prospects?view=threshold&campaignId=c-1',
      routes({
        // First read: 10 prospects; the qualifier has scored two more (both 90) since.
        'GET /api/qualifier/campaigns/c-1/score-histogram': () => {
          histogramReads += 1;
          return json(200, histogramReads === 1 ? HISTOGRAM : aHistogram({ 40: 2, 56: 1, 60: 2, 64: 1, 70: 3, 80: 1, 90: 2 }));
        },
        [`GET ${PATH}`]: (call) => {
          const threshold = Number(new URLSearchParams(call.url.split('?')[1]).get('threshold'));
          const now = aHistogram({ 40: 2, 56: 1, 60: 2, 64: 1, 70: 3, 80: 1, 90: 2 });
          return json(200, { campaignId: 'c-1', ...countsAt(now.counts, threshold, 5) });
        },
      }),
    );

    await screen.findByRole('slider', { name: 'Threshold' });
    expect(await screen.findByText(/checked by the qualifier/)).toBeInTheDocument();
    expect(histogramReads).toBe(2);
    expect(qualified()).toHaveTextContent('6');
    expect(screen.getByText(/of 12 scored prospects/)).toBeInTheDocument();
    // "Now" comes from the same (new) histogram as the count at 61.
    fireEvent.keyDown(slider(), { key: 'ArrowRight' });
    expect(screen.getByText(/today at 60: 6 qualify/)).toBeInTheDocument();
  });

  it('reads both again while prospects are being scored, until the histogram and the qualifier agree', async () => {
    // The pipeline moves: 10 scored at the first read of the histogram, 12 at the qualifier's first
    // answer, 14 at every read after that.
    const twelve = aHistogram({ 40: 2, 56: 1, 60: 2, 64: 1, 70: 3, 80: 1, 90: 2 });
    const fourteen = aHistogram({ 40: 2, 56: 1, 60: 2, 64: 1, 70: 3, 80: 1, 90: 4 });
    let histogramReads = 0;
    let previewReads = 0;
    renderProspects(
      '/prospects?view=threshold&campaignId=c-1',
      routes({
        'GET /api/qualifier/campaigns/c-1/score-histogram': () => {
          histogramReads += 1;
          return json(200, histogramReads === 1 ? HISTOGRAM : fourteen);
        },
        [`GET ${PATH}`]: (call) => {
          previewReads += 1;
          const threshold = Number(new URLSearchParams(call.url.split('?')[1]).get('threshold'));
          const now = previewReads === 1 ? twelve : fourteen;
          return json(200, { campaignId: 'c-1', ...countsAt(now.counts, threshold, 5) });
        },
      }),
    );

    await screen.findByRole('slider', { name: 'Threshold' });
    expect(await screen.findByText(/checked by the qualifier/, undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText(/of 14 scored prospects/)).toBeInTheDocument();
    expect(previewReads).toBeGreaterThanOrEqual(2);
  });

  it('states the consequence before applying, then commits the threshold with the other settings kept', async () => {
    let campaign = aProspectCampaign();
    const { calls } = renderProspects(
      '/prospects?view=threshold&campaignId=c-1',
      routes({
        'GET /api/campaigns': () => json(200, [campaign]),
        'PUT /api/campaigns/c-1/qualification': (call) => {
          campaign = aProspectCampaign({ qualification: call.body as never });
          return json(200, campaign);
        },
      }),
    );
    await screen.findByRole('slider', { name: 'Threshold' });
    expect(screen.getByRole('button', { name: 'Apply threshold 60…' })).toBeDisabled();
    slider().focus();
    for (let i = 0; i < 25; i++) fireEvent.keyDown(slider(), { key: 'ArrowRight' });

    fireEvent.click(screen.getByRole('button', { name: 'Apply threshold 85…' }));

    expect(screen.getByText(/re-decides every prospect of this campaign not yet emailed/)).toBeInTheDocument();
    expect(screen.getByText(/prospects already emailed keep the decision they were emailed on/)).toBeInTheDocument();
    expect(screen.getByText(/The hot score rises from 80 to 85/)).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Yes, apply 85' }));

    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')).toBeDefined());
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      threshold: 85,
      reviewBand: 5,
      hotScore: 85,
      weights: { budget: 25, authority: 25, need: 25, timeline: 25 },
    });
    expect(await screen.findByText(/Threshold 85 applied to Sales leaders/)).toBeInTheDocument();
    expect(await screen.findByText(/threshold 85 in force/)).toBeInTheDocument();
  });

  it("shows the service's refusal of the new threshold and keeps the one in force", async () => {
    renderProspects(
      '/prospects?view=threshold&campaignId=c-1',
      routes({
        'PUT /api/campaigns/c-1/qualification': () => problem(409, 'The campaign was changed meanwhile; reload it and try again'),
      }),
    );
    await screen.findByRole('slider', { name: 'Threshold' });
    fireEvent.keyDown(slider(), { key: 'ArrowLeft' });
    fireEvent.click(screen.getByRole('button', { name: 'Apply threshold 59…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, apply 59' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The campaign was changed meanwhile');
    expect(screen.getByText(/threshold 60 in force/)).toBeInTheDocument();
  });

  it('keeps the slider for reference only once the campaign is over', async () => {
    renderProspects(
      '/prospects?view=threshold&campaignId=c-1',
      routes({ 'GET /api/campaigns': () => json(200, [aProspectCampaign({ status: 'STOPPED' })]) }),
    );

    expect(await screen.findByText(/Its BANT settings can no longer change/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Apply threshold/ })).not.toBeInTheDocument();
  });

  it('asks for a campaign first', async () => {
    renderProspects('/prospects?view=threshold', routes());

    expect(await screen.findByRole('heading', { name: 'Choose a campaign' })).toBeInTheDocument();
  });

  it('says when no prospect is scored yet', async () => {
    renderProspects(
      '/prospects?view=threshold&campaignId=c-1',
      routes({ 'GET /api/qualifier/campaigns/c-1/score-histogram': () => json(200, aHistogram({})) }),
    );

    expect(await screen.findByText(/No prospect of this campaign is scored yet/)).toBeInTheDocument();
  });

  it("shows the qualifier's problem with a retry", async () => {
    renderProspects(
      '/prospects?view=threshold&campaignId=c-1',
      routes({ 'GET /api/qualifier/campaigns/c-1/score-histogram': () => problem(503, 'qualifier-service is unavailable') }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent('qualifier-service is unavailable');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
