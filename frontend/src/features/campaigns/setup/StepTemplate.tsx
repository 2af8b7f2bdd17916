import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { Tag } from './Notice';
import { Notice } from './Notice';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { useApi } from '../../../api/ApiContext';
import { ApiError } from '../../../api/problem';
import { ErrorState, LoadingState } from '../../../components/states';
import { campaignApi, type CampaignView, type TemplatePreview } from '../campaignApi';
import { campaignKeys, storeCampaign } from '../queries';
import {
  fillTemplate,
  problemFieldErrors,
  senderBody,
  templateSchema,
  templateValues,
  zodValidate,
  type TemplateValues,
} from './forms';
import { MERGE_FIELDS } from './options';
import { same, StepFooter, StepHeader, useLeaveGuard, useStepSaver, useWizard, type SaveCall } from './wizard';

function formPathOf(endpoint: string | undefined) {
  return (field: string): string | undefined => {
    if (endpoint === 'email-template') return ['subject', 'body'].includes(field) ? field : undefined;
    if (endpoint === 'sending') {
      if (field === 'sender.fromEmail') return 'fromEmail';
      if (field === 'sender.fromName') return 'fromName';
      if (field === 'sender.dailyCap') return 'senderDailyCap';
    }
    return undefined;
  };
}

