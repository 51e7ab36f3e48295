import { describe, expect, it } from 'vitest';
import { readConfig } from '../config';

const smtp = {
  SMTP_URL: 'smtp://mailer:secret@mail.company.com:587',
  SMTP_FROM: 'Vested <vested@company.com>',
  PUBLIC_URL: 'https://vested.company.com/',
};

describe('email configuration', () => {
  it('is off without SMTP_URL: links are copied', () => {
    expect(readConfig({}).mail).toBeUndefined();
  });

  it('reads the server, the sender and the public address (without a trailing slash)', () => {
    expect(readConfig(smtp).mail).toEqual({
      smtpUrl: 'smtp://mailer:secret@mail.company.com:587',
      from: 'Vested <vested@company.com>',
      publicUrl: 'https://vested.company.com',
    });
    expect(readConfig({ ...smtp, SMTP_FROM: 'vested@company.com' }).mail?.from).toBe('vested@company.com');
  });

  it('stops start-up with one line naming what is wrong', () => {
    const line = (env: Record<string, string>) => {
      try {
        readConfig(env);
      } catch (err) {
        return (err as Error).message;
      }
      return 'accepted';
    };
    expect(line({ ...smtp, SMTP_URL: 'mail.company.com' })).toMatch(
      /^Invalid configuration: SMTP_URL must look like smtp:/,
    );
    expect(line({ ...smtp, SMTP_FROM: 'Vested' })).toMatch(
      /^Invalid configuration: SMTP_FROM must be an address/,
    );
    expect(line({ ...smtp, PUBLIC_URL: 'vested.company.com' })).toMatch(
      /^Invalid configuration: PUBLIC_URL must be the full address/,
    );
    expect(line({ SMTP_URL: smtp.SMTP_URL })).toBe(
      'Invalid configuration: with SMTP_URL, set SMTP_FROM (the sender) and PUBLIC_URL (the address in emailed links)',
    );
    expect(line({ ...smtp })).toBe('accepted');
  });
});
