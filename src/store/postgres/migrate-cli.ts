/**
 * `npm run migrate`: applies the PostgreSQL migrations to DATABASE_URL (or a postgres:// URL given
 * as an argument) under the advisory lock, and says which ran. Safe while instances start.
 *
 * `npm run migrate -- --from sqlite:./data/nettverksboten.db` then moves every row of that SQLite
 * file (migrated first, with the bot stopped: the file's process lock refuses a running bot) into
 * the PostgreSQL database, which must be empty.
 */
import { existsSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { migrateText } from '../../i18n/migrate.ts';
import { SqliteStore } from '../sqlite/index.ts';
import { copyFromSqlite } from './copy-from-sqlite.ts';
import { createPool, migrate } from './database.ts';

const isPg = (v: string) => /^postgres(ql)?:\/\//.test(v);

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

const stdio: Io = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) };

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env, io: Io = stdio): Promise<number> {
  const { out, err } = io;
  const url = argv.find(isPg) ?? env.DATABASE_URL ?? '';
  if (!isPg(url)) {
    err(migrateText.usage);
    return 2;
  }
  const fromAt = argv.findIndex((a) => a === '--from' || a.startsWith('--from='));
  const from =
    fromAt < 0
      ? null
      : argv[fromAt]!.startsWith('--from=')
        ? argv[fromAt]!.slice('--from='.length)
        : (argv[fromAt + 1] ?? '');
  if (from !== null && !/^sqlite:.+/.test(from)) {
    err(migrateText.badFrom(from));
    return 2;
  }
  const sqlitePath = from?.slice('sqlite:'.length) ?? null;
  if (sqlitePath !== null && !existsSync(sqlitePath)) {
    err(migrateText.sourceMissing(sqlitePath));
    return 2;
  }

  const pool = createPool(url, { poolSize: 2, applicationName: 'nettverksboten-migrate', statementTimeoutMs: 600_000 });
  try {
    const applied = await migrate(pool);
    out(applied.length ? migrateText.applied(applied) : migrateText.upToDate);
    if (sqlitePath !== null) {
      // The single-process lock: a bot still running on the file is refused, not copied mid-write.
      const source = new SqliteStore(sqlitePath, { singleProcess: true });
      try {
        const report = await copyFromSqlite(source.db, pool);
        out(migrateText.copied(report.rows, Object.keys(report.tables).length));
      } finally {
        await source.close();
      }
    }
    return 0;
  } catch (e) {
    err((e as Error).message);
    return 1;
  } finally {
    await pool.end();
  }
}

const entry = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (import.meta.url === entry) process.exitCode = await main(process.argv.slice(2));
