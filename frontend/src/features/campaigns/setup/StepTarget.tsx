import {
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Radio,
  Stack,
  TagsInput,
  Text,
} from '@mantine/core';
import { Notice } from './Notice';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { ErrorState } from '../../../components/states';
import type { CampaignView } from '../campaignApi';
import {
  problemFieldErrors,
  targetBodies,
  targetSchema,
  targetValues,
  WEIGHT_KEYS,
  weightsTotal,
  zodValidate,
  type TargetValues,
} from './forms';
import {
  COMPANY_SIZES,
  countryOptions,
  INDUSTRY_SUGGESTIONS,
  SENIORITIES,
  TITLE_SUGGESTIONS,
} from './options';
import { gapsOf } from './steps';
import { same, StepFooter, StepHeader, useLeaveGuard, useStepSaver, useWizard, type SaveCall } from './wizard';

const PROFILE_FIELDS = ['titles', 'seniorities', 'companySizes', 'industries', 'countries'];

/** Where each request's API field errors show: target-profile, prospecting and qualification. */
function formPathOf(endpoint: string | undefined) {
  return (field: string): string | undefined => {
    if (endpoint === 'target-profile') return PROFILE_FIELDS.includes(field) ? field : undefined;
    if (endpoint === 'prospecting') return ['source', 'dailyProspectQuota'].includes(field) ? field : undefined;
    if (endpoint === 'qualification') {
      if (['threshold', 'reviewBand', 'hotScore'].includes(field)) return field;
      if (field === 'weights') return 'weightsTotal';
      if (field.startsWith('weights.')) return field;
    }
    return undefined;
  };
}

const WEIGHT_LABELS: Record<(typeof WEIGHT_KEYS)[number], string> = {
  budget: 'Budget',
  authority: 'Authority',
  need: 'Need',
  timeline: 'Timeline',
};

const SOURCE_CHOICES = [
  { value: 'DEMO', label: 'Demo directory', description: 'Generated companies and people, the same on every run: for trying OpenSDR out.' },
  { value: 'ROCKETREACH', label: 'RocketReach', description: 'Searches RocketReach for the profile; needs the RocketReach API key on the server, and each lookup costs a credit.' },
  { value: 'CSV', label: 'CSV import', description: 'Your own list, imported after the launch through the API (POST /api/prospector/campaigns/{id}/csv-imports): this app has no import screen yet.' },
];

