import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import type { Database } from '../../db/client';
import { people, users } from '../../db/schema';
import { hashPassword } from '../../http/secrets';
import { smtpMailer } from '../../mail/mailer';
import { Client, PASSWORD, testDatabase } from '../../test/harness';

/**
 * Pulses by email through a real SMTP server, running here as the outside world: it takes every message,
 * and refuses the mailbox bounce@… with 550 as a real server would.
 */
const publicUrl = 'https://vested.example.com';
const now = new Date('2026-06-15T10:00:00Z');
const received: ParsedMail[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onRcptTo(address, _session, callback) {
    if (address.address.startsWith('bounce@')) {
      return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
    }
    callback();
  },
  onData(stream, _session, callback) {
    simpleParser(stream).then((mail) => {
      received.push(mail);
      callback();
    }, callback);
  },
});

let database: Database;
let app: FastifyInstance;
let am: Client;
let auth: { cookie: string; csrf: string };
let accountId: string;
const id: Record<string, string> = {};

async function appWith(smtpUrl: string) {
  return buildApp({
    database,
    clock: () => now,
    serveWeb: false,
    pulseMail: { mailer: smtpMailer(smtpUrl, 'Vested <vested@test.example>'), publicUrl },
  });
}

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  database = await testDatabase();
  app = await appWith(`smtp://127.0.0.1:${port}`);
  const [person] = await database.db
    .insert(people)
    .values({ name: 'Alice Manager', email: 'alice@vested.test' })
    .returning();
  await database.db.insert(users).values({
    email: 'alice@vested.test',
    name: 'Alice Manager',
    role: 'account_manager',
    personId: person!.id,
    passwordHash: await hashPassword(PASSWORD),
  });
  const signIn = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email: 'alice@vested.test', password: PASSWORD },
  });
  const cookie = signIn.cookies.find((c) => c.name === 'vested_session')!.value;
  const me = await app.inject({ url: '/api/v1/auth/me', headers: { cookie: `vested_session=${cookie}` } });
  auth = { cookie, csrf: me.json().csrfToken };
  am = new Client(app, auth);
  accountId = (await am.post('/api/v1/accounts', { name: 'Mail Co', objective: 'growth' })).body.id;
  for (const [name, email, language] of [
    ['Мария Петрова', 'maria@client.example', 'ru'],
    ['John Smith', 'john@client.example', null],
    ['Nobody Known', null, 'en'],
    ['Bo Unce', 'bounce@client.example', 'en'],
  ] as const) {
    const res = await am.post(`/api/v1/accounts/${accountId}/contacts`, { name, email, language });
    expect(res.status).toBe(201);
    id[name] = res.body.id;
  }
});
afterAll(async () => {
  await app.close();
  await database.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

type Item = { contactId: string; link: string; delivery: string; deliveryError: string | null };
const sent = async (client: Client, names: string[]): Promise<Record<string, Item>> => {
  const res = await client.post(`/api/v1/accounts/${accountId}/pulses`, {
    contactIds: names.map((n) => id[n]),
  });
  expect(res.status).toBe(201);
  return Object.fromEntries(names.map((n) => [n, res.body.items.find((i: Item) => i.contactId === id[n])]));
};

describe('pulses by email', () => {
  it('emails each contact their own link in their language, and says per contact what went out', async () => {
    const items = await sent(am, ['Мария Петрова', 'John Smith', 'Nobody Known', 'Bo Unce']);
    expect(items['Мария Петрова']).toMatchObject({ delivery: 'emailed', deliveryError: null });
    expect(items['John Smith']).toMatchObject({ delivery: 'emailed', deliveryError: null });
    expect(items['Nobody Known']).toMatchObject({ delivery: 'no_email', deliveryError: null });
    expect(items['Bo Unce']!.delivery).toBe('failed');
    expect(items['Bo Unce']!.deliveryError).toMatch(/550|unavailable/i);

    expect(received).toHaveLength(2);
    const to = (address: string) =>
      received.find((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text === address)!;
    const maria = to('maria@client.example');
    // Her own link, opening the form in her language.
    const mariaLink = `${publicUrl}${items['Мария Петрова']!.link}?lang=ru`;
    expect(maria.from?.value[0]).toMatchObject({ name: 'Vested', address: 'vested@test.example' });
    expect(maria.subject).toBe('Короткий вопрос о нашей совместной работе');
    expect(maria.text).toContain('Здравствуйте, Мария!');
    expect(maria.text).toContain('Alice Manager просит вас оценить');
    expect(maria.text).toContain(mariaLink);
    expect(maria.html).toContain(`href="${mariaLink}"`);
    // Expires in 14 days: 29 June, written in Russian.
    expect(maria.text).toContain('29 июня 2026');
    // A contact whose language is not known gets English.
    const john = to('john@client.example');
    expect(john.subject).toBe('A quick question about our work together');
    expect(john.text).toContain('Hello John,');
    expect(john.text).toMatch(new RegExp(`${publicUrl}${items['John Smith']!.link}\\n`));
    expect(john.text).toContain('June 29, 2026');
    expect(john.text).not.toContain(items['Мария Петрова']!.link);
  });

  it('a link that could not be emailed is saved and works, to be copied and sent by hand', async () => {
    const items = await sent(am, ['Bo Unce']);
    expect(items['Bo Unce']!.delivery).toBe('failed');
    const token = items['Bo Unce']!.link.split('/').pop();
    expect((await am.get(`/api/pulse/${token}`)).status).toBe(200);
  });

  it('with the mail server down, every pulse is still created and reported as not sent', async () => {
    const down = await appWith('smtp://127.0.0.1:1');
    try {
      const before = received.length;
      const items = await sent(new Client(down, auth), ['Мария Петрова', 'John Smith']);
      expect(Object.values(items).map((i) => i.delivery)).toEqual(['failed', 'failed']);
      expect(items['John Smith']!.deliveryError).toMatch(/ECONNREFUSED|connect/i);
      expect(received.length).toBe(before);
      const list = (await am.get(`/api/v1/accounts/${accountId}/pulses`)).body.items;
      const waiting = list.filter((p: { contactId: string; state: string }) => p.state === 'waiting');
      expect(waiting.map((p: { contactId: string }) => p.contactId)).toEqual(
        expect.arrayContaining([id['Мария Петрова'], id['John Smith']]),
      );
    } finally {
      await down.close();
    }
  });
});
