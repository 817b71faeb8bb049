export const storeText = {
  /** Start-up refusal: a second process on the same SQLite file. */
  inUse: (path: string) =>
    [
      `Databasefilen ${path} brukes allerede av en annen Nettverksboten-prosess, så denne starter ikke.`,
      'Med SQLite kan bare én prosess bruke en databasefil om gangen: to prosesser ville delt ut like ID-er og hver holdt sine egne grenser for sending til Teams.',
      'Stopp den andre prosessen først, eller gi denne sin egen fil, for eksempel DATABASE_URL=sqlite:./data/test.db.',
      'Flere instanser mot de samme dataene krever PostgreSQL (DATABASE_URL=postgres://…).',
    ].join('\n'),
} as const;
