import { EconomicsError, MissingCostRate, MissingRate } from '@vested/domain';
import { ruleBroken } from '../../http/errors';

/**
 * A figure that cannot be computed answers 422 with the domain's own words — "No EUR rate for
 * 2025-03" — and the missing facts as fields, never a silently wrong number.
 */
export async function explained<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof MissingRate)
      throw ruleBroken(err.message, { currency: err.currency, month: err.month });
    if (err instanceof MissingCostRate)
      throw ruleBroken(err.message, {
        personId: err.personId,
        date: err.date,
        ...(err.role && { role: err.role }),
      });
    if (err instanceof EconomicsError) throw ruleBroken(err.message);
    throw err;
  }
}
