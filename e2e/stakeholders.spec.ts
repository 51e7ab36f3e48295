import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test';
import { createAccountViaApi, csrfToken, signedInApi, signIn, snap, unique, users } from './helpers';

/** Claire Donovan, the account manager of Albion Mutual Insurance and three other demo accounts. */
const am = 'am@vested.demo';

type ContactInput = {
  name: string;
  title: string;
  businessUnit?: string;
  email?: string;
  level: 'Executive' | 'Senior';
  decisionRole?: 'Decision maker' | 'Technical evaluator';
  reportsTo?: string;
  influence: number;
  interest: number;
};

/**
 * The small map every journey here builds on a fresh account of Claire's. With highFrom 4 the grid puts
 * the CEO (5, 2) in "Keep satisfied", the CIO (4, 4) in "Manage closely", the Head of Claims (3, 5) in
 * "Keep informed", nobody in "Monitor". Weights for weighted cement (influence × role factor): CEO 5×1,
 * CIO 4×1 (technical evaluator), Head of Claims 3×3 (decision maker) — 18 in all.
 */
const ceo: ContactInput = {
  name: 'Margaret Ellis',
  title: 'Chief Executive Officer',
  level: 'Executive',
  influence: 5,
  interest: 2,
};
const cio: ContactInput = {
  name: 'Owen Pryce',
  title: 'Chief Information Officer',
  businessUnit: 'IT',
  level: 'Executive',
  decisionRole: 'Technical evaluator',
  reportsTo: ceo.name,
  influence: 4,
  interest: 4,
};
const claims: ContactInput = {
  name: 'Priya Nair',
  title: 'Head of Claims',
  businessUnit: 'Claims',
  email: 'priya.nair@harland-re.example',
  level: 'Senior',
  decisionRole: 'Decision maker',
  reportsTo: ceo.name,
  influence: 3,
  interest: 5,
};

const apiValues = {
  Executive: 'executive',
  Senior: 'senior',
  'Decision maker': 'decision_maker',
  'Technical evaluator': 'technical_evaluator',
} as const;

/**
 * A fresh Growth account (never Image: another journey counts those) with Claire as its manager,
 * created by the director through the API; optionally with the three contacts above.
 */
async function claireAccount(
  director: APIRequestContext,
  withContacts: boolean,
): Promise<{ id: string; name: string; contactIds: Record<string, string> }> {
  const people = await director.get('/api/v1/people', { params: { q: 'Claire Donovan' } });
  expect(people.ok()).toBe(true);
  const claire = ((await people.json()) as { items: { id: string; name: string }[] }).items.find(
    (p) => p.name === 'Claire Donovan',
  );
  expect(claire).toBeDefined();
  const account = await createAccountViaApi(director, {
    name: `E2E Harland Re ${unique()}`,
    objective: 'growth',
    industry: 'Reinsurance',
    country: 'GB',
    managerPersonId: claire?.id,
  });
  const contactIds: Record<string, string> = {};
  if (withContacts) {
    const csrf = await csrfToken(director);
    for (const c of [ceo, cio, claims]) {
      const res = await director.post(`/api/v1/accounts/${account.id}/contacts`, {
        headers: { 'x-csrf-token': csrf },
        data: {
          name: c.name,
          title: c.title,
          businessUnit: c.businessUnit,
          email: c.email,
          level: apiValues[c.level],
          decisionRole: c.decisionRole ? apiValues[c.decisionRole] : null,
          reportsToId: c.reportsTo ? contactIds[c.reportsTo] : null,
          influence: c.influence,
          interest: c.interest,
        },
      });
      expect(res.status()).toBe(201);
      contactIds[c.name] = ((await res.json()) as { id: string }).id;
    }
  }
  return { id: account.id, name: account.name, contactIds };
}

/**
 * A full-page screenshot from the top of the page (a page left scrolled down draws its sticky header
 * in the middle of a full-page picture), without the toasts.
 */
