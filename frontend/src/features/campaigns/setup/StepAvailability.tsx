import { Checkbox, Fieldset, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { Notice } from './Notice';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { ErrorState } from '../../../components/states';
import type { CampaignView } from '../campaignApi';
import {
  availabilityBodies,
  availabilitySchema,
  availabilityValues,
  problemFieldErrors,
  PROSPECT_ZONE,
  zodValidate,
  type AvailabilityValues,
} from './forms';
import { browserTimeZone, hourLabel, timeZoneOptions, WEEK_DAYS } from './options';
import { same, StepFooter, StepHeader, useLeaveGuard, useStepSaver, useWizard, type SaveCall } from './wizard';

const MEETING_FIELDS = ['days', 'startHour', 'endHour', 'timeZone', 'schedulerLink'];
const WINDOW_FIELDS: Record<string, string> = {
  days: 'sendingDays',
  startHour: 'sendingStartHour',
  endHour: 'sendingEndHour',
  timeZone: 'sendingTimeZone',
  dailyCap: 'sendingDailyCap',
};

function formPathOf(endpoint: string | undefined) {
  return (field: string): string | undefined => {
    if (endpoint === 'meeting') return MEETING_FIELDS.includes(field) ? field : undefined;
    if (endpoint === 'sending' && field.startsWith('window.')) return WINDOW_FIELDS[field.slice('window.'.length)];
    return undefined;
  };
}

/** "Now 14:05 there · " in a zone, so a user sees the zone they picked is the right one. */
function nowIn(zone: string): string {
  try {
    const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(new Date());
    return `Now ${time} there · `;
  } catch {
    return '';
  }
}

const START_HOURS = Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: hourLabel(h) }));
const END_HOURS = Array.from({ length: 24 }, (_, h) => ({ value: String(h + 1), label: hourLabel(h + 1) }));

function DayPicker({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string[];
  onChange: (days: string[]) => void;
  error?: unknown;
}) {
  return (
    <Checkbox.Group label={label} value={value} onChange={onChange} error={error ? String(error) : undefined}>
      <Group gap="md" mt="xs">
        {WEEK_DAYS.map((d) => (
          <Checkbox key={d.value} value={d.value} label={d.label} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}

/** Step 4: when prospects may book a meeting (and with which link), and when emails leave. */
export function AvailabilityStep({ campaign }: { campaign: CampaignView }) {
  const { save, saving, failure } = useStepSaver(campaign.id);
  const { go } = useWizard();
  const initial = useMemo(() => availabilityValues(campaign), [campaign]);
  const zones = useMemo(
    () => timeZoneOptions([initial.timeZone, initial.sendingTimeZone].filter((z) => z !== PROSPECT_ZONE)),
    [initial],
  );
  const usesLink = campaign.emailTemplate?.body.includes('{{meetingLink}}') === true ||
    campaign.emailTemplate?.subject.includes('{{meetingLink}}') === true;
  const form = useForm<AvailabilityValues>({
    initialValues: initial,
    validate: zodValidate(availabilitySchema({ templateUsesMeetingLink: usesLink, zones })),
  });
  const saved = campaign.meeting !== null;

  async function saveIfChanged(): Promise<boolean> {
    if (saved && !form.isDirty()) return true;
    if (form.validate().hasErrors) return false;
    const next = availabilityBodies(form.values);
    const before = availabilityBodies(initial);
    const calls: SaveCall[] = [];
    if (!saved || !same(next.meeting, before.meeting)) calls.push({ endpoint: 'meeting', body: next.meeting });
    if (!same(next.window, before.window)) {
      calls.push({ endpoint: 'sending', body: { window: next.window, sender: campaign.sender } });
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

  const shown = problemFieldErrors(failure?.error, formPathOf(failure?.endpoint)).shownFields;
  const browserZone = browserTimeZone();

  return (
    <form onSubmit={form.onSubmit(() => void go(5))} noValidate>
      <StepHeader step={4} title="Availability">
        When prospects may book a meeting with you, and when OpenSDR may send emails.
      </StepHeader>
      <Stack gap="lg">
        <Fieldset legend="Meetings">
          <Stack gap="md">
            <DayPicker
              label="Days you take meetings"
              value={form.values.days}
              onChange={(days) => form.setFieldValue('days', days)}
              error={form.errors.days}
            />
            <div className="grid sm-3">
              <Select label="From" data={START_HOURS} allowDeselect={false} {...form.getInputProps('startHour')} />
              <Select label="To" data={END_HOURS} allowDeselect={false} {...form.getInputProps('endHour')} />
              <Select
                label="Time zone"
                description={`${nowIn(form.values.timeZone)}Your browser’s: ${browserZone}`}
                data={zones}
                searchable
                allowDeselect={false}
                nothingFoundMessage="No such time zone"
                {...form.getInputProps('timeZone')}
              />
            </div>
            <TextInput
              label="Scheduler link"
              description="Your Calendly or Cal.com page; {{meetingLink}} in the template becomes this link."
              placeholder="https://calendly.com/you/30min"
              maxLength={500}
              {...form.getInputProps('schedulerLink')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend="When emails leave">
          <Stack gap="md">
            <DayPicker
              label="Sending days"
              value={form.values.sendingDays}
              onChange={(days) => form.setFieldValue('sendingDays', days)}
              error={form.errors.sendingDays}
            />
            <div className="grid sm-2 md-4">
              <Select label="From" data={START_HOURS} allowDeselect={false} {...form.getInputProps('sendingStartHour')} />
              <Select label="To" data={END_HOURS} allowDeselect={false} {...form.getInputProps('sendingEndHour')} />
              <Select
                label="Sending time zone"
                data={[{ value: PROSPECT_ZONE, label: 'Each prospect’s own' }, ...zones.map((z) => ({ value: z, label: z }))]}
                searchable
                allowDeselect={false}
                {...form.getInputProps('sendingTimeZone')}
              />
              <NumberInput
                label="Campaign emails per day"
                min={1}
                max={10000}
                allowDecimal={false}
                {...form.getInputProps('sendingDailyCap')}
              />
            </div>
            <Text size="sm" c="dimmed">
              Hours are in each prospect’s own time zone when it is known, else in the zone chosen here (or the
              meetings’ zone). The sender’s mailbox cap, set in step 3, applies too.
            </Text>
          </Stack>
        </Fieldset>
        {!usesLink && campaign.emailTemplate === null && (
          <Notice color="gray">
            The template (step 3) is not saved yet: if it uses {'{{meetingLink}}'}, the scheduler link is required.
          </Notice>
        )}
      </Stack>
      <ErrorState error={failure?.error} shownFields={shown} />
      <StepFooter step={4} saving={saving} />
    </form>
  );
}
