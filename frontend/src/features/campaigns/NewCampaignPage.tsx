import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/problem';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import {
  demoCampaignValues,
  MERGE_FIELDS,
  toCreateCampaign,
  WEEK_DAYS,
  type CampaignFormValues,
} from './campaignForm';
import { useCreateCampaign } from './queries';

/** Where the API reports each input's errors (RFC 9457 `errors[].field`). */
const FIELD_PATHS: Record<keyof CampaignFormValues, string> = {
  name: 'name',
  sector: 'sector',
  titles: 'targetProfile.titles',
  seniorities: 'targetProfile.seniorities',
  companySizes: 'targetProfile.companySizes',
  industries: 'targetProfile.industries',
  countries: 'targetProfile.countries',
  subject: 'emailTemplate.subject',
  body: 'emailTemplate.body',
  days: 'meeting.days',
  startHour: 'meeting.startHour',
  endHour: 'meeting.endHour',
  timeZone: 'meeting.timeZone',
  schedulerLink: 'meeting.schedulerLink',
  threshold: 'threshold',
  dailyProspectQuota: 'dailyProspectQuota',
};

/** An error on `targetProfile.titles[1]` belongs to the titles input. */
function belongsTo(errorField: string, path: string): boolean {
  return errorField === path || errorField.startsWith(`${path}[`) || errorField.startsWith(`${path}.`);
}

type TextKey = Exclude<keyof CampaignFormValues, 'days'>;

export function NewCampaignPage() {
  const navigate = useNavigate();
  const create = useCreateCampaign();
  const [values, setValues] = useState<CampaignFormValues>(demoCampaignValues);
  const [templateApproved, setTemplateApproved] = useState(false);

  const apiErrors = create.error instanceof ApiError ? (create.error.problem.errors ?? []) : [];
  const errorFor = (key: keyof CampaignFormValues): string | undefined => {
    const messages = apiErrors.filter((e) => belongsTo(e.field, FIELD_PATHS[key])).map((e) => e.message);
    return messages.length > 0 ? messages.join('; ') : undefined;
  };
  const shownFields = apiErrors
    .filter((e) => Object.values(FIELD_PATHS).some((path) => belongsTo(e.field, path)))
    .map((e) => e.field);

  const set = (key: TextKey) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: event.target.value }));

  function toggleDay(day: string) {
    setValues((v) => ({
      ...v,
      days: v.days.includes(day) ? v.days.filter((d) => d !== day) : [...v.days, day],
    }));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    create.mutate(toCreateCampaign(values, templateApproved), {
      onSuccess: (campaign) => navigate(`/campaigns/${encodeURIComponent(campaign.id)}`),
    });
  }

  const text = (key: TextKey, label: string, extra: { hint?: string; type?: string } = {}) => (
    <Field label={label} error={errorFor(key)} {...(extra.hint ? { hint: extra.hint } : {})}>
      {(p) => <input {...p} name={key} type={extra.type ?? 'text'} value={values[key]} onChange={set(key)} />}
    </Field>
  );

  return (
    <section>
      <header className="page-header">
        <h1>New campaign</h1>
        <Link to="/campaigns" className="button">
          Cancel
        </Link>
      </header>
      <form className="form card" onSubmit={onSubmit} noValidate>
        <ErrorAlert error={create.error} shownFields={shownFields} />

        <fieldset>
          <legend>Campaign</legend>
          {text('name', 'Name')}
          {text('sector', 'Sector')}
        </fieldset>

        <fieldset>
          <legend>Target profile</legend>
          <p className="field-hint">Separate several values with commas.</p>
          {text('titles', 'Job titles')}
          {text('seniorities', 'Seniorities', { hint: 'Any of C_LEVEL, VP, DIRECTOR, HEAD, MANAGER.' })}
          {text('companySizes', 'Company sizes (employees)')}
          {text('industries', 'Industries')}
          {text('countries', 'Countries', { hint: 'ISO codes, such as FR, DE, GB.' })}
        </fieldset>

        <fieldset>
          <legend>Email template</legend>
          <p className="field-hint">
            Merge fields:{' '}
            {MERGE_FIELDS.map((f) => (
              <code key={f} className="merge-field">
                {f}
              </code>
            ))}
          </p>
          {text('subject', 'Subject')}
          <Field label="Body" error={errorFor('body')}>
            {(p) => <textarea {...p} name="body" rows={12} value={values.body} onChange={set('body')} />}
          </Field>
          <label className="checkbox">
            <input
              type="checkbox"
              name="templateApproved"
              checked={templateApproved}
              onChange={(e) => setTemplateApproved(e.target.checked)}
            />
            I have read this email and approve it as the template of every draft (required to launch)
          </label>
        </fieldset>

        <fieldset>
          <legend>Meeting availability</legend>
          <div className={errorFor('days') ? 'field field-invalid' : 'field'}>
            <span className="label" id="days-label">
              Days
            </span>
            <div className="checkbox-row" role="group" aria-labelledby="days-label">
              {WEEK_DAYS.map((d) => (
                <label key={d.value} className="checkbox">
                  <input
                    type="checkbox"
                    name="days"
                    value={d.value}
                    checked={values.days.includes(d.value)}
                    onChange={() => toggleDay(d.value)}
                  />
                  {d.label}
                </label>
              ))}
            </div>
            {errorFor('days') && <p className="field-error">{errorFor('days')}</p>}
          </div>
          <div className="field-row">
            {text('startHour', 'From (hour)', { type: 'number' })}
            {text('endHour', 'To (hour)', { type: 'number' })}
          </div>
          {text('timeZone', 'Time zone', { hint: 'An IANA name, such as Europe/Paris.' })}
          {text('schedulerLink', 'Scheduler link (optional)', {
            type: 'url',
            hint: 'A Calendly or Cal.com link; leave empty to propose times by email.',
          })}
        </fieldset>

        <fieldset>
          <legend>Pace and qualification</legend>
          <div className="field-row">
            {text('threshold', 'BANT threshold (0–100)', { type: 'number' })}
            {text('dailyProspectQuota', 'Prospects per day', { type: 'number' })}
          </div>
        </fieldset>

        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create campaign'}
          </button>
        </div>
      </form>
    </section>
  );
}
