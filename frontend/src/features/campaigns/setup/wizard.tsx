import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Tag } from './Notice';
import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useApi } from '../../../api/ApiContext';
import { campaignApi, type CampaignView, type SetupEndpoint } from '../campaignApi';
import { storeCampaign } from '../queries';
import { setupPath, stepState, STEPS, type StepNumber, type StepState } from './steps';
import '../campaigns.css';

/** Decides whether the wizard may leave the current step (saving it first when it changed). */
type LeaveGuard = () => Promise<boolean>;

interface WizardApi {
  campaign: CampaignView | null;
  step: StepNumber;
  /** Leaves the current step for `target`, saving it first; stays when the save fails. */
  go: (target: number) => Promise<void>;
  setGuard: (guard: LeaveGuard | null) => void;
}

const WizardContext = createContext<WizardApi | null>(null);

export function useWizard(): WizardApi {
  const wizard = useContext(WizardContext);
  if (!wizard) throw new Error('useWizard must be used inside <SetupWizard>');
  return wizard;
}

/** Registers the current step's "save before leaving" for the stepper and the Back button. */
export function useLeaveGuard(guard: LeaveGuard) {
  const { setGuard } = useWizard();
  const latest = useRef(guard);
  latest.current = guard;
  useEffect(() => {
    setGuard(() => latest.current());
    return () => setGuard(null);
  }, [setGuard]);
}

const STATE_TEXT: Record<StepState | 'current', string> = {
  done: 'done',
  missing: 'something missing',
  todo: 'to do',
  current: 'current step',
};

/** The frame of every step: the campaign's name, the stepper, then the step. */
export function SetupWizard({
  campaign,
  step,
  children,
}: {
  campaign: CampaignView | null;
  step: StepNumber;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  const guard = useRef<LeaveGuard | null>(null);
  const setGuard = useCallback((next: LeaveGuard | null) => {
    guard.current = next;
  }, []);
  const go = useCallback(
    async (target: number) => {
      if (!campaign) return;
      const mayLeave = guard.current ? await guard.current() : true;
      if (mayLeave) navigate(setupPath(campaign.id, target));
    },
    [campaign, navigate],
  );
  const api = useMemo(() => ({ campaign, step, go, setGuard }), [campaign, step, go, setGuard]);
  const frame = useRef<HTMLDivElement>(null);
  // A new step starts at the top, with the focus on its heading (screen readers hear where they are).
  useEffect(() => {
    frame.current?.scrollIntoView({ block: 'start' });
    document.getElementById('setup-step-title')?.focus({ preventScroll: true });
  }, [step]);

  return (
    <WizardContext.Provider value={api}>
      <Stack gap="md" className="setup" ref={frame}>
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <div>
            <Text size="sm">
              <Link to="/campaigns">Campaigns</Link>
              {campaign && (
                <>
                  {' / '}
                  <Link to={`/campaigns/${encodeURIComponent(campaign.id)}`}>{campaign.name}</Link>
                </>
              )}
            </Text>
            <Title order={1}>{campaign ? 'Campaign setup' : 'New campaign'}</Title>
          </div>
          {campaign && (
            <Text size="sm" c="dimmed">
              Draft saved at each step: you can leave and continue later.
            </Text>
          )}
        </Group>
        <SetupStepper campaign={campaign} current={step} go={go} />
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="setup-step-title">
          {children}
        </Paper>
      </Stack>
    </WizardContext.Provider>
  );
}

function SetupStepper({
  campaign,
  current,
  go,
}: {
  campaign: CampaignView | null;
  current: StepNumber;
  go: (target: number) => Promise<void>;
}) {
  return (
    <nav aria-label="Setup steps">
      <ol className="setup-stepper">
        {STEPS.map(({ step, title }) => {
          const state = stepState(campaign, step);
          const isCurrent = step === current;
          const marker = state === 'done' ? '✓' : state === 'missing' && !isCurrent ? '!' : String(step);
          const className = `setup-step setup-step-${isCurrent ? 'current' : state}`;
          const content = (
            <>
              <span className="setup-step-marker" aria-hidden="true">
                {marker}
              </span>
              <span className="setup-step-text">
                <span className="setup-step-title">
                  {step}. {title}
                </span>
                <span className="setup-step-state">
                  {isCurrent ? (state === 'todo' ? 'current' : `current · ${state === 'done' ? 'saved' : 'missing'}`) : STATE_TEXT[state]}
                </span>
              </span>
            </>
          );
          return (
            <li key={step}>
              {campaign ? (
                <Link
                  to={setupPath(campaign.id, step)}
                  className={className}
                  aria-current={isCurrent ? 'step' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    if (!isCurrent) void go(step);
                  }}
                >
                  {content}
                </Link>
              ) : (
                <span className={className} aria-current={isCurrent ? 'step' : undefined} aria-disabled={!isCurrent}>
                  {content}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** The step's heading and what the API says it still lacks. */
export function StepHeader({ step, title, children }: { step: number; title: string; children?: ReactNode }) {
  const { campaign } = useWizard();
  const state = stepState(campaign, step);
  return (
    <Stack gap={4} mb="md">
      <Group gap="sm">
        <Title order={2} id="setup-step-title" tabIndex={-1} className="setup-step-heading">
          Step {step} of 5 · {title}
        </Title>
        {state === 'done' && step < 5 && (
          <Tag tone="ok">Saved</Tag>
        )}
      </Group>
      {children && <Text c="dimmed">{children}</Text>}
    </Stack>
  );
}

/** Back and "Save and continue" at the bottom of a step. */
export function StepFooter({
  step,
  saving,
  nextLabel = 'Save and continue',
  extra,
}: {
  step: number;
  saving: boolean;
  nextLabel?: string;
  extra?: ReactNode;
}) {
  const { go, campaign } = useWizard();
  return (
    <Group justify="space-between" mt="xl" className="setup-footer">
      {step > 1 && campaign ? (
        <Button variant="default" onClick={() => void go(step - 1)} disabled={saving}>
          Back
        </Button>
      ) : (
        <Button variant="default" component={Link} to="/campaigns">
          Cancel
        </Button>
      )}
      <Group gap="sm">
        {extra}
        <Button type="submit" loading={saving}>
          {nextLabel}
        </Button>
      </Group>
    </Group>
  );
}

export interface SaveCall {
  endpoint: SetupEndpoint;
  body: unknown;
}

export interface SaveFailure {
  endpoint: SetupEndpoint;
  error: unknown;
}

/** Saves a step's parts one request after the other; the first refusal stops, is kept and returned. */
export function useStepSaver(campaignId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const save = useCallback(
    async (calls: SaveCall[]): Promise<SaveFailure | null> => {
      setSaving(true);
      setFailure(null);
      try {
        for (const call of calls) {
          try {
            storeCampaign(queryClient, await campaignApi.put(api, campaignId, call.endpoint, call.body));
          } catch (error) {
            const failed = { endpoint: call.endpoint, error };
            setFailure(failed);
            return failed;
          }
        }
        return null;
      } finally {
        setSaving(false);
      }
    },
    [api, campaignId, queryClient],
  );
  return { save, saving, failure, setFailure };
}

/** Same JSON: a part of a step that did not change is not sent again. */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
