// Messages of `npm run package` (manifest/package.ts).
export const EXAMPLE_APP_ID = '00000000-0000-0000-0000-000000000000';
export const EXAMPLE_BASE_URL = 'https://nettverksboten.example.no';

export const packageText = {
  heading: 'Kan ikke lage app-pakken for Teams.',
  missingHeading: 'Dette mangler:',
  missingAppId: 'MicrosoftAppId: app-ID-en (en GUID) fra Azure Bot-registreringen',
  missingBaseUrl: 'PUBLIC_BASE_URL: adressen boten nås på utenfra (https)',
  invalidAppId: (v: string) => `MicrosoftAppId må være en GUID, for eksempel ${EXAMPLE_APP_ID} (fikk «${v}»)`,
  invalidTabAppId: (v: string) =>
    `TAB_APP_ID må være en GUID, for eksempel ${EXAMPLE_APP_ID} (fikk «${v}»); uten den brukes MicrosoftAppId`,
  invalidBaseUrl: (v: string) =>
    `PUBLIC_BASE_URL må være en fullstendig https-adresse, for eksempel ${EXAMPLE_BASE_URL} (fikk «${v}»)`,
  howTo: 'Sett dem i miljøet eller i en .env-fil i prosjektmappen, for eksempel:',
  example: `MicrosoftAppId=${EXAMPLE_APP_ID} PUBLIC_BASE_URL=${EXAMPLE_BASE_URL} npm run package`,
  unfilled: (names: string[]) => `Manifestmalen har plassholdere uten verdi: ${names.join(', ')}`,
  schemaMissing: (version: string) => `Fant ikke skjemaet for manifestversjon ${version} i @microsoft/app-manifest`,
  invalidManifest: 'Manifestet følger ikke skjemaet for Teams:',
  iconSize: (file: string, want: number, got: string) => `${file} må være ${want}×${want} piksler (er ${got})`,
  failed: 'Kunne ikke lage app-pakken:',
  done: (path: string) => `App-pakken er klar: ${path}`,
  upload:
    'Last den opp i Teams (Apper → Administrer appene dine → Last opp en app) eller i Teams-administrasjonssenteret.',
} as const;
