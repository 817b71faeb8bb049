// Texts for following a development project: amounts, the cost-sharing key, "følger vi planen?",
// the experience log and the report and application drafts (issue #17 items 4–6).
import type { AmountError } from '../projects/amounts.ts';
import { count } from './common.ts';

const amountErrors: Record<AmountError, string> = {
  empty: 'Beløpet mangler.',
  'not-a-number': 'Jeg fant ikke et beløp her.',
  'two-numbers': 'Her står det to tall. Skriv ett beløp.',
  percent: 'Dette er en prosentsats, ikke et beløp.',
  negative: 'Beløpet kan ikke være negativt.',
  'ambiguous-separator':
    'Tallet kan leses på to måter (komma og punktum brukes ulikt på norsk og engelsk). Skriv tusener med mellomrom og desimaler med komma.',
  'bad-grouping': 'Tusenskillene står feil: skriv grupper på tre sifre, for eksempel 1 200 000.',
  'too-precise': 'Beløpet har flere desimaler enn øre.',
  'has-ore': 'Skriv beløpet i hele kroner.',
  'too-large': 'Beløpet er urimelig stort. Sjekk antall sifre.',
};

export const amountText = {
  error: (error: AmountError, typed: string) => `«${typed}»: ${amountErrors[error]}`,
};

const costKeyExample =
  'kostnadsfordeling 600 000 fast 50 %: Eidsvoll 26 716 bruk 10; Nes 23 898 bruk 5; Hurdal 2 905 bruk 1';

/**
 * An example with a real figure, for another municipality than the one that lacks it: a figure
 * shown under the wrong name would be copied (Eidsvoll and Nes from seed 004).
 */
const populationExample = (name: string) =>
  /^eidsvoll$/iu.test(name.trim()) ? '«Nes 23 898 bruk 10»' : '«Eidsvoll 26 716 bruk 10»';