/** Step 3: the template, who sends it, its preview for a sample prospect, and its approval. */
export function TemplateStep({ campaign }: { campaign: CampaignView }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { save, saving, failure } = useStepSaver(campaign.id);
  const { go } = useWizard();
  const initial = useMemo(() => templateValues(campaign), [campaign]);
  const form = useForm<TemplateValues>({ initialValues: initial, validate: zodValidate(templateSchema) });
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const saved = campaign.emailTemplate !== null;
  const approved = campaign.emailTemplate?.approved === true;

  const preview = useQuery({
    queryKey: [...campaignKeys.preview(campaign.id), campaign.revision],
    queryFn: () => campaignApi.preview(api, campaign.id),
    enabled: saved,
  });
  const approve = useMutation({
    mutationFn: () => campaignApi.approveTemplate(api, campaign.id),
    onSuccess: (updated) => storeCampaign(queryClient, updated),
  });

  async function saveIfChanged(): Promise<boolean> {
    if (saved && !form.isDirty()) return true;
    if (form.validate().hasErrors) return false;
    const v = form.values;
    const calls: SaveCall[] = [];
    if (!saved || v.subject !== initial.subject || v.body !== initial.body) {
      calls.push({ endpoint: 'email-template', body: { subject: v.subject, body: v.body } });
    }
    const sender = senderBody(v);
    if (!same(sender, senderBody(initial))) {
      calls.push({ endpoint: 'sending', body: { window: campaign.sending, sender } });
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

  function insertField(field: string) {
    const area = bodyRef.current;
    const body = form.values.body;
    const start = area?.selectionStart ?? body.length;
    const end = area?.selectionEnd ?? body.length;
    form.setFieldValue('body', body.slice(0, start) + field + body.slice(end));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + field.length, start + field.length);
    });
  }

  const dirty = !saved || form.isDirty();
  const shown = problemFieldErrors(failure?.error, formPathOf(failure?.endpoint)).shownFields;

  return (
    <form onSubmit={form.onSubmit(() => void go(4))} noValidate>
      <StepHeader step={3} title="Email template">
        Every first email is drafted from this template and reviewed by a person before it leaves. You must
        approve it after checking its preview.
      </StepHeader>
      <div className="grid md-2 gap-lg">
        <Stack gap="md">
          <TextInput label="Subject" required maxLength={200} {...form.getInputProps('subject')} />
          <Textarea
            label="Body"
            required
            autosize
            minRows={10}
            maxRows={22}
            ref={bodyRef}
            {...form.getInputProps('body')}
          />
          <div>
            <Text size="sm" fw={500} id="merge-fields-label">
              Insert a merge field at the cursor
            </Text>
            <Group gap={6} mt={4} role="group" aria-labelledby="merge-fields-label">
              {MERGE_FIELDS.map((m) => (
                <Button key={m.field} size="compact-sm" variant="default" onClick={() => insertField(m.field)}>
                  {m.label}
                </Button>
              ))}
            </Group>
          </div>
          <Fieldset legend="Sender">
            <Stack gap="sm">
              <Checkbox
                label="Send from my own name and address (otherwise, the workspace’s configured sender)"
                {...form.getInputProps('customSender', { type: 'checkbox' })}
              />
              {form.values.customSender && (
                <div className="grid sm-3">
                  <TextInput label="From name" maxLength={100} {...form.getInputProps('fromName')} />
                  <TextInput label="From address" type="email" {...form.getInputProps('fromEmail')} />
                  <NumberInput
                    label="Mailbox cap per day"
                    min={1}
                    max={2000}
                    allowDecimal={false}
                    {...form.getInputProps('senderDailyCap')}
                  />
                </div>
              )}
            </Stack>
          </Fieldset>
        </Stack>

        <PreviewPanel
          values={form.values}
          preview={preview.data}
          previewError={preview.error}
          previewLoading={saved && preview.isPending}
          dirty={dirty}
        />
      </div>

      <Paper withBorder p="md" mt="lg" radius="md" className={approved && !dirty ? 'approval approval-done' : 'approval'}>
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={3} size="h5">
                Approval
              </Title>
              {approved && !dirty ? (
                <Tag tone="ok">Approved</Tag>
              ) : (
                <Tag tone="warn">Not approved</Tag>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {dirty
                ? saved && approved
                  ? 'You changed the template: saving it withdraws the approval. Save, check the preview, then approve again.'
                  : 'Save the template, check its preview, then approve it. A campaign launches only with an approved template.'
                : approved
                  ? 'Every draft of this campaign starts from this template.'
                  : 'I have read the preview and approve this email as the template of every draft.'}
            </Text>
          </Stack>
          <Group gap="sm">
            {dirty && (
              <Button variant="default" loading={saving} onClick={() => void saveIfChanged()}>
                Save and preview
              </Button>
            )}
            {!dirty && !approved && (
              <Button loading={approve.isPending} onClick={() => approve.mutate()}>
                Approve the template
              </Button>
            )}
          </Group>
        </Group>
      </Paper>
      <ErrorState error={approve.error} />
      <ErrorState error={failure?.error} shownFields={shown} />
      <StepFooter step={3} saving={saving} />
    </form>
  );
}

function PreviewPanel({
  values,
  preview,
  previewError,
  previewLoading,
  dirty,
}: {
  values: TemplateValues;
  preview: TemplatePreview | undefined;
  previewError: unknown;
  previewLoading: boolean;
  dirty: boolean;
}) {
  // Live: the text being typed, filled with the sample the server chose for the last saved version.
  const sample = { ...(preview?.values ?? {}) };
  // An unsaved sender of its own signs the live preview too.
  if (preview && values.customSender && values.fromName.trim()) sample['{{senderName}}'] = values.fromName.trim();
  const subject = fillTemplate(values.subject, sample);
  const body = fillTemplate(values.body, sample);
  const unfilled = preview?.unfilled ?? [];
  const who =
    preview &&
    `${preview.values['{{firstName}}'] ?? ''} ${preview.values['{{lastName}}'] ?? ''}, ${preview.values['{{title}}'] ?? ''} at ${preview.values['{{companyName}}'] ?? ''}`;
  return (
    <Stack gap="xs" aria-labelledby="preview-title" component="section">
      <Group justify="space-between">
        <Title order={3} size="h4" id="preview-title">
          Preview
        </Title>
        {preview && (
          <Tag tone="info">
            {preview.sampleSource === 'PROSPECT' ? 'A real prospect' : 'A sample prospect'}
          </Tag>
        )}
      </Group>
      {previewLoading && <LoadingState label="Filling the template…" />}
      {previewError instanceof ApiError && <ErrorState error={previewError} />}
      {!preview && !previewLoading && !previewError && (
        <Text size="sm" c="dimmed">
          Save the template to see it filled for a sample prospect.
        </Text>
      )}
      {preview && (
        <>
          <Text size="sm" c="dimmed">
            As {who?.trim()} would receive it{dirty ? ' (your unsaved changes included)' : ''}.
          </Text>
          <Paper withBorder p="md" radius="sm" className="preview-email" data-testid="template-preview">
            <Text fw={600} mb="xs" data-testid="preview-subject">
              {subject}
            </Text>
            <Text component="pre" className="preview-body">
              {body}
            </Text>
          </Paper>
          {unfilled.length > 0 && (
            <Notice color="orange" title="Merge fields without a value yet">
              {unfilled.join(', ')}
              {unfilled.includes('{{meetingLink}}') ? ': set the scheduler link in step 4.' : '.'}
            </Notice>
          )}
        </>
      )}
    </Stack>
  );
}
