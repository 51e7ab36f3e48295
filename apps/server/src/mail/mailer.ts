import nodemailer from 'nodemailer';

export type MailMessage = { to: string; subject: string; text: string; html: string };

/** Sends one message or throws; the only door to the outside world's mail. */
export type Mailer = { send: (message: MailMessage) => Promise<void> };

/**
 * A mailer on an SMTP server given as a URL (`smtp://user:pass@host:587`, `smtps://…:465`). Short timeouts:
 * sending happens while the account manager waits for the answer, and a dead server must not hold it for
 * the minutes nodemailer would wait by default.
 */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    send: async (message) => {
      await transport.sendMail({ from, ...message });
    },
  };
}