export const costKeyText = {
  example: costKeyExample,
  title: 'Kostnadsfordeling',
  helpTitle: 'Slik fordeler du en felles kostnad',
  help:
    'Skriv totalbeløpet, hvor stor del som fordeles fast etter innbyggertall, og hver kommune med innbyggertall og bruk (for eksempel antall gruppeveiledninger). ' +
    'Skill kommunene med semikolon eller ny linje. En kommune uten «bruk» har ikke brukt noe. Uten bruk og uten fast andel fordeles alt etter innbyggertall.',
  populationsNote:
    'Innbyggertallene er de du skrev inn. Jeg kan ikke hente innbyggertall selv, så sjekk dem mot SSBs tall for kommunene.',
  roundingNote: (fixedPct: string) =>
    `Den faste delen (${fixedPct}) er fordelt etter innbyggertall og resten etter bruk. Begge deler er avrundet til hele kroner med største-rest-metoden, så delene og summen stemmer på kronen.`,
  allByPopulation: 'Ingen bruk og ingen fast andel er oppgitt, så hele beløpet er fordelt etter innbyggertall.',
  columns: {
    name: 'Kommune',
    share: 'Å betale',
  },
  /** Under each municipality's amount: what it rests on. */
  rowDetail: (population: string, use: string, fixed: string, byUse: string) =>
    `${population} innbyggere · bruk ${use} · fast del ${fixed} + bruksdel ${byUse}`,
  sum: 'Sum',
  totalLabel: 'Totalt',
  fixedLabel: (pct: string) => `Fast del (${pct}) etter innbyggertall`,
  useLabel: 'Bruksdel etter bruk',
  understoodLabel: 'Jeg forstod',
  understoodTotal: (kr: string) => `totalt ${kr}`,
  understoodPercent: (pct: string) => `fast andel ${pct}`,
  understoodMunicipality: (name: string, population: string, use: string | null) =>
    `${name}: ${population} innbyggere${use === null ? '' : `, bruk ${use}`}`,
  nothingUnderstood: 'Jeg forstod ingenting av det ennå.',
  form: {
    label: 'Totalt og fast andel på første linje, så én kommune per linje',
    again: 'Endre tallene og regn ut på nytt',
    placeholder: '600 000 fast 50 %:\nEidsvoll 26 716 bruk 10\nNes 23 898 bruk 5',
    compute: 'Regn ut',
  },
  problems: {
    empty: 'Skriv totalbeløpet og kommunene med innbyggertall.',
    tooLong: 'Meldingen er for lang. Del opp, eller skriv færre kommuner.',
    noTotal: 'Jeg fant ikke totalbeløpet. Skriv det først, før kolon og kommunene.',
    badTotal: (typed: string, why: string) => `Totalbeløpet «${typed}» kunne jeg ikke lese: ${why}`,
    badPercent: (typed: string) =>
      `Den faste andelen «${typed}» kunne jeg ikke lese. Skriv en prosent fra 0 til 100, for eksempel «fast 50 %» eller «50/50».`,
    noPercent:
      'Du har skrevet bruk, men ikke hvor stor del som fordeles fast etter innbyggertall. Skriv for eksempel «fast 50 %».',
    noMunicipalities:
      'Jeg fant ingen kommuner. Skriv hver kommune med innbyggertall, for eksempel «Eidsvoll 26 716 bruk 10».',
    tooMany: (max: number) => `Høyst ${count(max, 'kommune', 'kommuner')} om gangen.`,
    noPopulation: (name: string) =>
      `Innbyggertallet mangler for ${name}. Skriv det etter navnet, som i ${populationExample(name)}.`,
    badPopulation: (name: string, typed: string) =>
      `Innbyggertallet for ${name} («${typed}») er ikke et helt tall. Skriv innbyggertallet og så «bruk» foran bruken, som i ${populationExample(name)}.`,
    missingUse: (names: string) =>
      `${names} mangler bruk, mens andre kommuner har det. Skriv bruken for hver kommune, og «bruk 0» for en kommune som ikke har brukt tjenesten.`,
    badUse: (name: string, typed: string) =>
      `Bruken for ${name} («${typed}») er ikke et tall. Skriv for eksempel «bruk 10» eller «bruk 12,5».`,
    unreadable: (typed: string) =>
      `Jeg forstod ikke «${typed}». Skriv kommunens navn, innbyggertall og bruk, for eksempel «Nes 23 898 bruk 5».`,
    duplicate: (name: string) => `${name} står to ganger. Skriv hver kommune én gang.`,
    noPopulationAtAll: 'Alle innbyggertallene er 0, så den faste delen kan ikke fordeles etter innbyggertall.',
    noUse:
      'Ingen kommune har bruk, så bruksdelen kan ikke fordeles. Skriv bruk for minst én kommune, eller «fast 100 %».',
    badNumber: 'Et av tallene er ikke gyldig (negativt eller for stort).',
  },
};

export const milestoneDeadlineText = {
  retiredTitle: (title: string) => `${title} – tatt ut av planen`,
  title: (projectId: string, milestoneId: string, activity: string, owner: string) =>
    `Milepæl ${projectId} ${milestoneId}: ${activity.replace(/\s+/g, ' ').trim()}${owner.trim() ? ` (ansvarlig: ${owner.trim()})` : ''}`,
  source: (projectId: string, name: string, subGoalId: string, goal: string, partner: string) =>
    `Prosjektplan ${projectId} «${name}», delmål ${subGoalId}${goal.trim() ? `: ${goal.replace(/\s+/g, ' ').trim().slice(0, 120)}` : ''}${partner.trim() ? `. Samarbeid med: ${partner.trim()}` : ''}`,
};

const yesNo = { yes: 'ja', no: 'nei' } as const;

