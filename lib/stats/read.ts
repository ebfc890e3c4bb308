import type { TekshurDB } from '../db/schema';
import { toStatsRow, type StatsRow } from './rows';

/**
 * Reads every flag as a statistics row. Pages of `pageSize` records (one getAll each, in one
 * read transaction) keep memory bounded: a page of full records is dropped once its rows are
 * taken, and there is no query per flag.
 */
export async function readStatsRows(db: TekshurDB, pageSize = 2000): Promise<StatsRow[]> {
  return db.transaction('r', db.flags, async () => {
    const rows: StatsRow[] = [];
    let after: string | undefined;
    for (;;) {
      const query = after === undefined ? db.flags.orderBy(':id') : db.flags.where(':id').above(after);
      const page = await query.limit(pageSize).toArray();
      for (const flag of page) rows.push(toStatsRow(flag));
      const last = page[page.length - 1];
      if (!last || page.length < pageSize) return rows;
      after = last.id;
    }
  });
}