async function shot(page: Page, name: string): Promise<void> {
  // Toasts pause while hovered and may outlive any wait: keep them out of the picture instead.
  const hide = await page.addStyleTag({
    content: '.mantine-Notifications-root { display: none !important; }',
  });
  await page.evaluate('window.scrollTo(0, 0)');
  await snap(page, name);
  await hide.evaluate((style) => style.remove());
}

/** What the screen shows now (a dialog stays centred, unlike in a full-page picture). */
async function snapScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/artifacts/${name}.png` });
}

/** Pick an option of a Mantine select (the options live in a portal, outside the form). */
async function choose(page: Page, field: Locator, option: string | RegExp, search?: string): Promise<void> {
  await field.click();
  if (search) await field.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Fill in the New contact form as a person would, and create the contact. */
async function addContact(page: Page, c: ContactInput, snapBeforeSave?: string): Promise<void> {
  await page.getByTestId('new-contact').click();
  const dialog = page.getByRole('dialog', { name: 'New contact' });
  const form = dialog.getByTestId('new-contact-form');
  await expect(form).toBeVisible();
  await form.getByTestId('contact-name').fill(c.name);
  await form.getByTestId('contact-title').fill(c.title);
  if (c.businessUnit) await form.getByRole('textbox', { name: 'Business unit' }).fill(c.businessUnit);
  if (c.reportsTo) {
    await choose(
      page,
      form.getByRole('combobox', { name: 'Reports to' }),
      `${c.reportsTo} · ${ceo.title}`,
      c.reportsTo.split(' ')[0],
    );
  }
  if (c.email) await form.getByTestId('contact-email').fill(c.email);
  await choose(page, form.getByRole('combobox', { name: 'Level' }), c.level);
  if (c.decisionRole)
    await choose(page, form.getByRole('combobox', { name: 'Decision role' }), c.decisionRole);
  await form
    .getByRole('radiogroup', { name: 'Influence', exact: true })
    .getByText(String(c.influence), { exact: true })
    .click();
  await form
    .getByRole('radiogroup', { name: 'Interest', exact: true })
    .getByText(String(c.interest), { exact: true })
    .click();
  if (snapBeforeSave) await snapScreen(page, snapBeforeSave);
  await form.getByTestId('save-contact').click();
  await expect(page.getByText(`${c.name} is added`)).toBeVisible();
  await expect(dialog).toBeHidden();
}

test('the account manager builds a small org chart by hand', async ({ page, playwright, baseURL }) => {
  // Three contacts through the form, each with five fields and three pickers: longer than most journeys.
  test.setTimeout(120_000);
  const director = await signedInApi(playwright, baseURL, users.director);
  const account = await claireAccount(director, false);
  await director.dispose();

  // Claire finds the account among hers: the list filtered by her as manager, then by its name.
  await signIn(page, am);
  await expect(page.getByTestId('user-menu')).toContainText('Claire Donovan');
  await choose(page, page.getByRole('combobox', { name: 'Manager' }), /^Claire Donovan/, 'Claire');
  await expect(page).toHaveURL(/[?&]managerPersonId=/);
  await expect(page.getByTestId('accounts-table')).toContainText('Albion Mutual Insurance');
  await page.getByRole('textbox', { name: 'Search' }).fill(account.name);
  const rows = page.getByTestId('account-row');
  await expect(rows).toHaveCount(1);
  await rows.getByRole('link', { name: account.name }).click();
  await expect(page.getByTestId('account-name')).toHaveText(account.name);
  await page.getByTestId('account-tab-relationships').click();
  await expect(page).toHaveURL(/[?&]tab=relationships/);
  const tab = page.getByTestId('relationships-tab');
  await expect(tab.getByTestId('org-chart-empty')).toBeVisible();
  await expect(tab.getByTestId('figure-cement')).toHaveText('—');
  // An empty map has no gaps to report: it asks for contacts instead of claiming full coverage.
  await expect(tab.getByTestId('gaps-no-contacts')).toBeVisible();
  await expect(tab.getByTestId('gaps-none')).toHaveCount(0);
  await shot(page, '07-relationships-empty');

  // The form sent with no name: the field says so, and nothing is created.
  let creates = 0;
  page.on('request', (req) => {
    if (req.method() === 'POST' && new URL(req.url()).pathname === `/api/v1/accounts/${account.id}/contacts`)
      creates += 1;
  });
  await page.getByTestId('new-contact').click();
  const dialog = page.getByRole('dialog', { name: 'New contact' });
  const form = dialog.getByTestId('new-contact-form');
  await form.getByTestId('save-contact').click();
  await expect(form.getByText('Name is required')).toBeVisible();
  await expect(form.getByTestId('contact-name')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByTestId('contact-name')).toBeFocused();
  await expect(dialog).toBeVisible();
  await snapScreen(page, '07-contact-name-required');
  expect(creates).toBe(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(tab.getByTestId('org-chart-empty')).toBeVisible();
  await expect(tab.getByTestId('contacts-empty')).toBeVisible();

  await addContact(page, ceo);
  await addContact(page, cio);
  await addContact(page, claims, '07-new-contact-head-of-claims-filled');
  expect(creates).toBe(3);

  // The org chart: three cards, the CEO above the two who report to her, two reporting lines.
  const chart = tab.getByTestId('org-chart');
  const cards = chart.getByTestId('org-node');
  await expect(cards).toHaveCount(3);
  const card = (name: string) => cards.filter({ hasText: name });
  for (const c of [ceo, cio, claims]) {
    await expect(card(c.name)).toBeVisible();
    await expect(card(c.name)).toContainText(c.title);
    await expect(card(c.name).getByTestId('org-node-score')).toHaveText('?');
  }
  const lines = chart.locator('[data-testid^="rf__edge-reports-"]');
  await expect(lines).toHaveCount(2);
  for (const c of [cio, claims]) {
    const id = await card(c.name).getAttribute('data-contact-id');
    await expect(chart.getByTestId(`rf__edge-reports-${id}`)).toHaveCount(1);
  }
  const top = async (name: string) => (await card(name).boundingBox())?.y ?? Number.NaN;
  expect(await top(ceo.name)).toBeLessThan(await top(cio.name));
  expect(await top(ceo.name)).toBeLessThan(await top(claims.name));
  expect(Math.abs((await top(cio.name)) - (await top(claims.name)))).toBeLessThan(2);

  // The power/interest grid: each in the quadrant their influence and interest say.
  const quadrant = (q: string) => tab.getByTestId(`quadrant-${q}`).getByTestId('grid-contact');
  await expect(quadrant('keep_satisfied')).toHaveText([ceo.name]);
  await expect(quadrant('manage_closely')).toHaveText([cio.name]);
  await expect(quadrant('keep_informed')).toHaveText([claims.name]);
  await expect(quadrant('monitor')).toHaveCount(0);

  // No readings yet: three active contacts, none satisfied.
  await expect(tab.getByTestId('figure-cement')).toHaveText('0%');
  await expect(tab.getByTestId('figures-panel')).toContainText('0 of 0 read (3 active) at 7+');
  await expect(tab.getByTestId('contact-row')).toHaveCount(3);
  await shot(page, '07-org-chart-and-grid');
  await chart.screenshot({ path: 'e2e/artifacts/07-org-chart.png' });
  await tab.getByTestId('power-grid').screenshot({ path: 'e2e/artifacts/07-power-grid.png' });

  // The chart and the grid are the server's, not only the page's: a reload shows the same.
  await page.reload();
  await expect(page.getByTestId('org-chart').getByTestId('org-node')).toHaveCount(3);
  await expect(page.getByTestId('quadrant-keep_informed').getByTestId('grid-contact')).toHaveText([
    claims.name,
  ]);

  // The contact's page tells her story from the contact's own history: created by Claire.
  await page.getByTestId('org-chart').getByTestId('org-node').filter({ hasText: claims.name }).click();
  await expect(page.getByTestId('contact-name-title')).toHaveText(claims.name);
  const history = page.getByTestId('contact-history');
  await expect(history).toContainText('Created · Contact');
  await expect(history).toContainText('Claire Donovan');
  await expect(history).toContainText(`Name: ${claims.name}`);
});

test('a pulse answered through its public link changes the figures', async ({
  page,
  context,
  browser,
  playwright,
  baseURL,
}) => {
  const director = await signedInApi(playwright, baseURL, users.director);
  const account = await claireAccount(director, true);
  await director.dispose();

  await signIn(page, am);
  await page.goto(`/accounts/${account.id}?tab=relationships`);
  await expect(page.getByTestId('account-name')).toHaveText(account.name);
  const tab = page.getByTestId('relationships-tab');
  const claimsCard = tab.getByTestId('org-node').filter({ hasText: claims.name });
  await expect(claimsCard.getByTestId('org-node-score')).toHaveText('?');
  await expect(tab.getByTestId('figure-cement')).toHaveText('0%');
  await expect(tab.getByTestId('figure-weighted')).toHaveText('0%');
  await expect(tab.getByTestId('figure-nps')).toHaveText('—');
  await expect(tab.getByTestId('figure-csat')).toHaveText('—');
  await expect(tab.getByTestId('pulses-table')).toContainText('No pulses sent yet.');

  // Send one pulse, to the Head of Claims, and copy the link shown.
  await tab.getByTestId('new-pulses').click();
  const dialog = page.getByRole('dialog', { name: 'Send a pulse' });
  await expect(dialog).toBeVisible();
  await choose(page, dialog.getByRole('combobox', { name: 'Contacts' }), `${claims.name} · ${claims.email}`);
  // The list stays open for more picks; clicking elsewhere in the dialog closes it.
  await dialog.getByRole('heading', { name: 'Send a pulse' }).click();
  await expect(page.getByRole('listbox')).toBeHidden();
  await dialog.getByTestId('send-pulses').click();
  const links = dialog.getByTestId('pulse-link-row');
  await expect(links).toHaveCount(1);
  await expect(links).toContainText(claims.name);
  const link = ((await links.getByTestId('pulse-link').textContent()) ?? '').trim();
  expect(link).toMatch(new RegExp(`^${baseURL}/pulse/[^/\\s]+$`));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await links.getByRole('button', { name: 'Copy' }).click();
  expect(await page.evaluate('navigator.clipboard.readText()')).toBe(link);
  await snapScreen(page, '08-pulse-link');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  const pulseRow = tab.getByTestId('pulse-row');
  await expect(pulseRow).toHaveCount(1);
  await expect(pulseRow.getByTestId('pulse-state')).toHaveText('Sent, waiting');

  // The client opens the link in a browser of their own: no cookies, no sign-in.
  const client = await browser.newContext();
  try {
    const pulse = await client.newPage();
    await pulse.goto(link);
    await expect(pulse.getByRole('heading', { name: 'Hello, Priya' })).toBeVisible();
    await expect(pulse).toHaveURL(link);
    await expect(pulse.locator('body')).not.toContainText(account.name);
    await expect(pulse.locator('body')).not.toContainText('Nair');
    // Sent without a score: the page asks for one.
    await pulse.getByTestId('pulse-submit').click();
    await expect(pulse.getByRole('alert')).toHaveText('Choose a score from 0 to 10');
    await pulse.getByTestId('pulse-nps-10').click();
    await expect(pulse.getByTestId('pulse-nps-10')).toHaveAttribute('aria-checked', 'true');
    await pulse.getByTestId('pulse-csat-5').click();
    await pulse.getByTestId('pulse-comment').fill('The claims intake pilot is exactly what we needed.');
    await snap(pulse, '08-pulse-form-filled');
    await pulse.getByTestId('pulse-submit').click();
    const thanks = pulse.getByTestId('pulse-thanks');
    await expect(thanks).toBeVisible();
    await expect(thanks.getByRole('heading', { name: 'Thank you, Priya!' })).toBeVisible();
    await snap(pulse, '08-pulse-thanks');
    expect(await client.cookies()).toEqual([]);

    // The link is single-use.
    await pulse.goto(link);
    await expect(pulse.getByTestId('pulse-problem')).toHaveText(
      'This pulse has already been answered. Thank you — there is nothing more to do.',
    );
    await expect(pulse.getByTestId('pulse-form')).toHaveCount(0);
    await snap(pulse, '08-pulse-already-answered');
  } finally {
    await client.close();
  }

  // Back with Claire: one of three active contacts is now satisfied (10 ≥ 7): cement 1/3 = 33%;
  // weighted 9 of 18 = 50%; NPS one promoter of one = +100; CSAT one 5 of one = 100%.
  await page.reload();
  await expect(claimsCard.getByTestId('org-node-score')).toHaveText('10');
  await expect(
    tab.getByTestId('org-node').filter({ hasText: ceo.name }).getByTestId('org-node-score'),
  ).toHaveText('?');
  await expect(tab.getByTestId('figure-cement')).toHaveText('33%');
  await expect(tab.getByTestId('figures-panel')).toContainText('1 of 1 read (3 active) at 7+');
  await expect(tab.getByTestId('figure-weighted')).toHaveText('50%');
  await expect(tab.getByTestId('figure-nps')).toHaveText('+100');
  await expect(tab.getByTestId('figures-panel')).toContainText('promoters 1 · passives 0 · detractors 0');
  await expect(tab.getByTestId('figure-csat')).toHaveText('100%');
  await expect(tab.getByTestId('figures-panel')).toContainText('1 of 1 answers 4–5');
  await expect(tab.getByTestId('contact-row').filter({ hasText: claims.name })).toContainText('10');
  await expect(pulseRow.getByTestId('pulse-state')).toHaveText('Answered');
  await expect(pulseRow).toContainText('Recommend 10/10 · satisfied 5/5');
  await shot(page, '08-relationships-after-pulse');
  await tab.getByTestId('figures-panel').screenshot({ path: 'e2e/artifacts/08-figures-after-pulse.png' });
});

test('the account manager records the IT-vs-business conflict', async ({ page, playwright, baseURL }) => {
  const director = await signedInApi(playwright, baseURL, users.director);
  const account = await claireAccount(director, true);
  await director.dispose();

  await signIn(page, am);
  await page.goto(`/accounts/${account.id}?tab=relationships`);
  await expect(page.getByTestId('account-name')).toHaveText(account.name);
  const tab = page.getByTestId('relationships-tab');
  await expect(tab.getByTestId('conflicts-empty')).toHaveText('No conflicts of interest recorded.');

  const title = 'IT wants a programme, the business wants claims intake now';
  const itWants = 'A 2–3 year modernisation programme on one platform';
  const businessWants = 'Claims intake online this quarter';
  const meaning = 'Side with IT and lose the business sponsor; side with the business and lose IT.';
  const resolution = "A 4-month project on the client's platform";

  await tab.getByTestId('new-conflict').click();
  const dialog = page.getByRole('dialog', { name: 'New conflict of interest' });
  const form = dialog.getByTestId('conflict-form');
  await expect(form).toBeVisible();
  await form.getByTestId('conflict-title').fill(title);
  await choose(page, form.getByRole('combobox', { name: 'Side 1: contacts' }), `${cio.name} · ${cio.title}`);
  await form.getByTestId('conflict-side-0-wants').fill(itWants);
  await choose(
    page,
    form.getByRole('combobox', { name: 'Side 2: contacts' }),
    `${claims.name} · ${claims.title}`,
  );
  await form.getByTestId('conflict-side-1-wants').fill(businessWants);
  await form.getByTestId('conflict-meaning').fill(meaning);
  await form.getByTestId('conflict-resolution').fill(resolution);
  await choose(page, form.getByRole('combobox', { name: 'Status' }), 'Resolved');
  await snapScreen(page, '09-conflict-form');
  await form.getByTestId('save-conflict').click();
  await expect(page.getByText('The conflict is saved')).toBeVisible();
  await expect(dialog).toBeHidden();

  const cards = tab.getByTestId('conflict-card');
  await expect(cards).toHaveCount(1);
  const card = cards.first();
  await expect(card).toContainText(title);
  await expect(card).toContainText('Resolved');
  await expect(card).toContainText(cio.name);
  await expect(card).toContainText(itWants);
  await expect(card).toContainText(claims.name);
  await expect(card).toContainText(businessWants);
  await expect(card).toContainText(meaning);
  await expect(card).toContainText(resolution);
  await expect(tab.getByTestId('conflicts-empty')).toHaveCount(0);
  await shot(page, '09-conflict-recorded');

  // Kept on the server as entered.
  const res = await page.request.get(`/api/v1/accounts/${account.id}/conflicts`);
  expect(res.ok()).toBe(true);
  const [saved] = ((await res.json()) as { items: Record<string, unknown>[] }).items;
  expect(saved).toMatchObject({
    title,
    status: 'resolved',
    resolution,
    meaningForUs: meaning,
    sides: [
      { contactIds: [account.contactIds[cio.name]], wants: itWants },
      { contactIds: [account.contactIds[claims.name]], wants: businessWants },
    ],
  });
});

test('a member sees the relationships of his accounts only', async ({ page, playwright, baseURL }) => {
  // Beforehand, with the director's own session: Meridian (Jonas is not on its team) and its contacts.
  const director = await signedInApi(playwright, baseURL, users.director);
  const found = await director.get('/api/v1/accounts', { params: { q: 'Meridian Health Partners' } });
  const [meridian] = ((await found.json()) as { items: { id: string; name: string }[] }).items;
  expect(meridian?.name).toBe('Meridian Health Partners');
  const hidden = meridian as { id: string; name: string };
  const contactsRes = await director.get(`/api/v1/accounts/${hidden.id}/contacts`, {
    params: { status: 'all', pageSize: 100 },
  });
  expect(contactsRes.ok()).toBe(true);
  const hiddenNames = ((await contactsRes.json()) as { items: { name: string }[] }).items.map((c) => c.name);
  expect(hiddenNames.length).toBeGreaterThan(0);
  await director.dispose();

  await signIn(page, users.member);
  await page.getByTestId('account-row').getByRole('link', { name: 'Albion Mutual Insurance' }).click();
  await expect(page.getByTestId('account-name')).toHaveText('Albion Mutual Insurance');
  await page.getByTestId('account-tab-relationships').click();
  const tab = page.getByTestId('relationships-tab');
  // Albion's map: 11 contacts on the chart (one of them has left), 10 active in the table.
  await expect(tab.getByTestId('org-chart').getByTestId('org-node')).toHaveCount(11);
  await expect(tab.getByTestId('contact-row')).toHaveCount(10);
  await expect(tab.getByTestId('org-node').filter({ hasText: 'Helen Marsh' })).toBeVisible();
  await expect(tab.getByTestId('conflict-card')).toHaveCount(1);
  await expect(tab.getByTestId('conflict-card')).toContainText('Resolved');
  // Jonas reads; he does not edit the map.
  await expect(tab.getByTestId('new-contact')).toHaveCount(0);
  await expect(tab.getByTestId('new-conflict')).toHaveCount(0);
  await expect(tab.getByTestId('new-pulses')).toHaveCount(0);
  await shot(page, '10-member-albion-relationships');
  await tab.getByTestId('org-chart').screenshot({ path: 'e2e/artifacts/10-member-albion-org-chart.png' });

  // Meridian's Relationships tab, by its address: not found, and none of its people.
  const answer = page.waitForResponse(
    (res) => new URL(res.url()).pathname === `/api/v1/accounts/${hidden.id}`,
  );
  await page.goto(`/accounts/${hidden.id}?tab=relationships`);
  expect((await answer).status()).toBe(404);
  const notFound = page.getByTestId('not-found');
  await expect(notFound).toBeVisible();
  await expect(notFound).toContainText('This page does not exist, or you may not see it.');
  await expect(page.getByTestId('relationships-tab')).toHaveCount(0);
  await expect(page.getByTestId('org-node')).toHaveCount(0);
  const body = page.locator('body');
  await expect(body).not.toContainText('Meridian');
  for (const name of hiddenNames) await expect(body).not.toContainText(name);
  await snap(page, '10-member-meridian-relationships-not-found');

  // Nor does the API give them to him.
  for (const path of ['contacts', 'org-chart', 'stakeholder-figures', 'conflicts', 'pulses']) {
    const res = await page.request.get(`/api/v1/accounts/${hidden.id}/${path}`);
    expect(res.status(), path).toBe(404);
    const text = await res.text();
    for (const name of hiddenNames) expect(text).not.toContain(name);
  }
});

/** The value of a percentage cell ('—' when there is none: sorted last). */
const share = (text: string | null) => (text && text !== '—' ? Number(text.replace('%', '')) : -1);

test('the director reads relationships across the portfolio, sorts them and opens an account', async ({
  page,
}) => {
  // Sorting, filtering, opening an account and the page again in Russian: a long journey.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, users.director);
  await page.getByRole('link', { name: 'Relationships' }).click();
  await expect(page).toHaveURL(/\/relationships/);
  await expect(page.getByRole('heading', { name: 'Relationships', level: 2 })).toBeVisible();
  const totals = page.getByTestId('relationships-totals');
  await expect(totals).toBeVisible();
  // The demo maps Albion, Nordlicht and Meridian (and whatever other journeys added); 40 accounts in all.
  await expect(totals.getByTestId('total-mapped')).toHaveText(/^\d+ \/ \d+$/);
  const rows = page.getByTestId('relationships-row');
  await expect(rows.first()).toBeVisible();
  await expect(rows.filter({ hasText: 'Albion Mutual Insurance' })).toHaveCount(1);
  await shot(page, '11-relationships-en');

  // Sort by cement, highest first: the server orders, accounts without a figure come last.
  const cementHeader = page.getByRole('columnheader', { name: 'Cement', exact: true });
  await cementHeader.getByRole('button').click();
  await expect(page).toHaveURL(/[?&]sort=cement/);
  await cementHeader.getByRole('button').click();
  await expect(page).toHaveURL(/[?&]sort=-cement/);
  await expect(cementHeader).toHaveAttribute('aria-sort', 'descending');
  const cells = rows.locator('td:nth-child(3) span').first();
  await expect(cells).not.toHaveText('—');
  const values: number[] = [];
  for (const row of await rows.all())
    values.push(share(await row.locator('td:nth-child(3) > span').first().textContent()));
  expect(values).toEqual([...values].sort((a, b) => b - a));
  expect(values[0]).toBeGreaterThan(0);
  await shot(page, '11-relationships-sorted-by-cement');

  // Only accounts not mapped yet: each says so.
  await choose(page, page.getByRole('combobox', { name: 'Map' }), 'No contacts yet');
  await expect(page).toHaveURL(/[?&]mapped=unmapped/);
  await expect(rows.first()).toContainText('not mapped');
  await expect(rows.filter({ hasText: 'Albion Mutual Insurance' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // Find Albion and open its map.
  await page.getByTestId('relationships-search').fill('Albion');
  await expect(rows).toHaveCount(1);
  await expect(rows.getByTestId('relationships-gaps')).toBeVisible();
  await rows.getByTestId('relationships-account').click();
  await expect(page.getByTestId('account-name')).toHaveText('Albion Mutual Insurance');
  await expect(page).toHaveURL(/[?&]tab=relationships/);
  await expect(page.getByTestId('relationships-tab').getByTestId('org-chart')).toBeVisible();

  // The same page in Russian, then back to English for the journeys after this one.
  const language = page.getByRole('radiogroup', { name: 'Language' });
  await language.getByText('RU', { exact: true }).click();
  try {
    await page.goto('/relationships?sort=-cement');
    await expect(page.getByRole('heading', { name: 'Отношения с клиентами', level: 2 })).toBeVisible();
    await expect(page.getByTestId('relationships-totals')).toContainText('Цемент');
    await expect(rows.first()).toBeVisible();
    await shot(page, '11-relationships-ru');
  } finally {
    await page.getByRole('radiogroup', { name: 'Язык' }).getByText('EN', { exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Relationships', level: 2 })).toBeVisible();
  }
});
