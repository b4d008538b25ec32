import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ObjectStorage } from '../drivers/object-storage';

/** Unclaimed uploads are kept this long (a form may stay open a while before it is saved). */
export const UNCLAIMED_TTL_HOURS = 24;
const BATCH = 100;

/**
 * Deletes unclaimed uploads older than UNCLAIMED_TTL_HOURS and released attachments (no owner,
 * no uploader), file and row. Rows are deleted (locked) first and the files in the same
 * transaction, so a failed file delete rolls the rows back for the next run, and an upload being
 * claimed at the same moment is either claimed or gone, never claimed without its file. Running
 * it twice does nothing more (deleting a missing file is fine).
 */
@Injectable()
export class StorageCleanup {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: ObjectStorage,
  ) {}

  async run(now = new Date()): Promise<{ deleted: number }> {
    const cutoff = new Date(now.getTime() - UNCLAIMED_TTL_HOURS * 3_600_000);
    let deleted = 0;
    for (;;) {
      const n = await this.dataSource.transaction(async (m) => {
        const rows = await m.query<{ storage_key: string }[]>(
          // A SELECT around the DELETE: the driver returns its rows as for any query.
          `WITH gone AS (
             DELETE FROM attachment WHERE id IN (
               SELECT id FROM attachment
                WHERE owner_id IS NULL AND (created_at < $1 OR uploader_hash IS NULL)
                ORDER BY created_at
                LIMIT ${BATCH}
                FOR UPDATE SKIP LOCKED)
             RETURNING storage_key)
           SELECT storage_key FROM gone`,
          [cutoff],
        );
        for (const row of rows) await this.storage.delete(row.storage_key);
        return rows.length;
      });
      deleted += n;
      if (n < BATCH) return { deleted };
    }
  }
}