/** Step 2: whom to find, where, how many a day, and how they are scored (BANT). */
export function TargetStep({ campaign }: { campaign: CampaignView }) {
  const { save, saving, failure } = useStepSaver(campaign.id);
  const { go } = useWizard();
  const initial = useMemo(() => targetValues(campaign), [campaign]);
  const form = useForm<TargetValues>({
    initialValues: initial,
    validate: zodValidate(targetSchema),
    validateInputOnChange: ['weightsTotal', 'hotScore'],
  });
  const countries = useMemo(() => countryOptions(), []);
  const saved = campaign.targetProfile !== null;

  async function saveIfChanged(): Promise<boolean> {
    if (saved && !form.isDirty()) return true;
    if (form.validate().hasErrors) return false;
    const next = targetBodies(form.values);
    const before = targetBodies(initial);
    const calls: SaveCall[] = [];
    if (!saved || !same(next.targetProfile, before.targetProfile)) {
      calls.push({ endpoint: 'target-profile', body: next.targetProfile });
    }
    if (!same(next.prospecting, before.prospecting)) calls.push({ endpoint: 'prospecting', body: next.prospecting });
    if (!same(next.qualification, before.qualification)) {
      calls.push({ endpoint: 'qualification', body: next.qualification });
    }
    const failed = await save(calls);
    if (failed) {
      form.setErrors(problemFieldErrors(failed.error, formPathOf(failed.endpoint)).errors);
      return false;
    }
    form.resetDirty();
    return true;
  }
  useLeaveGuard(saveIfChanged);

  const total = weightsTotal(form.values.weights);
  const shown = problemFieldErrors(failure?.error, formPathOf(failure?.endpoint)).shownFields;
  const gaps = gapsOf(campaign, 2);

  return (
    <form onSubmit={form.onSubmit(() => void go(3))} noValidate>
      <StepHeader step={2} title="Target profile">
        Whom OpenSDR looks for, where it finds them, and how it scores them. An empty list means “any”.
      </StepHeader>
      {!saved && (
        <Notice color="blue" mb="md" title="Prefilled with the demo profile">
          Sales leaders of mid-sized software and fintech companies in France, Germany and the UK.
        </Notice>
      )}
      <Stack gap="lg">
        <Fieldset legend="Who">
          <Stack gap="md">
            {(form.errors.profile || (saved && gaps.length > 0)) && (
              <Text className="text-bad" size="sm" role="alert">
                {form.errors.profile ?? gaps.map((g) => g.message).join('. ')}
              </Text>
            )}
            <TagsInput
              label="Job titles"
              description="Type a title and press Enter, or pick a suggestion."
              data={TITLE_SUGGESTIONS}
              maxTags={50}
              clearable
              {...form.getInputProps('titles')}
            />
            <div className="grid sm-2">
              <MultiSelect
                label="Seniorities"
                data={SENIORITIES}
                clearable
                {...form.getInputProps('seniorities')}
              />
              <MultiSelect
                label="Company sizes (employees)"
                data={[...new Set([...COMPANY_SIZES, ...form.values.companySizes])]}
                clearable
                {...form.getInputProps('companySizes')}
              />
              <TagsInput
                label="Industries"
                description="Pick or type, then press Enter."
                data={INDUSTRY_SUGGESTIONS}
                maxTags={50}
                clearable
                {...form.getInputProps('industries')}
              />
              <MultiSelect
                label="Countries"
                description="Type to search."
                data={countries}
                searchable
                clearable
                maxValues={50}
                {...form.getInputProps('countries')}
              />
            </div>
          </Stack>
        </Fieldset>

        <Fieldset legend="Where from, and how many">
          <Stack gap="md">
            <Radio.Group label="Prospect source" {...form.getInputProps('source')}>
              <Stack gap="xs" mt="xs">
                {SOURCE_CHOICES.map((s) => (
                  <Radio key={s.value} value={s.value} label={s.label} description={s.description} />
                ))}
              </Stack>
            </Radio.Group>
            <NumberInput
              label="Prospects per day"
              description="At most this many new prospects a day (1–1000)."
              min={1}
              max={1000}
              allowDecimal={false}
              maw={260}
              {...form.getInputProps('dailyProspectQuota')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend="Qualification (BANT)">
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              Each prospect gets a score from 0 to 100 from Budget, Authority, Need and Timeline, weighted as below.
            </Text>
            <div className="grid g-2 sm-4">
              {WEIGHT_KEYS.map((key) => (
                <NumberInput
                  key={key}
                  label={`${WEIGHT_LABELS[key]} weight`}
                  min={0}
                  max={100}
                  allowDecimal={false}
                  suffix=" %"
                  {...form.getInputProps(`weights.${key}`)}
                />
              ))}
            </div>
            <Text
              size="sm"
              fw={600}
              className={total === 100 ? 'text-ok' : 'text-bad'}
              aria-live="polite"
              data-testid="weights-total"
            >
              {total === 100 ? 'Weights total 100 %' : `Weights total ${total} %: they must total 100 %`}
              {form.errors.weightsTotal && total === 100 ? ` (${String(form.errors.weightsTotal)})` : ''}
            </Text>
            <Group grow align="flex-start">
              <NumberInput
                label="Qualification threshold"
                description="A score at or above it qualifies."
                min={0}
                max={100}
                allowDecimal={false}
                {...form.getInputProps('threshold')}
              />
              <NumberInput
                label="Review band"
                description="Scores this close below the threshold wait for a human."
                min={0}
                max={50}
                allowDecimal={false}
                {...form.getInputProps('reviewBand')}
              />
              <NumberInput
                label="Hot lead score"
                description="At or above it, a hot lead alert."
                min={0}
                max={100}
                allowDecimal={false}
                {...form.getInputProps('hotScore')}
              />
            </Group>
          </Stack>
        </Fieldset>
      </Stack>
      <ErrorState error={failure?.error} shownFields={shown} />
      <StepFooter step={2} saving={saving} />
    </form>
  );
}
