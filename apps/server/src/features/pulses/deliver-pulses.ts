import type { Mailer } from '../../mail/mailer';
import { pulseEmail } from '../../mail/pulse-email';
import type { CreatedPulse } from './create-pulses';
import { firstNameOf } from './public-pulse';

/** Emailing pulses: the mailer, and the address people open Vested at (the links must be absolute). */
export type PulseMail = { mailer: Mailer; publicUrl: string };

export type Delivery = {
  delivery: 'emailed' | 'failed' | 'no_email' | 'not_configured';
  deliveryError: string | null;
};

/** Sends a few at a time: a slow server costs the waiting account manager less, a busy one is not flooded. */
const AT_ONCE = 4;

/**
 * Email each created pulse its link, in the contact's language (English when not known). Called after the
 * pulses are committed: a failed send changes nothing stored, and is reported for that contact, whose link
 * the account manager can still copy.
 */
export async function deliverPulses(
  created: readonly CreatedPulse[],
  mail: PulseMail | undefined,
  senderName: string,
): Promise<Delivery[]> {
  const results: Delivery[] = created.map((p) => ({
    delivery: !mail ? 'not_configured' : p.email ? 'failed' : 'no_email',
    deliveryError: null,
  }));
  if (!mail) return results;
  const queue = created.map((p, i) => [p, i] as const).filter(([p]) => p.email);
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [p, i] = next;
      try {
        await mail.mailer.send(
          pulseEmail({
            to: p.email!,
            firstName: firstNameOf(p.contactName),
            senderName,
            // The page opens in the contact's language, whatever their browser says.
            link: `${mail.publicUrl}${p.link}${p.language ? `?lang=${p.language}` : ''}`,
            expiresAt: p.expiresAt,
            language: p.language ?? 'en',
          }),
        );
        results[i] = { delivery: 'emailed', deliveryError: null };
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        results[i] = { delivery: 'failed', deliveryError: message.slice(0, 300) };
      }
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return results;
}