export const planAnswerText = {
  agendaItemPattern: /følger vi planen|utviklingsprosjekt/i,
  exampleYes: 'plan ja',
  exampleNo: 'plan nei: rekrutteringen av fosterhjem tok lengre tid enn planlagt',
  exampleImport: 'prosjekt',
  exampleWith: (answer: 'yes' | 'no', projectId: string, milestoneId: string) =>
    answer === 'yes' ? `plan ja ${projectId} ${milestoneId}` : `plan nei ${projectId} ${milestoneId}: hva skjedde`,
  milestoneLabel: (projectId: string, milestoneId: string, activity: string, due: string | null) =>
    `${projectId} ${milestoneId} «${activity.replace(/\s+/g, ' ').trim().slice(0, 120)}»${due ? ` (frist ${due})` : ''}`,
  noteYes: (label: string, how: string) => `Følger vi planen? ${label}: Ja.${how ? ` ${how}` : ''}`,
  noteNo: (label: string, what: string) => `Følger vi planen? ${label}: Nei. Hva skjedde: ${what}`,
  /** The words after the label of a note written by noteYes/noteNo (kept beside them: one format, one reader). */
  noteBody: (note: string) => note.replace(/^Følger vi planen\?.*?: (?:Nei\. Hva skjedde:|Ja\.)\s*/su, '').trim(),
  replacedEarlier: 'Det erstatter svaret som ble gitt tidligere i møtet, så referatet viser bare det siste.',
  recorded: (answer: 'yes' | 'no', item: number, labels: string[]) =>
    `Ført i referatet under punkt ${item}, «${yesNo[answer]}» for ${labels.length === 1 ? 'milepælen' : `${labels.length} milepæler`}: ${labels.join('; ')}.` +
    (answer === 'no'
      ? ' Avtal gjerne hvordan dere kommer på sporet igjen, og før det som oppgave.'
      : ' Hva fikk dere til, og hvordan vil dere feire?'),
  /** «plan ja» for a milestone whose date has passed: it was reached, so its deadline is delivered (round 15 #9). */
  deadlinesDelivered: (ids: string[]) =>
    `${ids.length === 1 ? `Fristen ${ids[0]} er` : `Fristene ${ids.join(', ')} er`} markert som levert, så påminnelsene om ${ids.length === 1 ? 'den' : 'dem'} stopper.`,
  /** «plan nei»: the deadline stays, and the leader is told so rather than left to keep two records. */
  deadlinesKeptOpen: (ids: string[], yesExample: string) =>
    `${ids.length === 1 ? `Fristen ${ids[0]} står` : `Fristene ${ids.join(', ')} står`} åpen med påminnelser til milepælen er nådd. Da skriver dere «${yesExample}» i et møte, eller trykker «Levert» på fristen.`,
  reportedNotReached: (on: string, what: string) =>
    `I møtet ${on} ble milepælen meldt ikke nådd${what ? `: «${what.replace(/\s+/g, ' ').trim().slice(0, 200)}»` : ''}.`,
  runningElsewhere: (date: string) => `Møtet ${date} går i en annen tråd`,
  runningElsewhereHint:
    'Skriv «plan ja» eller «plan nei» i tråden der møtet ble startet, så kommer svaret i referatet. Her føres ingenting.',
  notRunning: 'Det er ikke noe møte i gang her.',
  notRunningHint:
    '«plan ja» og «plan nei» føres i referatet, så de brukes i tråden til et møte som er i gang (start med «start møte»).',
  notKept: 'Ikke lagret.',
  tooLong: (len: number, max: number) => `Teksten er ${len} tegn; høyst ${max} får plass. Skriv det kortere.`,
  whatHappened: 'Skriv hva som skjedde etter «plan nei:», så det kommer med i referatet og rapporten.',
  noProjects: 'Nettverket har ingen utviklingsprosjekter registrert ennå, så det er ingen milepæler å svare for.',
  unknownProject: (id: string, known: string) =>
    `Finner ikke prosjekt ${id}.${known ? ` Nettverkets prosjekter: ${known}.` : ''}`,
  unknownMilestone: (id: string, projectId: string | null, known: string) =>
    `Finner ikke milepæl ${id}${projectId ? ` i ${projectId}` : ''}.${known ? ` Milepælene er: ${known}.` : ''}`,
  noMilestones: (first: string) =>
    `Prosjektene har ingen milepæler ennå, så det er ingen å svare for. Legg dem inn med «prosjekt ${first}» og knappen «Legg til milepæl», eller last opp den utfylte planen i fanen.`,
  whichProject: (id: string, projects: string) =>
    `Flere prosjekter har milepæl ${id} (${projects}). Skriv prosjektet foran.`,
  nothingDueIn: (projectId: string) =>
    `Ingen milepæler i ${projectId} hadde frist siden forrige møte. Skriv milepælen, for eksempel «m2».`,
  nothingDue: (since: string | null) =>
    `Ingen milepæler hadde frist ${since ? `siden forrige møte (${since})` : 'ennå'}. Vil dere svare for en bestemt milepæl, skriv den.`,
  allAnswered:
    'Alle milepælene med frist siden forrige møte er besvart i dette møtet. Vil dere endre et svar, skriv «angre» og svar på nytt.',
  whichMilestone: 'Flere milepæler hadde frist siden forrige møte. Skriv hvilken det gjelder:',
};

