export const pagesText = {
  privacyTitle: 'Personvern i Nettverksboten',
  privacy: [
    'Nettverksboten brukes av barnevernets læringsnettverk og barnevernsledernettverk i Microsoft Teams. Kanalen handler om tjenestene og nettverkets arbeid, aldri om enkeltbarn eller enkeltsaker.',
    'Boten lagrer det nettverket selv skriver til den: møteplan og agenda, møtelogg og referat med vedtak og oppgaver (tekst, ansvarlig og frist), frister med sjekklister, spørsmål som sendes videre til nettverkslederen, og tilbakemeldinger på svar. Om personer lagres bare navn og Teams-ID-er, som trengs for å vise hvem som har ansvar og for å sende påminnelser.',
    'Boten nekter å lagre eller poste fødselsnummer, D-nummer og H-nummer. En melding med et slikt nummer blir avvist og ikke lagret.',
    'Hvert nettverk ser bare sine egne data. Referater og møtelogger slettes etter nettverkets oppbevaringstid (standard 24 måneder). Nettverkslederen kan eksportere alle nettverkets data («eksporter data») og slette dem («slett nettverksdata»).',
    'Meldingstekst skrives ikke til driftsloggene. Spørsmål om personvern rettes til nettverkslederen eller til kommunen som drifter boten.',
  ],
  termsTitle: 'Vilkår for bruk av Nettverksboten',
  terms: [
    'Nettverksboten er et hjelpemiddel for møter, oppfølging og frister i nettverkene. Svar om retningslinjene er hentet fra dokumentene det vises til; det er alltid Statsforvalterens og Bufdirs gjeldende dokumenter som gjelder.',
    'Ikke skriv opplysninger om enkeltbarn eller enkeltsaker i kanalen eller til boten.',
    'Den som legger boten til i et team, blir nettverksleder i boten og kan gi andre lederrollen.',
  ],
} as const;

export const serverText = {
  shuttingDown: 'Tjenesten stenger ned; prøv igjen om litt.',
  /** Attack round 7, A5: far more downloads of signed links than anyone makes in use. */
  tooManyDownloads: (seconds: number) =>
    `For mange nedlastinger på kort tid. Vent ${seconds === 1 ? 'ett sekund' : `${seconds} sekunder`} og prøv igjen, for eksempel ved å klikke på lenken i referatkortet på nytt.`,
  tooManyFeedFetches: (seconds: number) =>
    `For mange hentinger av kalenderen på kort tid. Vent ${seconds === 1 ? 'ett sekund' : `${seconds} sekunder`} og prøv igjen; kalenderprogrammet henter den av seg selv, for eksempel hvert 15. minutt.`,
  notAnActivity: 'Forventet en aktivitet som JSON-objekt, for eksempel {"type":"message","text":"hjelp",…}.',
  internal: 'Intern feil.',
  notFound: 'Denne adressen finnes ikke hos Nettverksboten. Lekeplassen ligger for eksempel på /playground.',
  /** Without the playground (production): no hint at an address that is not served. */
  notFoundHere: 'Denne adressen finnes ikke hos Nettverksboten.',
  methodNotAllowed: 'Denne adressen tar ikke imot denne metoden, for eksempel tar /api/messages bare imot POST.',
  encoded:
    'Komprimerte forespørsler tas ikke imot (Content-Encoding må være identity eller mangle). Send JSON ukomprimert, for eksempel Content-Type: application/json.',
  notJson:
    'Forventet Content-Type: application/json med UTF-8, for eksempel Content-Type: application/json; charset=utf-8.',
  badJson: 'Innholdet er ikke gyldig JSON i UTF-8, for eksempel {"type":"message","text":"hjelp",…}.',
  tooLarge: (kb: number) => `Forespørselen er for stor (høyst ${kb} KB).`,
  unauthorized: 'Mangler gyldig token: Authorization: Bearer <token fra Bot Framework>.',
  badField: (field: string) =>
    `Ugyldig aktivitet: feltet «${field}» har feil type, for eksempel {"type":"message","conversation":{"id":"…"},…}.`,
  invokeNotUsed:
    'Nettverksboten bruker ikke denne invoke-typen. Den tar imot for eksempel «adaptiveCard/action» (kortknapper) og «composeExtension/query» (søk i retningslinjene).',
  fieldTooLong: (field: string, max: number) =>
    `Ugyldig aktivitet: feltet «${field}» er for langt (høyst ${max} tegn). En Teams-samtale-ID er noen hundre tegn, for eksempel «19:abc…@thread.tacv2».`,
  hostRefused:
    'Lokal modus svarer bare på adressene til denne maskinen: åpne for eksempel http://localhost:3978/playground (Host må være localhost, 127.0.0.1 eller [::1]).',
  originRefused:
    'Forespørsler fra en annen nettside tas ikke imot i lokal modus. Bruk lekeplassen på samme adresse, for eksempel http://localhost:3978/playground.',
  busy: 'Tjenesten tar imot for mange forespørsler akkurat nå; prøv igjen om noen sekunder.',
  keysUnavailable:
    'Kan ikke kontrollere tokenet nå fordi nøklene til Bot Framework ikke kan hentes; prøv igjen om litt.',
  serviceUrlRefused:
    'Lokal modus svarer bare til serviceUrl på denne maskinen (127.0.0.1, ::1, localhost) eller adresser i ALLOWED_SERVICE_URLS.',
} as const;
