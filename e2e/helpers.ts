import { type APIRequestContext, expect, type Page } from '@playwright/test';

/** Every demo user's password (README, "Demo sign-ins"). */
export const DEMO_PASSWORD = 'vested-demo';

export const users = {
  director: 'director@vested.demo',
  member: 'member@vested.demo',
  viewer: 'viewer@vested.demo',
} as const;

/** The three accounts whose teams Jonas Becker (member@vested.demo) is on. */
export const memberAccounts = ['Albion Mutual Insurance', 'Nordlicht Logistik', 'Solace Travel Tech'];

/** A suffix that makes the names a journey creates its own, run after run. */
export function unique(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Keep a full-page screenshot as an artifact (e2e/artifacts/<name>.png). */
export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/artifacts/${name}.png`, fullPage: true });
}

/** Fill in and submit the sign-in form, as a person would; does not wait for the outcome. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Open the sign-in page, sign in, and wait for the accounts list. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Sign in to Vested' })).toBeVisible();
  await submitSignIn(page, email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/accounts(\?|$)/);
  await expect(page.getByRole('heading', { name: 'Accounts', level: 2 })).toBeVisible();
  await expect(page.getByTestId('accounts-table')).toBeVisible();
}

/** The CSRF token of the session `request` carries (sent back as `x-csrf-token` on writes). */
export async function csrfToken(request: APIRequestContext): Promise<string> {
  const me = await request.get('/api/v1/auth/me');
  expect(me.ok()).toBe(true);
  return ((await me.json()) as { csrfToken: string }).csrfToken;
}

export type ApiAccount = { id: string; name: string; version: number; industry: string | null };

export async function getAccount(request: APIRequestContext, id: string): Promise<ApiAccount> {
  const res = await request.get(`/api/v1/accounts/${id}`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as ApiAccount;
}

/** Create an account through the API with the session `request` carries. */
export async function createAccountViaApi(
  request: APIRequestContext,
  body: Record<string, unknown>,
): Promise<ApiAccount> {
  const res = await request.post('/api/v1/accounts', {
    headers: { 'x-csrf-token': await csrfToken(request) },
    data: body,
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as ApiAccount;
}

/**
 * A request context signed in as `email` through the API: a session of its own, separate from any
 * browser page (for arranging data a journey needs, or reading what another user may see).
 */
export async function signedInApi(
  playwright: { request: { newContext: (o: { baseURL?: string }) => Promise<APIRequestContext> } },
  baseURL: string | undefined,
  email: string,
): Promise<APIRequestContext> {
  const request = await playwright.request.newContext({ baseURL });
  const res = await request.post('/api/v1/auth/sign-in', { data: { email, password: DEMO_PASSWORD } });
  expect(res.ok()).toBe(true);
  return request;
}