export const experienceText = {
  agendaItemPattern: /erfaringslogg|gjort.*lært.*lurt/i,
  example: 'erfaring lært: faste veiledningsgrupper gir bedre oppmøte enn enkeltmøter',
  exampleFor: (projectId: string, kind: string, body: string) =>
    `erfaring ${kind} ${projectId}: ${body.length > 60 ? `${body.slice(0, 57)}…` : body}`,
  noKind:
    'Skriv om det er noe dere har gjort, lært eller funnet lurt: «erfaring gjort: …», «erfaring lært: …» eller «erfaring lurt: …».',
  noText: 'Skriv selve erfaringen etter kolon.',
  tooLong: (len: number, max: number) => `Teksten er ${len} tegn; høyst ${max} får plass. Skriv det kortere.`,
  noProjects:
    'Nettverket har ingen utviklingsprosjekter registrert ennå, så erfaringen har ikke noe prosjekt å høre til. Legg inn prosjektplanen først.',
  whichProject: (ids: string) => `Nettverket har flere prosjekter (${ids}). Skriv hvilket erfaringen gjelder.`,
  whichProjectList: (ids: string) =>
    `Nettverket har flere prosjekter (${ids}). Skriv hvilket, for eksempel «erfaringslogg ${ids.split(',')[0]}».`,
  unknownProject: (id: string, ids: string) =>
    `Finner ikke prosjekt ${id}.${ids ? ` Nettverkets prosjekter: ${ids}.` : ''}`,
  notKept: 'Ikke lagret.',
  note: (projectId: string, kind: string, body: string) => `Erfaringslogg ${projectId}, ${kind}: ${body}`,
  added: (projectId: string, name: string, kind: string, count: number, item: number | null) =>
    `Lagt i erfaringsloggen til ${projectId} «${name}» som «${kind}» (${count} ${count === 1 ? 'linje' : 'linjer'} i loggen).${item === null ? '' : ` Også ført i referatet under punkt ${item}.`} Loggen tas med i rapportutkastet.`,
  listTitle: (projectId: string, name: string) => `**Erfaringslogg ${projectId} «${name}»**`,
  kindTitle: { gjort: 'Gjort', lært: 'Lært', lurt: 'Lurt' } as Record<string, string>,
  none: 'ingenting ennå',
  empty: (projectId: string) => `Erfaringsloggen til ${projectId} er tom. Skriv for eksempel «erfaring lært: …».`,
};

export const milestoneListText = {
  noProjects: 'Nettverket har ingen utviklingsprosjekter registrert ennå.',
  whichProject: (ids: string) =>
    `Nettverket har flere prosjekter (${ids}). Skriv hvilket, for eksempel «milepæler ${ids.split(',')[0]}».`,
  unknownProject: (id: string, ids: string) =>
    `Finner ikke prosjekt ${id}.${ids ? ` Nettverkets prosjekter: ${ids}.` : ''}`,
  none: (projectId: string) =>
    `Planen til ${projectId} har ingen milepæler ennå. Legg dem inn med «prosjekt ${projectId}» og knappen «Legg til milepæl» (under et delmål), eller last opp den utfylte planen på nytt i fanen.`,
  title: (projectId: string, name: string) => `**Milepæler ${projectId} «${name}»**`,
  row: (
    subGoalId: string,
    id: string,
    activity: string,
    owner: string,
    when: string,
    deadlineId: string | null,
    status: string,
  ) =>
    `- ${subGoalId}/${id} ${activity.replace(/\s+/g, ' ').trim()} · ansvarlig: ${owner.trim() || 'ikke satt'} · ${when.trim() || 'ingen dato'}${deadlineId ? ` (frist ${deadlineId})` : ''} · ${status}`,
  synced: (created: number, moved: number, noDate: number, past: number, retired = 0) =>
    [
      retired
        ? `${retired} ${retired === 1 ? 'frist' : 'frister'} for milepæler som er tatt ut av planen, er lukket.`
        : '',
      created
        ? `${created} ${created === 1 ? 'milepæl er lagt inn som frist' : 'milepæler er lagt inn som frister'} med påminnelser.`
        : '',
      moved ? `${moved} ${moved === 1 ? 'frist er flyttet' : 'frister er flyttet'} etter planen.` : '',
      noDate
        ? `${noDate} ${noDate === 1 ? 'milepæl har' : 'milepæler har'} ingen dato jeg kan lese, og får ingen frist før planen får en dato.`
        : '',
      past
        ? `${past} ${past === 1 ? 'milepæl hadde' : 'milepæler hadde'} dato som alt var passert, og fikk ingen frist; de tas opp under «Følger vi planen?».`
        : '',
    ]
      .filter(Boolean)
      .join(' ') || 'Fristene følger planen.',
  status: {
    delivered: (on: string) => `levert${on ? ` ${on}` : ''}`,
    onTrack: (on: string) => `i rute (svart ja ${on})`,
    offTrack: (on: string, what: string) => `ikke i rute (svart nei ${on}: ${what})`,
    notDue: 'frist fremover',
    noDate: 'mangler dato',
    unanswered: 'frist passert, ikke besvart i møte',
  },
};

