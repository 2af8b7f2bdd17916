import { Button, Group, Stack, Text } from '@mantine/core';
import { Notice } from './Notice';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useApi } from '../../../api/ApiContext';
import { ApiError } from '../../../api/problem';
import { ErrorState } from '../../../components/states';
import { campaignApi, type CampaignView } from '../campaignApi';
import { campaignKeys, storeCampaign } from '../queries';
import { MissingList, SetupSummary } from './SetupSummary';
import { StepHeader, useWizard } from './wizard';

/** Step 5: every setting, what is still missing (each a link to its step), and the launch. */
export function ReviewStep({ campaign }: { campaign: CampaignView }) {
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { go } = useWizard();
  const setup = useQuery({
    queryKey: [...campaignKeys.setup(campaign.id), campaign.revision],
    queryFn: () => campaignApi.setup(api, campaign.id),
  });
  const launch = useMutation({
    mutationFn: () => campaignApi.change(api, campaign.id, 'launch'),
    onSuccess: (launched) => {
      storeCampaign(queryClient, launched);
      navigate(`/campaigns/${encodeURIComponent(launched.id)}`);
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: campaignKeys.one(campaign.id) }),
  });

  // The launch's 409 lists what is missing; before a launch, GET .../setup does.
  const refusedFor = launch.error instanceof ApiError ? launch.error.problem.missing : undefined;
  const missing = refusedFor ?? setup.data?.missing ?? campaign.missing;
  const launchable = setup.data ? setup.data.launchable : missing.length === 0;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        launch.mutate();
      }}
      noValidate
    >
      <StepHeader step={5} title="Review and launch">
        Check every setting. Once launched, OpenSDR starts finding prospects; you review every email before it
        leaves.
      </StepHeader>
      <Stack gap="md">
        {missing.length > 0 ? (
          <Notice color="orange" title={refusedFor ? 'The launch was refused: the setup is incomplete' : 'Before you can launch'} role={refusedFor ? 'alert' : undefined}>
            <MissingList campaignId={campaign.id} missing={missing} />
          </Notice>
        ) : (
          <Notice color="green" title="Ready to launch">
            Every step is complete.
          </Notice>
        )}
        {setup.error && <ErrorState error={setup.error} onRetry={() => void setup.refetch()} />}
        <SetupSummary campaign={setup.data?.campaign ?? campaign} />
        {launch.error && !refusedFor && <ErrorState error={launch.error} />}
      </Stack>
      <Group justify="space-between" mt="xl">
        <Button variant="default" onClick={() => void go(4)}>
          Back
        </Button>
        <Group gap="sm">
          {!launchable && (
            <Text size="sm" c="dimmed">
              Complete the missing steps to launch.
            </Text>
          )}
          <Button type="submit" loading={launch.isPending} disabled={!launchable}>
            Launch campaign
          </Button>
        </Group>
      </Group>
    </form>
  );
}
