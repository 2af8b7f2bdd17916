import { Button } from '@mantine/core';
import { Link, Navigate, useParams } from 'react-router-dom';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import type { CampaignView } from '../campaignApi';
import { useCampaign } from '../queries';
import { CreateStep, NameSectorStep } from './StepNameSector';
import { AvailabilityStep } from './StepAvailability';
import { ReviewStep } from './StepReview';
import { TargetStep } from './StepTarget';
import { TemplateStep } from './StepTemplate';
import { firstIncompleteStep, parseStep, setupPath, type StepNumber } from './steps';
import { SetupWizard } from './wizard';

/** `/campaigns/new`: step 1, which creates the draft. */
export function NewCampaignPage() {
  return (
    <SetupWizard campaign={null} step={1}>
      <CreateStep />
    </SetupWizard>
  );
}

function useDraft() {
  const { id = '' } = useParams();
  const campaign = useCampaign(id);
  return { id, campaign };
}

/** `/campaigns/:id/setup`: a draft reopened resumes at its first step with something missing. */
export function ResumeSetupPage() {
  const { campaign } = useDraft();
  if (campaign.isPending) return <LoadingState label="Loading the campaign…" />;
  if (campaign.error) return <ErrorState error={campaign.error} onRetry={() => void campaign.refetch()} />;
  return <Navigate to={setupPath(campaign.data.id, firstIncompleteStep(campaign.data))} replace />;
}

/** `/campaigns/:id/setup/:step`: one step of a draft's setup. */
export function SetupWizardPage() {
  const { step: stepParam } = useParams();
  const { id, campaign } = useDraft();
  const step = parseStep(stepParam);
  if (step === null) return <Navigate to={`/campaigns/${encodeURIComponent(id)}/setup`} replace />;
  if (campaign.isPending) return <LoadingState label="Loading the campaign…" />;
  if (campaign.error) return <ErrorState error={campaign.error} onRetry={() => void campaign.refetch()} />;
  if (campaign.data.status !== 'DRAFT') {
    return (
      <EmptyState
        title="This campaign is already launched"
        action={
          <Button component={Link} to={`/campaigns/${encodeURIComponent(id)}`}>
            Open the campaign
          </Button>
        }
      >
        Its setup can no longer change. Pause, resume or stop it from its page.
      </EmptyState>
    );
  }
  return (
    <SetupWizard campaign={campaign.data} step={step}>
      <Step key={`${campaign.data.id}-${step}`} step={step} campaign={campaign.data} />
    </SetupWizard>
  );
}

function Step({ step, campaign }: { step: StepNumber; campaign: CampaignView }) {
  switch (step) {
    case 1:
      return <NameSectorStep campaign={campaign} />;
    case 2:
      return <TargetStep campaign={campaign} />;
    case 3:
      return <TemplateStep campaign={campaign} />;
    case 4:
      return <AvailabilityStep campaign={campaign} />;
    case 5:
      return <ReviewStep campaign={campaign} />;
  }
}
