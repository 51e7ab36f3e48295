import type { Locale } from '@vested/domain';
import type { MailMessage } from './mailer';

export type PulseInvitation = {
  to: string;
  firstName: string;
  senderName: string;
  link: string;
  expiresAt: string;
  language: Locale;
};

const words = {
  en: {
    subject: 'A quick question about our work together',
    hello: (name: string) => (name ? `Hello ${name},` : 'Hello,'),
    ask: (sender: string) =>
      `${sender} would like to know how our work together is going. Two short questions take less than a minute:`,
    button: 'Answer the two questions',
    personal: (until: string) => `The link is personal and works once, until ${until}.`,
    thanks: 'Thank you!',
  },
  ru: {
    subject: 'Короткий вопрос о нашей совместной работе',
    hello: (name: string) => (name ? `Здравствуйте, ${name}!` : 'Здравствуйте!'),
    ask: (sender: string) =>
      `${sender} просит вас оценить нашу совместную работу. Два коротких вопроса займут меньше минуты:`,
    button: 'Ответить на два вопроса',
    personal: (until: string) => `Ссылка персональная, ею можно воспользоваться один раз до ${until}.`,
    thanks: 'Спасибо!',
  },
} satisfies Record<Locale, unknown>;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The pulse invitation in the contact's language: plain text, and the same in simple HTML with a button. */
export function pulseEmail(p: PulseInvitation): MailMessage {
  const w = words[p.language];
  const until = new Intl.DateTimeFormat(p.language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(p.expiresAt),
  );
  const text = [
    w.hello(p.firstName),
    '',
    w.ask(p.senderName),
    '',
    p.link,
    '',
    w.personal(until),
    '',
    w.thanks,
  ].join('\n');
  const link = escapeHtml(p.link);
  const html = `<!doctype html>
<html lang="${p.language}"><body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1b1e">
<p>${escapeHtml(w.hello(p.firstName))}</p>
<p>${escapeHtml(w.ask(p.senderName))}</p>
<p><a href="${link}" style="display:inline-block;padding:10px 18px;background:#0ca678;color:#ffffff;text-decoration:none;border-radius:6px">${escapeHtml(w.button)}</a></p>
<p style="font-size:13px;color:#555">${link}</p>
<p style="font-size:13px;color:#555">${escapeHtml(w.personal(until))}</p>
<p>${escapeHtml(w.thanks)}</p>
</body></html>`;
  return { to: p.to, subject: w.subject, text, html };
}
