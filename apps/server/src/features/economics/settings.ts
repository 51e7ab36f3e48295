import type { EconomicsSettings as SettingsDto, UpdateEconomicsSettingsBody } from '@vested/contracts';
import { canOnWorkspace, diffFields, type EconomicsSettings } from '@vested/domain';
import { count, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { economicsSettings, exchangeRates } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { forbidden, ruleBroken, staleVersion } from '../../http/errors';
import { auditEconomics } from './audit';
import { reconvertAll } from './rollup';

type Row = typeof economicsSettings.$inferSelect;
const defaults: Row = {
  id: 1,
  baseCurrency: 'USD',
  returnBasis: 'margin',
  annualInflation: '0',
  keyAccountShare: '0.25',
  firstResultRule: 'follow_on_work',
  roiTarget: '1.2',
  preservationTolerance: '0.05',
  valueScoreTarget: '10',
  nearMiss: '0.1',
  version: 1,
  createdAt: '',
  updatedAt: '',
};

/** The workspace's settings; before anyone changed them, the defaults at version 1. */
export async function loadSettingsRow(db: Db): Promise<Row> {
  const [row] = await db.select().from(economicsSettings).where(eq(economicsSettings.id, 1));
  return row ?? defaults;
}

export function presentSettings(row: Row): SettingsDto {
  return {
    baseCurrency: row.baseCurrency,
    returnBasis: row.returnBasis,
    annualInflation: row.annualInflation,
    keyAccountShare: row.keyAccountShare,
    firstResultRule: row.firstResultRule,
    targets: {
      roiTarget: row.roiTarget,
      preservationTolerance: row.preservationTolerance,
      valueScoreTarget: row.valueScoreTarget,
      nearMiss: row.nearMiss,
    },
    version: row.version,
  };
}

/** The settings as the domain takes them (a decimal typed as '0.04' reads back exactly, see decimalFromNumber). */
export function domainSettings(row: Row): EconomicsSettings {
  return {
    baseCurrency: row.baseCurrency,
    returnBasis: row.returnBasis,
    annualInflation: Number(row.annualInflation),
    keyAccountShare: Number(row.keyAccountShare),
    firstResultRule: row.firstResultRule,
    targets: {
      roiTarget: Number(row.roiTarget),
      preservationTolerance: Number(row.preservationTolerance),
      valueScoreTarget: Number(row.valueScoreTarget),
      nearMiss: Number(row.nearMiss),
    },
  };
}

export async function updateSettings(
  db: Db,
  actor: SignedIn,
  body: z.output<typeof UpdateEconomicsSettingsBody>,
): Promise<SettingsDto> {
  if (!canOnWorkspace(actor, 'manageEconomics'))
    throw forbidden('Only finance or a director changes these settings');
  return db.transaction(async (tx) => {
    await tx.insert(economicsSettings).values({ id: 1 }).onConflictDoNothing();
    const [current] = await tx
      .select()
      .from(economicsSettings)
      .where(eq(economicsSettings.id, 1))
      .for('update');
    if (!current || current.version !== body.version) throw staleVersion();
    const { version: _v, targets, ...rest } = body;
    const next = { ...rest, ...targets };
    const changes = diffFields(current, next);
    if (Object.keys(changes).length === 0) return presentSettings(current);
    if ('baseCurrency' in changes) {
      const [rates] = await tx.select({ n: count() }).from(exchangeRates);
      if ((rates?.n ?? 0) > 0) {
        const message =
          'The base currency can change only while no exchange rate is entered (they are per base)';
        throw ruleBroken(message, { baseCurrency: message });
      }
    }
    const [saved] = await tx
      .update(economicsSettings)
      .set({ ...next, version: sql`${economicsSettings.version} + 1`, updatedAt: new Date().toISOString() })
      .where(eq(economicsSettings.id, 1))
      .returning();
    if ('baseCurrency' in changes) await reconvertAll(tx, saved!.baseCurrency);
    await auditEconomics(tx, {
      actorUserId: actor.userId,
      entityType: 'economics_settings',
      entityId: '1',
      action: 'updated',
      changes,
    });
    return presentSettings(saved!);
  });
}
