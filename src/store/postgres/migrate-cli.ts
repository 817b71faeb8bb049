/**
 * `npm run migrate`: applies the PostgreSQL migrations to DATABASE_URL (or the URL given as the
 * first argument) under the advisory lock, and says which ran. Safe to run while instances start.
 */
import { createPool, migrate } from './database.ts';

const url = process.argv.slice(2).find((a) => /^postgres(ql)?:\/\//.test(a)) ?? process.env.DATABASE_URL ?? '';
if (!/^postgres(ql)?:\/\//.test(url)) {
  process.stderr.write('Sett DATABASE_URL til en PostgreSQL-adresse, for eksempel postgres://bot:passord@localhost:5432/nettverksboten\n');
  process.exit(2);
}

const pool = createPool(url, { poolSize: 1, applicationName: 'nettverksboten-migrate' });
try {
  const applied = await migrate(pool);
  process.stdout.write(applied.length ? `Migreringer kjørt: ${applied.join(', ')}\n` : 'Databasen er allerede oppdatert.\n');
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await pool.end();
}
