const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`;

/** «Ola Hansen», «Ola Hansen eller Per Berg», «A, B eller C»: any one of them. */
const either = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} eller ${names[names.length - 1]}`;

/** How a network without a leader gets one (N10): the same words wherever the bot says it has none. */
const claimHow =
  'Den som skal lede, skriver «@Nettverksboten leder + @dittnavn» med sitt eget navn og blir leder. Det går bare så lenge nettverket ikke har noen leder.';

export const rolesText = {
  claimHow,
  // N18: the leaders are asked for the thing itself; becoming a leader is for «hjelp» and the leaderless case.
  leaderOnly: (what: string, leaders: string[]) =>
    leaders.length
      ? `Bare nettverkets ledere kan ${what}. ${leaders.length === 1 ? 'Be lederen' : 'Be en av lederne'} (${either(leaders)}) om å ${what}.`
      : `Bare nettverkets ledere kan ${what}, og nettverket har ingen leder nå. ${claimHow}`,
  /** A leader Teams gave no name for (A4): shown instead of an empty name. */
  unnamedLeader: 'en leder uten navn i Teams',
  needsNetwork: (what: string) => `For å ${what} må du skrive i nettverkets kanal, ikke i en personlig chat.`,
} as const;

export const roleCommandText = {
  group: 'Nettverk',
  commands: {
    add: {
      usage: 'leder + @Navn',
      description: 'Gjør en person til leder i nettverket (ledere).',
      example: 'leder + @Ola Hansen',
    },
    remove: {
      usage: 'leder - @Navn',
      description:
        'Fjerner lederrollen fra en person (ledere). En annen leder fjernes først etter at du har bekreftet på et kort, og hen får beskjed.',
      example: 'leder - @Ola Hansen',
    },
    list: { usage: 'ledere', description: 'Viser hvem som er ledere i nettverket.', example: 'ledere' },
  },
  changeWhat: 'endre hvem som er ledere',
  noMention: 'Nevn personen med @ slik at Teams markerer navnet.',
  added: (name: string) => `${name} er nå leder i nettverket.`,
  /** To the new leader (month s16 #7): a removal was announced, an appointment was not. `mention` is '' in a personal chat. */
  addedTold: (mention: string, by: string, network: string) =>
    `${mention ? `${mention} ` : ''}${by} har gjort deg til leder i ${network}. Nå kan du endre møteplan, agenda, frister og hvem som er ledere. Skriv «@Nettverksboten hjelp» i kanalen for å se hva du kan gjøre.`,
  removed: (name: string) => `${name} er ikke lenger leder i nettverket.`,
  claimOnlySelf: (name: string) =>
    `Nettverket har ingen leder nå, så ${name} kan ikke gjøres til leder av andre. Du kan bare gjøre deg selv til leder: skriv «@Nettverksboten leder + @dittnavn». Deretter kan du gjøre andre til ledere.`,
  claimed: (name: string) =>
    `${name} har tatt lederrollen, fordi nettverket ikke hadde noen leder. ${name} kan nå endre møteplan, agenda og frister og gjøre andre til ledere med «leder + @Navn».`,
  /** Two people named themselves at the same moment: the other one got there first. */
  claimTakenMeanwhile: (leaders: string) =>
    `Nettverket fikk en leder akkurat nå: ${leaders}. Be en leder gjøre deg til leder med «leder + @dittnavn».`,
  /** Someone Teams names without an Entra account (an anonymous participant) asked to lead. */
  claimAnonymous:
    'Teams oppgir deg som anonym deltaker, ikke logget inn med en konto fra en organisasjon, så du kan ikke ta lederrollen. Logg inn i Teams med jobbkontoen din og skriv «@Nettverksboten leder + @dittnavn» igjen, eller be et annet medlem av teamet gjøre det.',
  /** A member whose home tenant is not among those ALLOWED_TENANT_IDS lists asked to lead. */
  claimTenantNotListed:
    'Organisasjonen du er logget inn fra, er ikke blant dem som er satt opp til å delta med Nettverksboten her, så du kan ikke ta lederrollen. Be den som drifter boten legge organisasjonen (tenant-ID-en) til i ALLOWED_TENANT_IDS, eller be et medlem fra en av de oppsatte organisasjonene skrive «@Nettverksboten leder + @dittnavn».',
  /** Teams could not say who the person is: nothing is decided, try again. */
  claimUnchecked:
    'Jeg fikk ikke sjekket hos Teams hvem du er i teamet, så du er ikke gjort til leder ennå. Prøv igjen om litt: «@Nettverksboten leder + @dittnavn».',
  lastLeader: 'Du er den siste lederen i nettverket. Gjør en annen til leder først, så ingen står uten.',
  lastLeaderOther: (name: string) =>
    `${name} er den siste lederen i nettverket og blir ikke fjernet, så nettverket ikke står uten leder. Ingenting er endret.`,
  /** Removing another leader is asked about first, and the removed leader is told (month round 9, N5). */
  removeCard: {
    title: (name: string) => `Fjerne ${name} som leder?`,
    body: (name: string) =>
      `${name} mister lederrollen i nettverket: kan ikke lenger endre møteplan, agenda, frister eller hvem som er ledere. ${name} får beskjed.`,
    asked: (who: string) => `Spurt av ${who}`,
    confirm: 'Fjern som leder',
    keep: 'Behold som leder',
    removed: (name: string, by: string) => `${name} er ikke lenger leder i nettverket (fjernet av ${by}).`,
    kept: (name: string, by: string) => `${name} er fortsatt leder (valgt av ${by}).`,
    /** The leader the card is about pressed «Behold som leder» (month s16 #7): the other leaders decide. */
    notOwnRemoval: (asker: string) =>
      `Du kan ikke avgjøre om du selv skal fjernes som leder. Det gjør ${asker || 'den som spurte'} eller en annen leder; kortet står til de har svart. Er du uenig, si det til ${asker || 'dem'}.`,
    expired: (name: string) =>
      `Kortet er utløpt. Skriv «@Nettverksboten leder - @${name}» på nytt hvis ${name} fortsatt skal fjernes som leder.`,
    used: 'Dette kortet er allerede brukt. Skriv «ledere» for å se hvem som er ledere nå.',
  },
  /** To the removed leader, by @mention in the channel and in the personal chat. */
  removedTold: (by: string, name: string) =>
    `${by} har fjernet deg som leder i nettverket. Er det feil, be en leder skrive «@Nettverksboten leder + @${name}».`,
  list: (names: string) => `Ledere i nettverket: ${names}.`,
  none: 'Nettverket har ingen ledere registrert.',
} as const;

