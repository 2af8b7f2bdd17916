import { Anchor, Group, List, Paper, Text, Title, VisuallyHidden } from '@mantine/core';
import { Tag } from './Notice';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { CampaignView, SetupGap } from '../campaignApi';
import { countryName, describeDays, hourLabel, seniorityLabel } from './options';
import { setupPath, stepTitle } from './steps';

const SOURCE_LABELS: Record<CampaignView['source'], string> = {
  DEMO: 'Demo directory',
  ROCKETREACH: 'RocketReach',
  CSV: 'CSV import',
};

const list = (values: readonly string[] | undefined, label: (v: string) => string = (v) => v) =>
  values && values.length > 0 ? values.map(label).join(', ') : 'any';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Section({
  campaign,
  step,
  editable,
  children,
}: {
  campaign: CampaignView;
  step: number;
  editable: boolean;
  children: ReactNode;
}) {
  const gaps = campaign.missing.filter((g) => g.step === step);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={stepTitle(step)}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {step}. {stepTitle(step)}
        </Title>
        {editable && (
          <Anchor component={Link} to={setupPath(campaign.id, step)} size="sm">
            Edit<VisuallyHidden> {stepTitle(step).toLowerCase()}</VisuallyHidden>
          </Anchor>
        )}
      </Group>
      {gaps.length > 0 && (
        <Text className="text-bad" size="sm" mb="xs">
          Missing: {gaps.map((g) => g.message).join('. ')}
        </Text>
      )}
      <dl className="summary">{children}</dl>
    </Paper>
  );
}

/** Every setting of the campaign, step by step, with what is missing; editable while a draft. */
export function SetupSummary({ campaign }: { campaign: CampaignView }) {
  const editable = campaign.status === 'DRAFT';
  const t = campaign.targetProfile;
  const q = campaign.qualification;
  const m = campaign.meeting;
  const s = campaign.sending;
  return (
    <div className="grid md-2" data-testid="setup-summary">
      <Section campaign={campaign} step={1} editable={editable}>
        <Row term="Name">{campaign.name}</Row>
        <Row term="Sector">{campaign.sector}</Row>
      </Section>
      <Section campaign={campaign} step={2} editable={editable}>
        {t ? (
          <>
            <Row term="Titles">{list(t.titles)}</Row>
            <Row term="Seniorities">{list(t.seniorities, seniorityLabel)}</Row>
            <Row term="Company sizes">{list(t.companySizes)}</Row>
            <Row term="Industries">{list(t.industries)}</Row>
            <Row term="Countries">{list(t.countries, countryName)}</Row>
          </>
        ) : (
          <Row term="Profile">not chosen yet</Row>
        )}
        <Row term="Source">{SOURCE_LABELS[campaign.source]}</Row>
        <Row term="Prospects per day">{campaign.dailyProspectQuota}</Row>
        <Row term="BANT weights">
          Budget {q.weights.budget} · Authority {q.weights.authority} · Need {q.weights.need} · Timeline{' '}
          {q.weights.timeline}
        </Row>
        <Row term="Threshold">
          {q.threshold} (review band {q.reviewBand}, hot from {q.hotScore})
        </Row>
      </Section>
      <Section campaign={campaign} step={3} editable={editable}>
        {campaign.emailTemplate ? (
          <>
            <Row term="Subject">{campaign.emailTemplate.subject}</Row>
            <Row term="Approved">
              {campaign.emailTemplate.approved ? (
                <Tag tone="ok">Approved</Tag>
              ) : (
                <Tag tone="warn">Not approved</Tag>
              )}
            </Row>
          </>
        ) : (
          <Row term="Template">not written yet</Row>
        )}
        <Row term="Sender">
          {campaign.sender
            ? `${campaign.sender.fromName} <${campaign.sender.fromEmail}>, at most ${campaign.sender.dailyCap} a day`
            : 'the workspace’s configured sender'}
        </Row>
      </Section>
      <Section campaign={campaign} step={4} editable={editable}>
        {m ? (
          <>
            <Row term="Meetings">
              {describeDays(m.days)}, {hourLabel(m.startHour)}–{hourLabel(m.endHour)} ({m.timeZone})
            </Row>
            <Row term="Scheduler link">
              {m.schedulerLink ? (
                <Anchor href={m.schedulerLink} target="_blank" rel="noreferrer">
                  {m.schedulerLink}
                </Anchor>
              ) : (
                'none'
              )}
            </Row>
          </>
        ) : (
          <Row term="Meetings">not set yet</Row>
        )}
        <Row term="Sending">
          {describeDays(s.days)}, {hourLabel(s.startHour)}–{hourLabel(s.endHour)} (
          {s.timeZone ?? 'each prospect’s time zone'}), at most {s.dailyCap} a day
        </Row>
      </Section>
    </div>
  );
}

/** What the campaign lacks, each a link to the step where it is set. */
export function MissingList({ campaignId, missing }: { campaignId: string; missing: readonly SetupGap[] }) {
  return (
    <List size="sm" spacing={4}>
      {missing.map((gap) => (
        <List.Item key={`${gap.step}:${gap.field}`}>
          <Anchor component={Link} to={setupPath(campaignId, gap.step)}>
            Step {gap.step}, {stepTitle(gap.step).toLowerCase()}
          </Anchor>
          : {gap.message}
        </List.Item>
      ))}
    </List>
  );
}
