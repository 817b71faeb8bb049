import { count } from './common.ts';
/** `npm run migrate` and the move from SQLite to PostgreSQL: words for the operator running them. */
export const migrateText = {
  usage: [
    'Bruk: npm run migrate [-- --from sqlite:<fil>]',
    'DATABASE_URL må være en PostgreSQL-adresse, for eksempel postgres://bot:passord@localhost:5432/nettverksboten',
    'Med --from sqlite:./data/nettverksboten.db flyttes alt fra SQLite-filen til PostgreSQL (stopp boten først).',
  ].join('\n'),
  applied: (versions: number[]) => `Migreringer kjørt: ${versions.join(', ')}`,
  upToDate: 'Databasen er allerede oppdatert.',
  badFrom: (arg: string) => `Ukjent kilde «${arg}». Skriv for eksempel --from sqlite:./data/nettverksboten.db`,
  sourceMissing: (path: string) => `Finner ikke SQLite-filen ${path}.`,
  targetNotEmpty: (table: string, rows: number) =>
    `PostgreSQL-databasen har allerede data (${count(rows, 'rad', 'rader')} i ${table}). Flytting skjer bare til en tom database, så ingenting blir skrevet over.`,
  columnsDiffer: (table: string, onlySqlite: string[], onlyPg: string[]) =>
    `Tabellen ${table} har ulike kolonner i SQLite (${onlySqlite.join(', ') || '–'}) og PostgreSQL (${onlyPg.join(', ') || '–'}). Oppdater koden slik at begge har samme migreringer.`,
  tableMissing: (table: string) =>
    `Tabellen ${table} finnes i SQLite, men ikke i PostgreSQL. Oppdater koden slik at begge har samme migreringer.`,
  copied: (rows: number, tables: number) =>
    `Flyttet ${count(rows, 'rad', 'rader')} fra ${count(tables, 'tabell', 'tabeller')} til PostgreSQL.`,
} as const;
