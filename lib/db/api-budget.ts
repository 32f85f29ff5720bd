import 'server-only';

import { type Expression, type RawBuilder, sql } from 'kysely';

import { type Db } from './client';
import { isPostgres } from './migrations/dialect';
import { type ApiBudgetTable } from './schema';

export type ApiBudgetRow = Omit<ApiBudgetTable, 'factor'> & { factor: number };

/** The rules the SQL applies: lib/ecs/budget-math.ts's BudgetTuning, repeated here so lib/db imports nothing above it. */
export interface BudgetSqlTuning {
  minRate: number;
  recoveryPerMinute: number;
  episodeMs: number;
}

type Num = RawBuilder<number>;

/** SQLite's two-argument MIN/MAX are PostgreSQL's LEAST/GREATEST. */
function math(db: Db) {
  const pg = isPostgres(db);
  const value = (n: number): Num => sql<number>`CAST(${n} AS DOUBLE PRECISION)`;
  const least = (a: Expression<number>, b: Expression<number>): Num => (pg ? sql<number>`LEAST(${a}, ${b})` : sql<number>`MIN(${a}, ${b})`);
  const greatest = (a: Expression<number>, b: Expression<number>): Num => (pg ? sql<number>`GREATEST(${a}, ${b})` : sql<number>`MAX(${a}, ${b})`);
  return { value, least, greatest };
}

/** budget-math's factorAt, rateAt and refilled, over the row being updated. */
function bucketSql(db: Db, tuning: BudgetSqlTuning, now: number) {
  const { value, least, greatest } = math(db);
  const factorAt = (at: Expression<number>): Num =>
    sql<number>`CASE WHEN api_budget.throttled_at IS NULL THEN api_budget.factor ELSE ${least(
      value(1),
      sql<number>`api_budget.factor + ${value(tuning.recoveryPerMinute)} * ${greatest(value(0), sql<number>`${at} - api_budget.throttled_at`)} / 60000.0`,
    )} END`;
  const rateAt = (at: Expression<number>): Num =>
    greatest(least(sql<number>`api_budget.rate`, value(tuning.minRate)), sql<number>`api_budget.rate * ${factorAt(at)}`);
  const elapsed = greatest(value(0), sql<number>`${value(now)} - api_budget.refilled_at`);
  const refilled = least(sql<number>`api_budget.burst`, sql<number>`api_budget.tokens + ${elapsed} / 1000.0 * ${rateAt(sql`api_budget.refilled_at`)}`);
  const refilledAt = greatest(sql<number>`api_budget.refilled_at`, value(now));
  return { value, least, greatest, factorAt, refilled, refilledAt };
}

/**
 * Make sure the bucket exists with this rate and burst: a new one starts full; a changed
 * configuration takes effect (its tokens cut to the new burst). One statement, so replicas
 * starting together create it once.
 */
export async function ensureBudget(db: Db, key: { accountKey: string; action: string }, limits: { rate: number; burst: number }, now: number): Promise<void> {
  await db
    .insertInto('api_budget')
    .values({ account_key: key.accountKey, action: key.action, tokens: limits.burst, refilled_at: now, rate: limits.rate, burst: limits.burst, factor: 1, throttled_at: null })
    .onConflict((oc) =>
      oc
        .columns(['account_key', 'action'])
        .doUpdateSet({
          rate: (eb) => eb.ref('excluded.rate'),
          burst: (eb) => eb.ref('excluded.burst'),
          tokens: math(db).least(sql<number>`api_budget.tokens`, sql<number>`excluded.burst`),
        })
        .where((eb) => eb.or([eb('api_budget.rate', '<>', eb.ref('excluded.rate')), eb('api_budget.burst', '<>', eb.ref('excluded.burst'))])),
    )
    .execute();
}

/**
 * Take `need` tokens in one statement: refill for the time passed, and take only if at least
 * `need` plus the floor (`reserve` × burst, for background reads) is there. No lock is held
 * past the statement. Returns the bucket as left, or undefined when there were too few.
 */
export async function takeTokens(
  db: Db,
  key: { accountKey: string; action: string },
  ask: { need: number; reserve: number; now: number },
  tuning: BudgetSqlTuning,
): Promise<ApiBudgetRow | undefined> {
  const b = bucketSql(db, tuning, ask.now);
  const need = b.value(ask.need);
  const floor = b.greatest(b.value(0), b.least(sql<number>`${b.value(ask.reserve)} * api_budget.burst`, sql<number>`api_budget.burst - ${need}`));
  return db
    .updateTable('api_budget')
    .set({ tokens: sql<number>`${b.refilled} - ${need}`, refilled_at: b.refilledAt })
    .where('account_key', '=', key.accountKey)
    .where('action', '=', key.action)
    .where(sql<boolean>`${b.refilled} - ${need} >= ${floor}`)
    .returningAll()
    .executeTakeFirst();
}

/**
 * Alibaba answered Throttling: empty the bucket and halve its rate (down to the floor), once
 * per episode, for every replica. Returns the bucket as left.
 */
export async function throttleBudget(db: Db, key: { accountKey: string; action: string }, now: number, tuning: BudgetSqlTuning): Promise<ApiBudgetRow | undefined> {
  const b = bucketSql(db, tuning, now);
  const episode = sql<boolean>`api_budget.throttled_at IS NOT NULL AND ABS(${b.value(now)} - api_budget.throttled_at) < ${b.value(tuning.episodeMs)}`;
  const lowest = b.least(b.value(1), sql<number>`${b.value(tuning.minRate)} / api_budget.rate`);
  return db
    .updateTable('api_budget')
    .set({
      tokens: 0,
      refilled_at: b.refilledAt,
      factor: sql<number>`CASE WHEN ${episode} THEN api_budget.factor ELSE ${b.greatest(lowest, sql<number>`${b.factorAt(b.value(now))} / 2.0`)} END`,
      throttled_at: sql<number>`CASE WHEN ${episode} THEN api_budget.throttled_at ELSE ${b.value(now)} END`,
    })
    .where('account_key', '=', key.accountKey)
    .where('action', '=', key.action)
    .returningAll()
    .executeTakeFirst();
}

export function findBudget(db: Db, key: { accountKey: string; action: string }): Promise<ApiBudgetRow | undefined> {
  return db.selectFrom('api_budget').selectAll().where('account_key', '=', key.accountKey).where('action', '=', key.action).executeTakeFirst();
}

/** Every bucket of an account (the metrics read them). */
export function listBudgets(db: Db, accountKey: string): Promise<ApiBudgetRow[]> {
  return db.selectFrom('api_budget').selectAll().where('account_key', '=', accountKey).orderBy('action').execute();
}
