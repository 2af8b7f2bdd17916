// A user's first day, in a real browser: Debian's chromium driven by playwright-core, through the
// gateway of the real local stack. Signs up a new user (who invites a colleague who joins from the
// link), signs out, is told of a wrong password, signs in as the demo user, opens every screen, creates and launches a campaign on
// the demo directory, waits for its prospects and drafts, edits and approves a draft, and sees it
// sent. Each screen is saved as a PNG and checked by axe-core (a serious or critical violation
// fails the run). Prints one JSON object per line; the last is the result. Exit code 0 = passed.
//
//   node journey.mjs --base-url http://127.0.0.1:28080 --email demo@opensdr.io \
//        --password ... --out ../target/browser-screenshots [--chromium /usr/bin/chromium]
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const { values: args } = parseArgs({
  options: {
    'base-url': { type: 'string' },
    email: { type: 'string' },
    password: { type: 'string' },
    out: { type: 'string' },
    chromium: { type: 'string', default: process.env.OPENSDR_CHROMIUM || '/usr/bin/chromium' },
    // How long the pipeline may take to find, score and draft, then to send.
    'pipeline-ms': { type: 'string', default: '150000' },
  },
});
for (const required of ['base-url', 'email', 'password', 'out']) {
  if (!args[required]) {
    console.error(`missing --${required}`);
    process.exit(2);
  }
}
const BASE = args['base-url'].replace(/\/$/, '');
const PIPELINE_MS = Number(args['pipeline-ms']);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
mkdirSync(args.out, { recursive: true });

const started = Date.now();
const log = (event) => console.log(JSON.stringify({ t: Date.now() - started, ...event }));
const problems = []; // uncaught page errors and CSP violations
const a11yWarnings = [];
let shot = 0;

/** Saves the page as NN-name.png and fails on serious or critical axe violations. */
async function checkScreen(page, name) {
  // Let loading states and transitions settle before the picture.
  await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 15000 }).catch(() => {});
  await page.waitForTimeout(300);
  shot += 1;
  const file = join(args.out, `${String(shot).padStart(2, '0')}-${name}.png`);
  // What the user sees on arrival (a long queue would make an unreadable full-page picture).
  await page.screenshot({ path: file });
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
  // govern: the app keeps its 'self'-only policy during the test.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  a11yWarnings.push(...violations.filter((v) => !blocking.includes(v)).map((v) => ({ screen: name, ...v })));
  log({ step: 'screen', name, screenshot: file, violations: violations.length });
  if (blocking.length > 0) {
    throw new Error(`axe-core: ${blocking.length} serious/critical violation(s) on ${name}: ${JSON.stringify(blocking, null, 2)}`);
  }
}

/** Waits until the number shown by `locator` satisfies `ok`; returns it. */
async function waitForCount(locator, ok, what, timeoutMs = PIPELINE_MS) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = ((await locator.textContent({ timeout: 5000 }).catch(() => '')) ?? '').trim();
    const n = Number.parseInt(last.replace(/[^\d]/g, ''), 10);
    if (Number.isFinite(n) && ok(n)) return n;
    await locator.page().waitForTimeout(1000);
  }
  throw new Error(`${what}: still "${last}" after ${timeoutMs} ms`);
}

async function navigate(page, label, heading) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

