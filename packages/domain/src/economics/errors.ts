import type { IsoDate } from '../dates';

/**
 * Bad economic input throws one of these, never a silently wrong figure. `code` is stable, so the
 * server can map it to a field error and the web can translate it; `message` is English for logs.
 */
export type EconomicsErrorCode =
  | 'unknown_currency'
  | 'currency_mismatch'
  | 'invalid_amount'
  | 'invalid_decimal'
  | 'invalid_hours'
  | 'invalid_date'
  | 'conflicting_rate'
  | 'missing_rate'
  | 'missing_cost_rate';

export class EconomicsError extends Error {
  readonly code: EconomicsErrorCode;
  constructor(code: EconomicsErrorCode, message: string) {
    super(message);
    this.name = 'EconomicsError';
    this.code = code;
  }
}

/** A figure in `currency` for `month` could not be converted: nobody entered that month's rate. */
export class MissingRate extends EconomicsError {
  readonly currency: string;
  readonly month: string;
  constructor(currency: string, month: string) {
    super('missing_rate', `No ${currency} rate for ${month}`);
    this.name = 'MissingRate';
    this.currency = currency;
    this.month = month;
  }
}

/** Hours of a person could not be valued: no person, role or workspace cost rate applies that day. */
export class MissingCostRate extends EconomicsError {
  readonly personId: string;
  readonly role: string | null;
  readonly date: IsoDate;
  constructor(personId: string, role: string | null, date: IsoDate) {
    super(
      'missing_cost_rate',
      `No cost rate for person ${personId}${role ? ` (role ${role})` : ''} on ${date}, and no workspace default`,
    );
    this.name = 'MissingCostRate';
    this.personId = personId;
    this.role = role;
    this.date = date;
  }
}
