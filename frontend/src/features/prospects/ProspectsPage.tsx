import { Alert, Group, NativeSelect, Stack, Tabs, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router-dom';
import { ErrorState } from '../../components/states';
import { NO_FILTER, parseFilter, writeFilter } from './filters';
import { ProspectList } from './ProspectList';
import { useProspectCampaigns } from './prospectsApi';
import { ReviewBand } from './ReviewBand';
import { ThresholdPanel } from './ThresholdPanel';
import './prospects.css';

const VIEWS = ['list', 'review', 'threshold'] as const;
type View = (typeof VIEWS)[number];

/**
 * Screen of the brief: the prospects found and scored, with filters and keyset paging kept in the
 * address; the review band of prospects the qualifier left to a human; the threshold slider.
 */
export function ProspectsPage() {
  const [params, setParams] = useSearchParams();
  const campaigns = useProspectCampaigns();
  const { filter, ignored } = parseFilter(params);
  const view: View = (VIEWS as readonly string[]).includes(params.get('view') ?? '') ? (params.get('view') as View) : 'list';
  const campaign = campaigns.data?.find((c) => c.id === filter.campaignId) ?? null;

  function chooseCampaign(id: string) {
    // A new campaign starts the list again from its first page, with the same filters.
    const next = writeFilter({ ...filter, campaignId: id || null, after: null }, params);
    setParams(next);
  }

  function chooseView(value: string | null) {
    const next = new URLSearchParams(params);
    if (!value || value === 'list') next.delete('view');
    else next.set('view', value);
    setParams(next, { replace: true });
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="end" wrap="wrap">
        <Title order={1}>Prospects</Title>
        <NativeSelect
          label="Campaign"
          className="prospects-campaign"
          value={filter.campaignId ?? ''}
          onChange={(e) => chooseCampaign(e.currentTarget.value)}
          disabled={!campaigns.data}
          data={[
            { value: '', label: 'All campaigns' },
            ...(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name })),
            // A campaign named in the address but not (or no longer) in the workspace.
            ...(filter.campaignId && campaigns.data && !campaign
              ? [{ value: filter.campaignId, label: 'Unknown campaign' }]
              : []),
          ]}
        />
      </Group>
      {campaigns.isError && <ErrorState error={campaigns.error} onRetry={() => void campaigns.refetch()} />}
      {filter.campaignId && campaigns.data && !campaign && (
        <Alert color="yellow" variant="light" title="Unknown campaign">
          The address names a campaign this workspace does not have. Choose one above, or all campaigns.
        </Alert>
      )}
      {ignored.length > 0 && (
        <Alert color="yellow" variant="light" title="Some filters in the address were not understood">
          <Text size="sm">Left out: {ignored.join(', ')}.</Text>
        </Alert>
      )}
      <Tabs value={view} onChange={chooseView} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="list">All prospects</Tabs.Tab>
          <Tabs.Tab value="review">Review band</Tabs.Tab>
          <Tabs.Tab value="threshold">Threshold</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <ProspectList
            filter={filter}
            campaigns={campaigns.data ?? []}
            onFilter={(next, replace) => setParams(writeFilter({ ...next, after: null }, params), { replace })}
            onClear={() => setParams(writeFilter({ ...NO_FILTER, campaignId: filter.campaignId, limit: filter.limit }, params))}
          />
        </Tabs.Panel>
        <Tabs.Panel value="review" pt="md">
          <ReviewBand campaignId={filter.campaignId} campaigns={campaigns.data ?? []} />
        </Tabs.Panel>
        <Tabs.Panel value="threshold" pt="md">
          <ThresholdPanel campaign={campaign} campaignsLoaded={campaigns.isSuccess} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