export const projectFollowText = {
  // The same heading as the projects' own commands, so `hjelp` shows one area, not two in a row.
  group: 'Utviklingsprosjekter',
  commands: {
    yes: {
      usage: 'plan ja [U1 m3]',
      description:
        'Svar på «Følger vi planen?» i møtet: milepælene med frist siden forrige møte er i rute. Føres i referatet.',
      example: 'plan ja',
    },
    no: {
      usage: 'plan nei [U1 m3]: <hva skjedde>',
      description: 'Svar nei for en milepæl, med hva som skjedde. Føres i referatet og i rapportutkastet.',
      example: 'plan nei: rekrutteringen av fosterhjem tok lengre tid enn planlagt',
    },
    experience: {
      usage: 'erfaring gjort|lært|lurt [U1]: <tekst>',
      description:
        'Legger en linje i prosjektets erfaringslogg (gjort, lært, lurt). I møtet føres den også i referatet.',
      example: 'erfaring lært: faste veiledningsgrupper gir bedre oppmøte',
    },
    experienceLog: {
      usage: 'erfaringslogg [U1]',
      description: 'Viser prosjektets erfaringslogg.',
      example: 'erfaringslogg',
    },
    milestones: {
      usage: 'milepæler [U1]',
      description:
        'Viser prosjektets milepæler med ansvarlig, dato og status, og legger dem inn som frister med påminnelser.',
      example: 'milepæler U1',
    },
    report: {
      usage: 'rapportutkast [U1] [år]',
      description:
        'Lager utkast til årsrapporten (frist 1. mars) fra planen, referatene, milepælene, erfaringsloggen og budsjettet, som .docx, og viser hva som mangler.',
      example: 'rapportutkast U1',
    },
    application: {
      usage: 'søknadsutkast [orgnr …; adresse …; beløp …]',
      description:
        'Lager utkast til søknaden for barnevernsledernettverk i den forenklede formen, som .docx, og viser hva som mangler. Ledere kan gi meg feltene som mangler.',
      example: 'søknadsutkast orgnr 974 123 456; beløp 150 000',
    },
    costKey: {
      usage: 'kostnadsfordeling <totalt> fast <prosent>: <kommune> <innbyggere> bruk <bruk>; …',
      description:
        'Fordeler en felles kostnad mellom kommunene: en fast del etter innbyggertall og resten etter bruk, i hele kroner som summerer seg nøyaktig.',
      example: costKeyExample,
    },
  },
};

export const planAgendaText = {
  due: (n: number, since: string | null) =>
    `${n === 1 ? 'Milepæl' : `${n} milepæler`} med frist ${since ? `siden forrige møte (${since})` : 'til nå'}`,
  milestone: (projectId: string, id: string, activity: string, due: string, owner: string) =>
    `${projectId} ${id} «${activity.replace(/\s+/g, ' ').trim().slice(0, 80)}» (${due}${owner.trim() ? `, ${owner.trim()}` : ''})`,
  more: (n: number) => `… og ${n} til («milepæler» viser alle).`,
  howToAnswer: 'Svar i møtet med «plan ja» eller «plan nei: hva skjedde».',
  noneDue: (since: string | null) =>
    `Ingen milepæler har hatt frist ${since ? `siden forrige møte (${since})` : 'ennå'}. Følger vi planen likevel?`,
};

