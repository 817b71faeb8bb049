import { daysBetween, localDateOf } from '../time/local-date.ts';
/** Teams' limit for one chat message: about 28 KB of text including markup. */
export const TEAMS_MESSAGE_MAX_BYTES = 28 * 1024;

const CLICK_FAILED = 'Noe gikk galt, og appen svarte ikke på knappen. Prøv igjen.';

const kb = (bytes: number) => (bytes / 1024).toLocaleString('nb-NO', { maximumFractionDigits: 1 });
const when = (d: Date, timeZone: string) =>
  d.toLocaleString('nb-NO', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

const clockTime = (d: Date, timeZone: string) =>
  d.toLocaleTimeString('nb-NO', { timeZone, hour: '2-digit', minute: '2-digit' });

/** What each field of a playground request should be, for badField. */
const fieldHints: Record<string, string> = {
  thread: 'id-en til meldingen tråden starter med (høyst 100 tegn), eller null for en ny melding',
  replyToId: 'id-en til meldingen med kortet (høyst 100 tegn)',
  id: 'id-en til en melding i samtalen (høyst 100 tegn)',
  verb: 'handlingen på kortets knapp (høyst 100 tegn)',
  data: 'dataene fra kortet, høyst 28 KB',
  text: 'tekst på høyst om lag 28 KB',
  name: 'et filnavn på høyst 200 tegn',
  tenant: '«rsc» eller «no-rsc»',
  as: '«leader» eller «member»',
  where: '«channel» eller «personal»',
  mentions: 'en liste med høyst 20 av «bot», «leader», «member», «channel», «team», «tag»',
  reaction: 'en reaksjon som «like»',
  jump: '«hour», «day», «week» eller «next-meeting»',
  who: '«leader» eller «member»',
  change: '«leave» eller «join»',
  rsc: 'true eller false',
};

/** The bot's new messages during a clock move: in the channel, and per person in their own chat. */
export interface PostsSeen {
  channel: number;
  personal: { name: string; count: number }[];
}

const messages = (n: number) => `${n} ${n === 1 ? 'melding' : 'meldinger'}`;

function postsLine(seen: PostsSeen): string {
  const personal = seen.personal.reduce((sum, p) => sum + p.count, 0);
  if (!seen.channel && !personal) return 'Ingenting nytt å vise.';
  const parts = seen.channel ? [`${messages(seen.channel)} i kanalen`] : [];
  if (personal) {
    const where =
      seen.personal.length === 1
        ? `personlig chat med ${seen.personal[0]!.name}`
        : `personlige chatter (${seen.personal.map((p) => `${p.name} ${p.count}`).join(', ')})`;
    parts.push(`${parts.length ? personal : messages(personal)} i ${where}`);
  }
  return `På veien kom ${parts.join(' og ')}.`;
}

export const playgroundText = {
  teamName: 'Demonettverket',
  channelName: 'Nettverket',
  /** A tag in the demo team, offered in the @ menu as Teams offers a team's tags. */
  tagName: 'Ledere',
  badRequest: 'Forespørselen manglet tekst eller hadde feil format.',
  /**
   * A field the page sends that is missing, too long or of the wrong form (attack round 8, A4): which
   * one, what it should be, and a request that works.
   */
  badField: (field: string, example: string) =>
    `Feltet «${field}» mangler, er for langt eller har feil form: det skal være ${fieldHints[field] ?? 'som i eksemplet'}. For eksempel: ${example}`,
  unknownViewer:
    'Ukjent visning: «as» må være «leader» eller «member», for eksempel /playground/api/feed?as=leader eller ?as=member.',
  tooLong: (bytes: number) =>
    `Meldingen er for lang til å sendes (${kb(bytes)} KB). Teams tar imot om lag ${kb(TEAMS_MESSAGE_MAX_BYTES)} KB tekst i én melding. Del den opp i flere meldinger, for eksempel én sak per melding.`,
  /** «Spol fram»: what came on the way, in the channel and in whose personal chat (s12 #17), not the jobs run. */
  clockMoved: (to: Date, timeZone: string, seen: PostsSeen) => `Klokka er nå ${when(to, timeZone)}. ${postsLine(seen)}`,
  /** A person in the «Du skriver som» and «Du er» lists, with the role the bot itself has for them. */
  personOption: (name: string, role: 'leader' | 'member' | 'left') =>
    `${name} (${role === 'leader' ? 'leder' : role === 'member' ? 'medlem' : 'har forlatt teamet'})`,
  notInTeam: (name: string) =>
    `${name} har forlatt teamet og kan ikke skrive i kanalen, som i Teams. Trykk «Bli med i teamet» først.`,
  clockFixed: 'Klokka kan bare flyttes når boten kjører lokalt (uten app-id).',
  noMeeting: 'Fant ikke noe planlagt møte. Skriv hjelp i kanalen først, så legges boten til i demonettverket.',
  /** Teams' words when an app does not answer a card button (no card, message or error came back). */
  clickFailed: CLICK_FAILED,
  notYourMessage: 'Du kan bare redigere og slette dine egne meldinger, som i Teams.',
  noSuchMessage: 'Fant ikke meldingen. Den kan allerede være slettet.',
  editNotDelivered: 'Endringen kom ikke fram til appen. Prøv igjen.',
  emptyEdit: 'Meldingen kan ikke være tom. Vil du fjerne den, velg «Slett» i «…»-menyen.',
  clockNow: (now: Date, timeZone: string) => `Klokka i lekeplassen: ${when(now, timeZone)}`,
  /** The time on a message as Teams shows it: the clock time today, «I går» yesterday, else the date. */
  sentAt: (at: Date, now: Date, timeZone: string) => {
    const days = daysBetween(localDateOf(at, timeZone), localDateOf(now, timeZone));
    if (days === 0) return clockTime(at, timeZone);
    if (days === 1) return `I går ${clockTime(at, timeZone)}`;
    const sameYear = localDateOf(at, timeZone).slice(0, 4) === localDateOf(now, timeZone).slice(0, 4);
    const date = at.toLocaleDateString('nb-NO', {
      timeZone,
      ...(sameYear
        ? { weekday: 'short', day: '2-digit', month: '2-digit' }
        : { day: '2-digit', month: '2-digit', year: 'numeric' }),
    });
    return `${date} ${clockTime(at, timeZone)}`;
  },
  /** Words the page itself shows; the page fetches them, so every word lives here. */
  client: {
    replyInThread: 'Svar i tråden',
    /** The 👍 under a bot message: a reaction, as in Teams. */
    like: 'Lik',
    replyingInThread: 'Svarer i tråd ✕',
    cardFailed: 'Kortet kunne ikke vises: ',
    unseen: 'Boten ser ikke denne meldingen: den nevner ikke @Nettverksboten, og tenanten har ikke gitt RSC-samtykke.',
    mentionMenu: 'Nevn noen',
    removeMention: 'Fjern omtalen',
    botHint: 'Skriv @ for å nevne Nettverksboten',
    working: 'Spoler fram …',
    closeReply: 'Lukk',
    clickFailed: CLICK_FAILED,
    onlyYou: 'Bare du ser dette',
    moreOptions: 'Flere alternativer',
    edit: 'Rediger',
    delete: 'Slett',
    save: 'Lagre',
    cancel: 'Avbryt',
    edited: 'Redigert',
    deleted: 'Denne meldingen er slettet',
    sendFailed: 'Kunne ikke sendes.',
    leaveTeam: 'Forlat teamet',
    joinTeam: 'Bli med i teamet',
    channelGone:
      'Du er ikke lenger med i teamet, så kanalen er ikke tilgjengelig for deg, som i Teams. Trykk «Bli med i teamet» for å se den igjen, eller bruk den personlige chatten.',
    maskedNote:
      'I Teams står meldingen slik den ble skrevet, med navnet eller nummeret synlig for alle i samtalen, til den slettes. Lekeplassen lagrer ikke det som er tatt bort: bare fanen som sendte meldingen, viser den slik den ble skrevet.',
    retry: 'Prøv igjen',
    notSent: 'Meldingen kom ikke fram. Teksten står i skriveboksen din; prøv igjen.',
  },
} as const;
