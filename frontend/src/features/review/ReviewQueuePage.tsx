import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/ApiContext';
import { ApiError } from '../../api/problem';
import type { Draft } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { useCampaigns } from '../campaigns/queries';

const draftKeys = {
  pending: (campaignId: string) => ['drafts', 'PENDING', campaignId] as const,
};

export function ReviewQueuePage() {
  const api = useApi();
  const campaigns = useCampaigns();
  const [params, setParams] = useSearchParams();
  const selected = params.get('campaignId') ?? '';

  // Without a choice in the address, review the first campaign.
  const firstId = campaigns.data?.[0]?.id;
  useEffect(() => {
    if (!selected && firstId) setParams({ campaignId: firstId }, { replace: true });
  }, [selected, firstId, setParams]);

  const drafts = useQuery({
    queryKey: draftKeys.pending(selected),
    queryFn: () => api.listDrafts({ status: 'PENDING', campaignId: selected }),
    enabled: selected !== '',
  });

  return (
    <section>
      <header className="page-header">
        <h1>Review queue</h1>
        <Field label="Campaign">
          {(p) => (
            <select
              {...p}
              value={selected}
              onChange={(e) => setParams({ campaignId: e.target.value })}
              disabled={!campaigns.data || campaigns.data.length === 0}
            >
              {campaigns.data?.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </header>
      <ErrorAlert error={campaigns.error ?? drafts.error} />
      {campaigns.data?.length === 0 && <p className="empty">No campaign yet.</p>}
      {drafts.isFetching && !drafts.data && <p>Loading drafts…</p>}
      {drafts.data?.length === 0 && <p className="empty">No draft waiting for review.</p>}
      <ol className="drafts">
        {drafts.data?.map((draft) => (
          <li key={draft.id}>
            <DraftCard draft={draft} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function DraftCard({ draft }: { draft: Draft }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [subject, setSubject] = useState(draft.subject);
  const [body, setBody] = useState(draft.body);
  const approve = useMutation({
    mutationFn: () => api.approveDraft(draft.id, { subject, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['drafts'] }),
  });
  const fieldErrors = approve.error instanceof ApiError ? approve.error.fieldErrors() : {};
  const { recipient } = draft;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    approve.mutate();
  }

  const headingId = `draft-${draft.id}`;
  return (
    <article className="card draft" aria-labelledby={headingId}>
      <header className="draft-header">
        <div>
          <h2 id={headingId}>
            {recipient.firstName} {recipient.lastName}
          </h2>
          <p className="muted">
            {recipient.title} at <strong>{recipient.companyName}</strong> · {recipient.email}
          </p>
        </div>
        <p className="score" aria-label={`BANT score ${draft.bantScore}`}>
          <span className="score-value">{draft.bantScore}</span>
          <span className="score-label">BANT</span>
        </p>
      </header>
      <form className="form" onSubmit={onSubmit}>
        <ErrorAlert error={approve.error} shownFields={['subject', 'body']} />
        <Field label="Subject" error={fieldErrors.subject}>
          {(p) => <input {...p} type="text" value={subject} onChange={(e) => setSubject(e.target.value)} />}
        </Field>
        <Field label="Body" error={fieldErrors.body}>
          {(p) => <textarea {...p} rows={10} value={body} onChange={(e) => setBody(e.target.value)} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={approve.isPending || approve.isSuccess}>
            {approve.isSuccess ? 'Approved' : approve.isPending ? 'Approving…' : 'Approve'}
          </button>
        </div>
      </form>
    </article>
  );
}