export const draftDocxText = {
  missing: '[mangler – fyll inn]',
  source: 'kilde',
};

export const reportText = {
  title: (year: number, name: string) => `Rapport ${year}: ${name}`,
  subtitle: (today: string, projectId: string, dueYear: string) =>
    `Utkast laget av Nettverksboten ${today} fra prosjektplanen (${projectId}), referatene, milepælene, erfaringsloggen og budsjettet. Rapporten sendes Statsforvalteren innen 1. mars ${dueYear}. Felt merket «mangler» fyller dere inn.`,
  about: '1. Om prosjektet',
  goals: '2. Mål og måloppnåelse',
  deviations: 'Avvik fra planen (svart «nei» i møtene)',
  decisions: (year: number) => `3. Vedtak i nettverket ${year}`,
  noDecisions: (year: number) => `Ingen vedtak er ført i referatene for ${year}.`,
  experience: '4. Erfaringslogg: gjort – lært – lurt',
  budget: '5. Budsjett og regnskap',
  further: '6. Videre arbeid',
  checklistTitle: '7. Sjekkliste før innsending',
  fields: {
    network: 'Læringsnettverk',
    project: 'Utviklingsprosjekt',
    type: 'Type prosjekt (kun ett kryss)',
    applicant: 'Søkerkommune/-bydel',
    municipalities: 'Deltakende kommuner/bydeler',
    leader: 'Prosjektleder',
    competence: 'Kompetansemiljø',
    grantReceived: (year: number) => `Tilskudd mottatt for ${year}`,
    mainGoal: 'Hovedmål',
    milestones: 'Milepæler',
    assessment: 'Nettverkets vurdering av måloppnåelsen',
    experience: 'Erfaringslogg (skriv «erfaring gjort|lært|lurt: …» i kanalen)',
    budget: 'Budsjett',
    accounts: 'Regnskap: faktisk brukt per post',
    unused: 'Ubrukte midler (tilbakebetales eller søkes overført)',
    furtherWork: 'Videre utviklingsarbeid: implementering, vedlikehold og videreutvikling',
  },
  types: { egeninitiert: 'Egeninitiert prosjekt', fosterhjemsprosjekt: 'Fosterhjemsprosjekt' } as Record<
    string,
    string
  >,
  milestoneHeader: ['Delmål', 'Milepæl', 'Ansvarlig', 'Frist', 'Status'],
  budgetHeader: ['Post', 'Budsjett', 'Regnskap'],
  notSet: 'ikke satt',
  toFill: '[fylles inn]',
  overheadMark: '(overhead)',
  successCriteria: 'Suksesskriterier i planen (vurder hvert av dem)',
  obstacles: 'Hindringer og tiltak i planen',
  obstacleLine: (obstacle: string, measure: string) => (measure.trim() ? `${obstacle} → ${measure}` : obstacle),
  amountUnread: (typed: string) => `${typed} (kan ikke leses som kroner; ikke med i summen)`,
  sumDiffers: (sum: string, stated: string) => `${sum} (planen oppgir ${stated})`,
  receivedHow: (projectId: string) =>
    `Tildelt beløp fra Statsforvalteren føres på prosjektkortet: skriv «prosjekt ${projectId}» og trykk «Type, mål og kommuner».`,
  sum: 'Sum',
  milestoneSummary: (all: number, delivered: number, onTrack: number, offTrack: number, unanswered: number) =>
    `Av ${count(all, 'milepæl', 'milepæler')} er ${delivered} levert og ${onTrack} meldt i rute; ${offTrack} er meldt ikke i rute, og ${unanswered} har passert fristen uten svar i et møte.`,
  offTrackLine: (id: string, activity: string, on: string, what: string) =>
    `${id} ${activity} (svart nei ${on}): ${what}`,
  kindTitle: { gjort: 'Gjort', lært: 'Lært', lurt: 'Lurt' } as Record<string, string>,
  noneOfKind: 'Ingenting ført.',
  check: {
    deadline: (year: number) => `Rapporten sendes Statsforvalteren innen 1. mars ${year}`,
    template: 'Rapporteringsmalen er fylt ut, med vurdert måloppnåelse og videre arbeid',
    accounts: 'Budsjett og regnskap ligger ved',
    auditor: (grant: string, limit: string) =>
      `Regnskapet er attestert av registrert eller statsautorisert revisor: tilskuddet (${grant}) er over ${limit}`,
    noAuditor: (grant: string, limit: string) =>
      `Revisorattestasjon trengs ikke: tilskuddet (${grant}) er ikke over ${limit} (sjekk tilskuddsbrevet)`,
    auditorUnknown: (limit: string) =>
      `Tilskuddsbeløpet mangler i planen: er det over ${limit}, må regnskapet attesteres av revisor`,
    usedFor: 'Rapporten viser hva midlene er brukt til for å bygge tjenester og tiltak for utsatte barn og familier',
    unused: 'Ubrukte midler er betalt tilbake, eller overføring er søkt hos Statsforvalteren',
  },
};