/**
 * Someone who owned open tasks left the team (N21, N26): the tasks that need a new owner, appended to
 * what the leaders (or, with none, the channel) are told. `tasks` are «T9 «lese korrektur» (frist 12.04.2027)».
 */
export const leaverTasksText = {
  /** A member's leaving is otherwise not announced: this sentence opens the post. */
  memberLeft: (mentions: string, name: string, n: number, tasks: string[]) =>
    `${mentions ? `${mentions} ` : ''}${name} har forlatt teamet og har ${n === 1 ? '1 åpen oppgave' : `${n} åpne oppgaver`}: ${list(tasks)}.`,
  /** Follows a leader's leaving, which is said first. */
  alsoTasks: (name: string, n: number, tasks: string[]) =>
    `${name} har ${n === 1 ? '1 åpen oppgave' : `${n} åpne oppgaver`}: ${list(tasks)}.`,
  task: (id: string, text: string, due: string | null) => `${id} «${text}»${due ? ` (frist ${due})` : ''}`,
  reassign: (n: number, id: string) =>
    `${n === 1 ? 'Den trenger' : 'De trenger'} en ny ansvarlig: en leder skriver «@Nettverksboten oppgave ${id} ny ansvarlig @Navn» (eller et kommunenavn i stedet for @Navn).`,
  noLeader: `Nettverket har ingen leder nå. ${claimHow}`,
  /** Month s14 #12: the leaders were told of the leaving and the tasks; they hear of the return too. */
  returned: (mentions: string, name: string, n: number, tasks: string[]) =>
    `${mentions ? `${mentions} ` : ''}${name} er med i teamet igjen og har fortsatt ${n === 1 ? '1 åpen oppgave' : `${n} åpne oppgaver`}: ${list(tasks)}. ${n === 1 ? 'Den trenger' : 'De trenger'} ikke ny ansvarlig.`,
  /** Month s14 #12: the welcome back names what is waiting: the person's open tasks and the next meeting. */
  /** `running`: the sentence saying the meeting is on now, in place of «Neste møte er …» (month s16 #15). */
  welcomeBack: (
    network: string,
    tasks: string[],
    overdue: number,
    next: string | null,
    running: string | null = null,
  ) =>
    `Velkommen tilbake til ${network}!${tasks.length ? ` Du har fortsatt ${tasks.length === 1 ? '1 åpen oppgave' : `${tasks.length} åpne oppgaver`}: ${list(tasks)}.` : ''}${overdue ? ` ${overdue === 1 ? '1 av dem' : `${overdue} av dem`} har passert fristen; skriv «mine oppgaver» for å se dem.` : ''}${running ? ` ${running}` : next ? ` Neste møte er ${next}.` : ''} «hjelp» viser alle kommandoene.`,
} as const;