const browser = await chromium.launch({
  executablePath: args.chromium,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
let exitCode = 0;
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 850 }, locale: 'en-GB' });
  context.setDefaultTimeout(20000);
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      problems.push(`CSP: ${message.text()}`);
    }
  });

  // Sign up: a new user gets a workspace of their own and lands on its (empty) dashboard.
  await page.goto(`${BASE}/`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await checkScreen(page, 'sign-in');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByRole('heading', { name: 'Create your account' }).waitFor();
  const stamp = Date.now().toString(36);
  const newUser = {
    name: 'Journey Tester',
    email: `journey-${stamp}@example.com`,
    password: `journey passphrase ${stamp}`,
    workspace: `Journey ${stamp}`,
  };
  await page.getByLabel('Your name').fill(newUser.name);
  await page.getByLabel('Work email').fill(newUser.email);
  await page.getByLabel('Password', { exact: true }).fill('too short');
  await page.getByLabel('Workspace name').fill(newUser.workspace);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText('The password must have at least 12 characters').waitFor();
  await checkScreen(page, 'sign-up-weak-password');
  await page.getByLabel('Password', { exact: true }).fill(newUser.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await page.getByRole('heading', { name: 'No campaign yet' }).waitFor();
  log({ step: 'signed-up', email: newUser.email, workspace: newUser.workspace });
  await checkScreen(page, 'dashboard-new-workspace');

  // The owner invites a colleague. The local stack emails the invitation to GreenMail (the IT reads
  // it there); the journey takes the link from the API's answer (without mail, the page shows it).
  await page.getByRole('link', { name: 'Members' }).click();
  await page.getByRole('heading', { level: 1, name: 'Workspace members' }).waitFor();
  await page.getByTestId(`member-${newUser.email}`).waitFor();
  const invitee = { email: `journey-invitee-${stamp}@example.com`, password: `invitee passphrase ${stamp}` };
  await page.getByLabel('Email address').fill(invitee.email);
  const [invited] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && /\/api\/workspaces\/[^/]+\/invitations$/.test(new URL(r.url()).pathname)),
    page.getByRole('button', { name: 'Create invitation' }).click(),
  ]);
  const invitation = await invited.json();
  await page.getByTestId('issued-invitation').waitFor();
  const invitationLink = invitation.emailed
    ? `${BASE}/invitations/accept#token=${encodeURIComponent(invitation.token)}`
    : await page.getByLabel('Invitation link').inputValue();
  await page.getByTestId(`pending-${invitee.email}`).waitFor();
  log({ step: 'invited', invitee: invitee.email, emailed: invitation.emailed });
  await checkScreen(page, 'members-invited');

  // Signing out says so.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('status').filter({ hasText: 'You are signed out.' }).waitFor();
  await checkScreen(page, 'signed-out');

  // The invitee opens the link, creates an account, joins the workspace and sees its members.
  await page.goto(invitationLink);
  await page.getByRole('heading', { name: `Join ${newUser.workspace}` }).waitFor();
  await checkScreen(page, 'invitation-accept');
  await page.getByLabel('Your name').fill('Journey Invitee');
  await page.getByLabel('Choose a password').fill(invitee.password);
  await page.getByRole('button', { name: `Join ${newUser.workspace}` }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await page.getByRole('link', { name: 'Members' }).click();
  await page.getByTestId(`member-${invitee.email}`).waitFor();
  await page.getByText(`Only an owner of ${newUser.workspace} can invite people.`).waitFor();
  log({ step: 'invitation-accepted', invitee: invitee.email });
  await checkScreen(page, 'members-as-member');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('status').filter({ hasText: 'You are signed out.' }).waitFor();

  // The same link a second time is refused (its preview already), and the page says why.
  await page.goto(invitationLink);
  await page.getByRole('alert').filter({ hasText: 'This invitation can no longer be used' }).waitFor();
  await checkScreen(page, 'invitation-used');

  // A wrong password is named as such (on the new account: the demo account's failure count,
  // which locks it after five, stays clean for the rest of the script and other runs).
  await page.getByRole('link', { name: 'Go to sign in' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(newUser.email);
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: /wrong email or password/i }).waitFor();
  await checkScreen(page, 'sign-in-wrong-password');

  // The rest of the journey runs as the demo user.
  await page.getByLabel('Email').fill(args.email);
  await page.getByLabel('Password', { exact: true }).fill(args.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  log({ step: 'signed-in', email: args.email });
  await checkScreen(page, 'dashboard-before');

  // Set a campaign up through the 5-step wizard on the demo directory (each step comes prefilled
  // with the demo profile), leave it as a draft half-way and resume it, then launch it.
  await navigate(page, /Campaigns/, 'Campaigns');
  await checkScreen(page, 'campaigns');
  await page.getByRole('link', { name: 'New campaign' }).click();
  await page.getByRole('heading', { level: 1, name: 'New campaign' }).waitFor();
  const name = `Browser journey ${new Date().toISOString().slice(0, 19)}`;
  const setupStep = (n) => page.getByRole('heading', { level: 2, name: new RegExp(`^Step ${n} of 5`) });
  const saveAndContinue = () => page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await checkScreen(page, 'setup-1-name');
  await saveAndContinue(); // creates the draft
  await setupStep(2).waitFor();
  await checkScreen(page, 'setup-2-target');
  await saveAndContinue();
  await setupStep(3).waitFor();
  // The draft is kept: from the list, "Continue setup" resumes at its first incomplete step.
  await navigate(page, /Campaigns/, 'Campaigns');
  await page.getByRole('link', { name: `Continue setup of ${name}` }).click();
  await setupStep(3).waitFor();
  log({ step: 'draft-resumed', at: page.url() });
  // Step 3 of the brief: the user checks the preview and must approve the template before a launch.
  await page.getByRole('button', { name: 'Save and preview' }).click();
  await page.getByTestId('preview-subject').waitFor();
  await page.getByRole('button', { name: 'Approve the template' }).click();
  await page.getByText('Approved', { exact: true }).first().waitFor();
  await checkScreen(page, 'setup-3-template');
  await saveAndContinue();
  await setupStep(4).waitFor();
  await checkScreen(page, 'setup-4-availability');
  await saveAndContinue();
  await setupStep(5).waitFor();
  await page.getByText('Ready to launch').waitFor();
  await checkScreen(page, 'setup-5-review');
  await page.getByRole('button', { name: 'Launch campaign' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  const campaignUrl = page.url();
  const actions = page.getByRole('group', { name: 'Campaign actions' });
  await actions.getByRole('button', { name: 'Pause' }).and(page.locator(':enabled')).waitFor();
  log({ step: 'launched', campaign: campaignUrl });

  // Prospects arrive, are scored, and drafts wait for review.
  const found = await waitForCount(page.getByTestId('metric-prospectsFound'), (n) => n > 0, 'prospects found');
  const drafted = await waitForCount(page.getByTestId('metric-emailsDrafted'), (n) => n > 0, 'emails drafted');
  log({ step: 'pipeline', found, drafted });
  await checkScreen(page, 'campaign-launched');

  // Prospects: the campaign's list, one prospect's BANT breakdown with its reasons, the review band,
  // and the threshold slider, moved until the count changes but never applied (a higher threshold
  // could leave the rest of the journey without a draft).
  await navigate(page, /Prospects/, 'Prospects');
  await page.getByLabel('Campaign').selectOption({ label: name });
  const prospectRows = page.getByRole('table', { name: 'Prospects' }).getByRole('row');
  await page.locator('table[aria-label="Prospects"][aria-busy="false"]').waitFor();
  await prospectRows.nth(1).waitFor();
  await checkScreen(page, 'prospects');
  // The same list on a tablet held upright, then back to the laptop.
  await page.setViewportSize({ width: 820, height: 1180 });
  await checkScreen(page, 'tablet-prospects');
  await page.setViewportSize({ width: 1366, height: 850 });
  const prospectLink = prospectRows.nth(1).getByRole('link').first();
  const prospectName = (await prospectLink.textContent()).trim();
  await prospectLink.click();
  await page.getByRole('heading', { level: 1, name: prospectName }).waitFor();
  await page.getByRole('heading', { name: 'BANT breakdown' }).waitFor();
  for (const criterion of ['budget', 'authority', 'need', 'timeline']) {
    const text = (await page.getByTestId(`bant-${criterion}`).textContent()).trim();
    if (!/\d+\/100/.test(text) || text.length < 40) throw new Error(`BANT ${criterion} without score or reason: "${text}"`);
  }
  await checkScreen(page, 'prospect-detail');
  await page.getByRole('link', { name: /Back to the prospects/ }).click();
  await page.getByRole('tab', { name: 'Review band' }).click();
  await page.getByRole('list', { name: 'Prospects waiting for review' })
    .or(page.getByRole('heading', { name: 'No prospect waits for review' })).waitFor();
  await checkScreen(page, 'prospects-review-band');
  await page.getByRole('tab', { name: 'Threshold' }).click();
  const slider = page.getByRole('slider', { name: 'Threshold' });
  await slider.waitFor();
  const qualifiedAt = page.getByTestId('threshold-qualified');
  const qualifiedBefore = await waitForCount(qualifiedAt, () => true, 'threshold: qualified count', 20000);
  const thresholdBefore = Number(await slider.getAttribute('aria-valuenow'));
  await slider.focus();
  let qualifiedAfter = qualifiedBefore;
  for (let step = 0; step < 40 && qualifiedAfter === qualifiedBefore; step += 1) {
    await page.keyboard.press('ArrowRight');
    qualifiedAfter = Number.parseInt((await qualifiedAt.textContent()).replace(/[^\d]/g, ''), 10);
  }
  const thresholdAfter = Number(await slider.getAttribute('aria-valuenow'));
  if (qualifiedAfter === qualifiedBefore) throw new Error(`threshold slider: still ${qualifiedBefore} qualified at ${thresholdAfter}`);
  await page.getByText(/checked by the qualifier/).waitFor();
  log({ step: 'threshold-slider', thresholdBefore, thresholdAfter, qualifiedBefore, qualifiedAfter });
  await checkScreen(page, 'prospects-threshold');
  // Not applied: back to the threshold in force, nothing was changed.
  await page.getByRole('button', { name: `Back to ${thresholdBefore}` }).click();
  await page.getByRole('button', { name: `Apply threshold ${thresholdBefore}…` }).and(page.locator(':disabled')).waitFor();

  // Review: edit the first draft's subject and approve it (the "sent" step below waits for it);
  // then by keyboard, as a fast reviewer does: the shortcuts' help (?), the next draft (j), and
  // reject it (r) with a reason (2) and Enter.
  await navigate(page, /Review/, 'Review queue');
  await page.getByLabel('Campaign').selectOption({ label: name });
  const draft = page.getByRole('article');
  await draft.waitFor();
  await checkScreen(page, 'review');
  const recipient = (await draft.getByRole('heading', { level: 2 }).textContent()).trim();
  const subjectBox = draft.getByLabel('Subject');
  const subject = `Edited: ${await subjectBox.inputValue()}`;
  await subjectBox.fill(subject);
  const recipientEmail = (await draft.getByTestId('review-recipient-email').textContent()).trim();
  await draft.getByRole('button', { name: 'Approve with edits' }).click();
  const reviewStatus = page.getByTestId('review-status');
  await reviewStatus.filter({ hasText: `Approved your edited email to ${recipient}.` }).waitFor();
  log({ step: 'approved', recipient, recipientEmail, subject });

  // Two drafts are needed to move: more arrive while the agent drafts (Refresh asks again).
  const waiting = page.getByText(/^\d+ waiting/);
  const deadline = Date.now() + 60000;
  while (Number.parseInt((await waiting.textContent({ timeout: 5000 }).catch(() => '0')) ?? '0', 10) < 2) {
    if (Date.now() > deadline) throw new Error('review: fewer than two drafts left to exercise the shortcuts');
    await page.waitForTimeout(2000);
    await page.getByRole('button', { name: /^(Refresh|Check again)$/ }).click();
  }
  await page.keyboard.press('?');
  await page.getByRole('region', { name: 'Keyboard shortcuts' }).waitFor();
  await checkScreen(page, 'review-shortcuts');
  await page.keyboard.press('?');
  const first = (await draft.getByRole('heading', { level: 2 }).textContent()).trim();
  await page.keyboard.press('j');
  const second = draft.getByRole('heading', { level: 2 }).filter({ hasNotText: first });
  await second.waitFor();
  const rejected = (await second.textContent()).trim();
  await page.keyboard.press('r');
  const rejectForm = page.getByRole('form', { name: `Reject the email to ${rejected}` });
  await rejectForm.waitFor();
  await page.keyboard.press('2');
  await checkScreen(page, 'review-reject');
  await page.keyboard.press('Enter');
  await reviewStatus.filter({ hasText: `Rejected the email to ${rejected}.` }).waitFor();
  await rejectForm.waitFor({ state: 'detached' });
  log({ step: 'rejected-by-keyboard', rejected });

  // It is sent: the campaign's count says so.
  await page.goto(campaignUrl);
  const sent = await waitForCount(page.getByTestId('metric-emailsSent'), (n) => n >= 1, 'emails sent');
  log({ step: 'sent', sent });
  await checkScreen(page, 'campaign-sent');

  await navigate(page, /Tracker/, 'Performance tracker');
  await page.getByRole('textbox', { name: 'Campaign' }).or(page.getByRole('combobox', { name: 'Campaign' })).click();
  await page.getByRole('option', { name }).click();
  await waitForCount(page.getByTestId('funnel-Sent'), (n) => n >= 1, 'tracker funnel: sent', 20000);
  await checkScreen(page, 'tracker');

  await navigate(page, /Dashboard/, 'Dashboard');
  await waitForCount(page.getByTestId('dash-emailsSent'), (n) => n >= 1, 'dashboard: emails sent', 20000);
  await checkScreen(page, 'dashboard-after');

  // A tablet held upright: the navigation folds into the menu button.
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.getByRole('button', { name: 'Open navigation' }).waitFor();
  await checkScreen(page, 'tablet-dashboard');
  await page.getByRole('button', { name: 'Open navigation' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Review/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();
  await checkScreen(page, 'tablet-review');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();

  if (problems.length > 0) throw new Error(`The page reported problems:\n${problems.join('\n')}`);
  log({ result: 'passed', campaign: name, recipientEmail, subject, screenshots: shot, a11yWarnings, ms: Date.now() - started });
} catch (error) {
  exitCode = 1;
  log({ result: 'failed', error: String(error?.stack ?? error), problems, a11yWarnings });
  try {
    const pages = browser.contexts().flatMap((c) => c.pages());
    if (pages[0]) await pages[0].screenshot({ path: join(args.out, 'failure.png'), fullPage: true });
  } catch {
    // the browser may be gone
  }
} finally {
  await browser.close();
}
process.exit(exitCode);