export const applicationText = {
  title: (year: number) => `Søknad om stimuleringsmidler til barnevernsledernettverk ${year}`,
  subtitle: (today: string) =>
    `Utkast laget av Nettverksboten ${today} i den forenklede søknadsformen for barnevernsledernettverk (Bufdirs «Rammer og føringer» 2024, punkt 6). Felt merket «mangler» fyller dere inn, eller gir meg med «søknadsutkast orgnr …; adresse …».`,
  contactHeading: 'Kontaktperson for barnevernsledernettverket',
  applicationHeading: 'Søknaden',
  checklistTitle: 'Sjekkliste før innsending',
  labels: {
    networkName: 'Navn på barnevernsledernettverk',
    municipalities: 'Navn på kommuner i nettverket',
    applicant: 'Ansvarlig søknadskommune',
    orgNumber: 'Organisasjonsnummer',
    address: 'Adresse',
    postcode: 'Postnr.',
    postPlace: 'Poststed',
    contactName: 'Navn',
    phone: 'Telefon',
    email: 'E-post',
    amount: 'Søknadsbeløp',
    purpose: 'Søknaden gjelder',
    description: 'Kort beskrivelse av hvordan midlene skal benyttes',
    leadershipPartner: 'Samarbeid med følgende lederkompetansemiljø (om aktuelt)',
  },
  defaultPurpose: (year: number) =>
    `Stimuleringsmidler til barnevernsledernettverk ${year}: styrking av barnevernsledernes styring og ledelse av barnevernstjenesten`,
  notRelevant: 'ikke oppgitt',
  differs: {
    applicant: (each: string, first: string) =>
      `Prosjektplanene har ulik søkerkommune (${each}). Skriv hvilken som gjelder søknaden, for eksempel «søknadsutkast søknadskommune ${first}».`,
    contactName: (each: string, first: string) =>
      `Prosjektplanene har ulik prosjektleder (${each}). Skriv hvem som er kontaktperson, for eksempel «søknadsutkast kontaktperson ${first}; telefon 900 12 345; e-post kari.nordmann@nes.kommune.no».`,
    description: (each: string) =>
      `Prosjektplanene har ulike hovedmål (${each.length > 300 ? `${each.slice(0, 299)}…` : each}). Skriv hva midlene skal brukes til, for eksempel «søknadsutkast beskrivelse Felles lederutvikling for barnevernlederne».`,
  },
  check: {
    allBehind: (n: number) =>
      `Det går fram at alle deltakerne i nettverket${n ? ` (${count(n, 'kommune', 'kommuner')})` : ''} stiller seg bak søknaden`,
    otherSupport: 'Støtte søkt eller gitt fra andre offentlige tilskuddsordninger er oppgitt',
    useBy: (year: number) =>
      `Midlene brukes innen 31.12.${year}; det som ikke er brukt, kan brukes til 31.12.${year + 1}`,
    report:
      'Rapporten viser hvordan midlene er brukt, en kort vurdering av erfaringene, og hvilken lederfaglig kompetanse som er hentet inn',
    auditor: (amount: string) =>
      `Søknadsbeløpet (${amount}) er over 200 000 kr: regnskapet må attesteres av registrert eller statsautorisert revisor`,
  },
  saved: (fields: string) => `Lagret for søknadsutkastet: ${fields}.`,
  problems: {
    'unknown-field': (typed: string) =>
      `Jeg vet ikke hvilket felt «${typed}» gjelder. Feltene er: orgnr, søknadskommune, adresse, postnr, poststed, kontaktperson, telefon, e-post, beløp, gjelder, beskrivelse, kompetansemiljø.`,
    'bad-amount': (typed: string) => `Beløpet i «${typed}» kunne jeg ikke lese. Skriv for eksempel «beløp 150 000».`,
    'bad-orgnr': (typed: string) =>
      `Organisasjonsnummeret i «${typed}» skal ha ni sifre, for eksempel «orgnr 974 123 456».`,
    'bad-postcode': (typed: string) => `Postnummeret i «${typed}» skal ha fire sifre.`,
    'too-long': (typed: string) => `Teksten i «${typed}» er for lang for feltet. Skriv det kortere.`,
  } as Record<string, (typed: string) => string>,
  example: 'søknadsutkast orgnr 974 123 456; adresse Rådhusgata 1; postnr 2150; poststed Årnes; beløp 150 000',
};

