import type { ImportKindName } from '@vested/domain';
import type { ImportKind } from '../kind';
import { contacts } from './contacts';
import { costRates } from './cost-rates';
import { exchangeRates } from './exchange-rates';
import { monthlyReturns } from './monthly-returns';
import { people } from './people';
import { timeEntries } from './time-entries';

/** Every kind of file Vested imports, by name. A new kind is one file and one line here. */
export const importKindsByName: Record<ImportKindName, ImportKind> = {
  time_entries: timeEntries,
  monthly_returns: monthlyReturns,
  exchange_rates: exchangeRates,
  cost_rates: costRates,
  people,
  contacts,
};
