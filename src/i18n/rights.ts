import { ownLink } from '../conversation/card-links.ts';
import { count } from './common.ts';
/** Retention, export and deletion of a network's data. */
export const rightsText = {
  group: 'Personvern og data',
  commands: {
    retention: {
      usage: 'oppbevaring [måneder]',
      description: 'Viser eller endrer hvor lenge referater og møtelogger oppbevares (ledere endrer).',
      example: 'oppbevaring 24',
    },
    export: {
      usage: 'eksporter data',
      description: 'Sender lederen en nedlastingslenke med alle nettverkets data som JSON, i personlig chat.',
      example: 'eksporter data',
    },
    erase: {
      usage: 'slett nettverksdata',
      description: 'Sletter alle nettverkets data etter bekreftelse (ledere).',
      example: 'slett nettverksdata',
    },
  },
  retentionWhat: 'endre oppbevaringstiden',
  exportWhat: 'eksportere nettverkets data',
  eraseWhat: 'slette nettverkets data',
  retentionNow: (months: number, isDefault: boolean) =>
    `Referater, møtelogger, ferdige oppgaver og frister, innmeldte spørsmål og utsendingslogg slettes når de er eldre enn ${count(months, 'måned', 'måneder')}${isDefault ? ' (standard)' : ''}. Åpne oppgaver og frister beholdes til de er ferdige. Ledere endrer dette med for eksempel «oppbevaring 24».`,
  retentionSet: (months: number) =>
    `Oppbevaringstiden er nå ${count(months, 'måned', 'måneder')}. Det som er eldre, slettes ved neste nattlige opprydding.`,
  retentionBadTitle: 'Jeg forstod ikke antallet måneder',
  retentionTooShort: (months: number, min: number, max: number) =>
    `${months} ${months === 1 ? 'måned' : 'måneder'} er for kort: velg ${min}–${max}`,
  retentionTooLong: (months: number, min: number, max: number) =>
    `${count(months, 'måned', 'måneder')} er for lenge: velg ${min}–${max}`,
  retentionBad: (typed: string, min: number, max: number) =>
    `Oppbevaringstiden må være et helt antall måneder fra ${min} til ${max}. Du skrev «${typed}».`,
  exportReady: (network: string, link: string, minutes: number, rows: number) =>
    `Eksporten av ${network} er klar: ${count(rows, 'oppføring', 'oppføringer')} fra alle nettverkets tabeller. ${ownLink('Last ned nettverksdata (JSON)', link)}. Lenken virker i ${count(minutes, 'minutt', 'minutter')}, og alle som har den kan laste ned, så ikke del den videre.`,
  exportSentPrivately: (name: string) =>
    `${name}, jeg har sendt deg lenken til eksporten i en personlig melding. Den deles ikke her, fordi den gir tilgang til alle nettverkets data.`,
  exportNoPrivateChat:
    'Jeg får ikke sendt deg en personlig melding, og lenken til eksporten deles ikke i kanalen fordi den gir tilgang til alle nettverkets data. Åpne en chat med Nettverksboten (Apper → Nettverksboten), skriv «hei» der, og skriv «eksporter data» her igjen.',
  eraseTitle: 'Slette alle nettverkets data?',
  eraseBody:
    'Dette sletter for godt alle referater og møtelogger, oppgaver, frister, agendaforslag, innmeldte spørsmål, lagrede svar, innstillinger, møteplan og roller for dette nettverket. Boten blir værende i kanalen, og den som bekrefter blir stående som leder. Vil du ha en kopi først, skriv «eksporter data».',
  eraseCounts: (rows: number) => `Det gjelder ${count(rows, 'oppføring', 'oppføringer')} nå.`,
  eraseConfirm: 'Slett alt',
  eraseCancel: 'Avbryt',
  eraseAsked: (name: string) => `Bedt om av ${name}. Bekreftelsen gjelder i 1 time.`,
  erased: (name: string, rows: number) =>
    `${name} slettet nettverkets data (${count(rows, 'oppføring', 'oppføringer')}). Boten er fortsatt her; skriv «hjelp» for å komme i gang igjen.`,
  eraseCancelled: (name: string) => `${name} avbrøt slettingen. Ingenting er slettet.`,
  eraseExpired:
    'Denne bekreftelsen er utløpt, og ingenting er slettet. Skriv «slett nettverksdata» på nytt om du fortsatt vil slette.',
  eraseUsed: 'Skriv «slett nettverksdata» om du vil slette det som er lagret siden.',
  eraseInvalidTitle: 'Ugyldig bekreftelse',
  eraseInvalid:
    'Dette kortet er endret etter at Nettverksboten laget det, så ingenting er slettet. Skriv «slett nettverksdata» for å få et nytt kort.',
  exportFile: 'nettverksdata',
} as const;