export const draftCardText = {
  missingTitle: (n: number) => `${n === 1 ? 'Ett felt mangler' : `${n} felt mangler`} (merket i dokumentet):`,
  nothingMissing: 'Alle feltene er fylt ut.',
  checklistTitle: 'Sjekkliste',
  linkNote: 'Lenken virker i 7 dager. Dokumentet lages på nytt fra det jeg vet når du åpner den.',
  download: 'Last ned utkastet (.docx)',
  reportHint:
    'Statusen for milepælene kommer fra «plan ja/nei» i møtene, erfaringene fra «erfaring gjort|lært|lurt: …».',
  applicationHint:
    'Gi meg feltene som mangler med for eksempel «søknadsutkast orgnr 974 123 456; adresse Rådhusgata 1; beløp 150 000».',
};

export const reportLinkText = {
  example: 'rapportutkast U1 2026',
  badArgs: 'Skriv prosjektet og eventuelt året, for eksempel «rapportutkast U1 2026».',
  badYear: (year: number) => `Jeg kan ikke lage rapport for ${year}: året må være fra 2018 til i år.`,
  noProjects:
    'Nettverket har ingen utviklingsprosjekter registrert ennå. Legg inn prosjektplanen først, så lager jeg rapportutkastet fra den.',
  whichProject: (ids: string) => `Nettverket har flere prosjekter (${ids}). Hvilket skal rapporten gjelde?`,
  unknownProject: (id: string, ids: string) =>
    `Finner ikke prosjekt ${id}.${ids ? ` Nettverkets prosjekter: ${ids}.` : ''}`,
  applicationWhat: 'fylle inn søknadsutkastet',
  understoodBefore: (fields: string) =>
    `Disse feltene forstod jeg, men ingenting er lagret før alt kan leses: ${fields}.`,
  linkExpired: 'Lenken er utløpt. Skriv «rapportutkast» eller «søknadsutkast» i kanalen for en ny.',
  linkInvalid: 'Lenken er ikke gyldig.',
};

/** «mine oppgaver»: the milestones the person is named owner of in a plan (month round 15 #8). */
export const myMilestonesText = {
  heading: 'Milepæler du står som ansvarlig for i prosjektplanen:',
  line: (network: string | null, projectId: string, milestoneId: string, activity: string, due: string | null) =>
    `- ${network ? `${network}: ` : ''}${projectId} ${milestoneId} «${activity.replace(/\s+/g, ' ').trim().slice(0, 120)}»${due ? ` (frist ${due})` : ''}`,
  more: 'Skriv «milepæler» for å se alle, og «plan ja» i møtet når en er nådd.',
  /** A milestone deadline's reminder, to the owner the plan names. */
  ownerNudge: (mentions: string) => `${mentions}: du står som ansvarlig for denne milepælen.`,
  ownerNudgePrivate: (id: string) => `Du står som ansvarlig for milepælen med fristen ${id}. Her er den:`,
};
