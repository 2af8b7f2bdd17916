import { Autocomplete, Stack, TextInput } from '@mantine/core';
import { Notice } from './Notice';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useApi } from '../../../api/ApiContext';
import { ErrorState } from '../../../components/states';
import { campaignApi, type CampaignView } from '../campaignApi';
import { storeCampaign } from '../queries';
import { DEMO, nameAndSectorSchema, problemFieldErrors, zodValidate, type NameAndSectorValues } from './forms';
import { SECTOR_SUGGESTIONS } from './options';
import { setupPath } from './steps';
import { StepFooter, StepHeader, useLeaveGuard, useStepSaver, useWizard } from './wizard';

const FIELDS = ['name', 'sector'];
const toFormPath = (field: string) => (FIELDS.includes(field) ? field : undefined);

/** Step 1 of a new campaign: the draft is created when the user goes on. */
export function CreateStep() {
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<NameAndSectorValues>({
    initialValues: { name: DEMO.name, sector: DEMO.sector },
    validate: zodValidate(nameAndSectorSchema),
  });
  const create = useMutation({
    mutationFn: (values: NameAndSectorValues) =>
      campaignApi.create(api, { name: values.name.trim(), sector: values.sector.trim() }),
    onSuccess: (campaign) => {
      storeCampaign(queryClient, campaign);
      navigate(setupPath(campaign.id, 2), { replace: true });
    },
    onError: (error) => form.setErrors(problemFieldErrors(error, toFormPath).errors),
  });
  const shown = problemFieldErrors(create.error, toFormPath).shownFields;

  return (
    <form onSubmit={form.onSubmit((values) => create.mutate(values))} noValidate>
      <StepHeader step={1} title="Name and sector">
        Name the campaign and the sector you sell to. The campaign is saved as a draft when you go on.
      </StepHeader>
      <Notice color="blue" mb="md" title="Prefilled with a demo profile">
        Every step comes with values that work on the demo directory: change what you like.
      </Notice>
      <NameSectorInputs form={form} />
      <ErrorState error={create.error} shownFields={shown} />
      <StepFooter step={1} saving={create.isPending} />
    </form>
  );
}

/** Step 1 again, for a draft: a new name or sector. */
export function NameSectorStep({ campaign }: { campaign: CampaignView }) {
  const { save, saving, failure } = useStepSaver(campaign.id);
  const { go } = useWizard();
  const form = useForm<NameAndSectorValues>({
    initialValues: { name: campaign.name, sector: campaign.sector },
    validate: zodValidate(nameAndSectorSchema),
  });

  async function saveIfChanged(): Promise<boolean> {
    if (!form.isDirty()) return true;
    if (form.validate().hasErrors) return false;
    const failed = await save([
      { endpoint: 'name-and-sector', body: { name: form.values.name.trim(), sector: form.values.sector.trim() } },
    ]);
    if (failed) {
      form.setErrors(problemFieldErrors(failed.error, toFormPath).errors);
      return false;
    }
    form.resetDirty();
    return true;
  }
  useLeaveGuard(saveIfChanged);

  return (
    <form onSubmit={form.onSubmit(() => void go(2))} noValidate>
      <StepHeader step={1} title="Name and sector">
        The campaign’s name, and the sector you sell to.
      </StepHeader>
      <NameSectorInputs form={form} />
      <ErrorState error={failure?.error} shownFields={problemFieldErrors(failure?.error, toFormPath).shownFields} />
      <StepFooter step={1} saving={saving} />
    </form>
  );
}

/** The step's two inputs, bound to the form of a new or an existing draft. */
function NameSectorInputs({ form }: { form: { getInputProps: (path: 'name' | 'sector') => object } }) {
  return (
    <Stack gap="md" maw={560}>
      <TextInput label="Name" required maxLength={120} {...form.getInputProps('name')} />
      <Autocomplete
        label="Sector"
        description="The market you sell to; pick one or type your own."
        required
        maxLength={120}
        data={SECTOR_SUGGESTIONS}
        {...form.getInputProps('sector')}
      />
    </Stack>
  );
}

