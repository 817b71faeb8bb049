// Texts for following a development project: amounts, the cost-sharing key, "følger vi planen?",
// the experience log and the report and application drafts (issue #17 items 4–6).
import type { AmountError } from '../projects/amounts.ts';

const amountErrors: Record<AmountError, string> = {
  empty: 'Beløpet mangler.',
  'not-a-number': 'Jeg fant ikke et beløp her.',
  'two-numbers': 'Her står det to tall. Skriv ett beløp.',
  percent: 'Dette er en prosentsats, ikke et beløp.',
  negative: 'Beløpet kan ikke være negativt.',
  'ambiguous-separator': 'Tallet kan leses på to måter (komma og punktum brukes ulikt på norsk og engelsk). Skriv tusener med mellomrom og desimaler med komma.',
  'bad-grouping': 'Tusenskillene står feil: skriv grupper på tre sifre, for eksempel 1 200 000.',
  'too-precise': 'Beløpet har flere desimaler enn øre.',
  'has-ore': 'Skriv beløpet i hele kroner.',
  'too-large': 'Beløpet er urimelig stort. Sjekk antall sifre.',
};

export const amountText = {
  error: (error: AmountError, typed: string) => `«${typed}»: ${amountErrors[error]}`,
  examples: '1 200 000 · 1 200 000 kr · 1,2 mill. · kr 50 000,- · 50 000,50',
};

const costKeyExample = 'kostnadsfordeling 600 000 fast 50 %: Eidsvoll 26 716 bruk 10; Nes 23 898 bruk 5; Hurdal 2 905 bruk 1';

export const costKeyText = {
  example: costKeyExample,
  title: 'Kostnadsfordeling',
  helpTitle: 'Slik fordeler du en felles kostnad',
  help:
    'Skriv totalbeløpet, hvor stor del som fordeles fast etter innbyggertall, og hver kommune med innbyggertall og bruk (for eksempel antall gruppeveiledninger). ' +
    'Skill kommunene med semikolon eller ny linje. En kommune uten «bruk» har ikke brukt noe. Uten bruk og uten fast andel fordeles alt etter innbyggertall.',
  populationsNote: 'Innbyggertallene er de du skrev inn. Jeg kan ikke hente innbyggertall selv, så sjekk dem mot SSBs tall for kommunene.',
  roundingNote: (fixedPct: string) =>
    `Den faste delen (${fixedPct}) er fordelt etter innbyggertall og resten etter bruk. Begge deler er avrundet til hele kroner med største-rest-metoden, så kolonnene og summen stemmer på kronen.`,
  allByPopulation: 'Ingen bruk og ingen fast andel er oppgitt, så hele beløpet er fordelt etter innbyggertall.',
  columns: { name: 'Kommune', population: 'Innbyggere', use: 'Bruk', fixed: 'Fast del', byUse: 'Bruksdel', share: 'Å betale' },
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
  problems: {
    empty: 'Skriv totalbeløpet og kommunene med innbyggertall.',
    tooLong: 'Meldingen er for lang. Del opp, eller skriv færre kommuner.',
    noTotal: 'Jeg fant ikke totalbeløpet. Skriv det først, før kolon og kommunene.',
    badTotal: (typed: string, why: string) => `Totalbeløpet «${typed}» kunne jeg ikke lese: ${why}`,
    badPercent: (typed: string) => `Den faste andelen «${typed}» kunne jeg ikke lese. Skriv en prosent fra 0 til 100, for eksempel «fast 50 %» eller «50/50».`,
    noPercent: 'Du har skrevet bruk, men ikke hvor stor del som fordeles fast etter innbyggertall. Skriv for eksempel «fast 50 %».',
    noMunicipalities: 'Jeg fant ingen kommuner. Skriv hver kommune med innbyggertall, for eksempel «Eidsvoll 26 716 bruk 10».',
    tooMany: (max: number) => `Høyst ${max} kommuner om gangen.`,
    noPopulation: (name: string) => `Innbyggertallet mangler for ${name}. Skriv det etter navnet, for eksempel «${name} 26 716 bruk 10».`,
    badPopulation: (name: string, typed: string) =>
      `Innbyggertallet for ${name} («${typed}») er ikke et helt tall. Skriv innbyggertallet og så «bruk» foran bruken, for eksempel «${name} 26 716 bruk 10».`,
    badUse: (name: string, typed: string) => `Bruken for ${name} («${typed}») er ikke et tall. Skriv for eksempel «bruk 10» eller «bruk 12,5».`,
    unreadable: (typed: string) => `Jeg forstod ikke «${typed}». Skriv kommunens navn, innbyggertall og bruk, for eksempel «Nes 23 898 bruk 5».`,
    duplicate: (name: string) => `${name} står to ganger. Skriv hver kommune én gang.`,
    noPopulationAtAll: 'Alle innbyggertallene er 0, så den faste delen kan ikke fordeles etter innbyggertall.',
    noUse: 'Ingen kommune har bruk, så bruksdelen kan ikke fordeles. Skriv bruk for minst én kommune, eller «fast 100 %».',
    badNumber: 'Et av tallene er ikke gyldig (negativt eller for stort).',
  },
};


export const milestoneDeadlineText = {
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
  recorded: (answer: 'yes' | 'no', item: number, labels: string[]) =>
    `Ført i referatet under punkt ${item}, «${yesNo[answer]}» for ${labels.length === 1 ? 'milepælen' : `${labels.length} milepæler`}: ${labels.join('; ')}.` +
    (answer === 'no' ? ' Avtal gjerne hvordan dere kommer på sporet igjen, og før det som oppgave.' : ' Hva fikk dere til, og hvordan vil dere feire?'),
  runningElsewhere: (date: string) => `Møtet ${date} holdes i en annen tråd.`,
  notRunning: 'Det er ikke noe møte i gang her.',
  notRunningHint: '«plan ja» og «plan nei» føres i referatet, så de brukes i tråden til et møte som er i gang (start med «start møte»).',
  notKept: 'Ikke lagret.',
  tooLong: (len: number, max: number) => `Teksten er ${len} tegn; høyst ${max} får plass. Skriv det kortere.`,
  whatHappened: 'Skriv hva som skjedde etter «plan nei:», så det kommer med i referatet og rapporten.',
  noProjects: 'Nettverket har ingen utviklingsprosjekter registrert ennå, så det er ingen milepæler å svare for.',
  unknownProject: (id: string, known: string) => `Finner ikke prosjekt ${id}.${known ? ` Nettverkets prosjekter: ${known}.` : ''}`,
  unknownMilestone: (id: string, projectId: string | null) => `Finner ikke milepæl ${id}${projectId ? ` i ${projectId}` : ''}.`,
  whichProject: (id: string, projects: string) => `Flere prosjekter har milepæl ${id} (${projects}). Skriv prosjektet foran.`,
  nothingDueIn: (projectId: string) => `Ingen milepæler i ${projectId} hadde frist siden forrige møte. Skriv milepælen, for eksempel «m2».`,
  nothingDue: (since: string | null) =>
    `Ingen milepæler hadde frist ${since ? `siden forrige møte (${since})` : 'ennå'}. Vil dere svare for en bestemt milepæl, skriv den.`,
  allAnswered: 'Alle milepælene med frist siden forrige møte er besvart i dette møtet. Vil dere endre et svar, skriv «angre» og svar på nytt.',
  whichMilestone: 'Flere milepæler hadde frist siden forrige møte. Skriv hvilken det gjelder:',
};

export const experienceText = {
  agendaItemPattern: /erfaringslogg|gjort.*lært.*lurt/i,
  example: 'erfaring lært: faste veiledningsgrupper gir bedre oppmøte enn enkeltmøter',
  exampleFor: (projectId: string, kind: string, body: string) => `erfaring ${kind} ${projectId}: ${body.length > 60 ? `${body.slice(0, 57)}…` : body}`,
  noKind: 'Skriv om det er noe dere har gjort, lært eller funnet lurt: «erfaring gjort: …», «erfaring lært: …» eller «erfaring lurt: …».',
  noText: 'Skriv selve erfaringen etter kolon.',
  tooLong: (len: number, max: number) => `Teksten er ${len} tegn; høyst ${max} får plass. Skriv det kortere.`,
  noProjects: 'Nettverket har ingen utviklingsprosjekter registrert ennå, så erfaringen har ikke noe prosjekt å høre til. Legg inn prosjektplanen først.',
  whichProject: (ids: string) => `Nettverket har flere prosjekter (${ids}). Skriv hvilket erfaringen gjelder.`,
  whichProjectList: (ids: string) => `Nettverket har flere prosjekter (${ids}). Skriv hvilket, for eksempel «erfaringslogg ${ids.split(',')[0]}».`,
  unknownProject: (id: string, ids: string) => `Finner ikke prosjekt ${id}.${ids ? ` Nettverkets prosjekter: ${ids}.` : ''}`,
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
  whichProject: (ids: string) => `Nettverket har flere prosjekter (${ids}). Skriv hvilket, for eksempel «milepæler ${ids.split(',')[0]}».`,
  unknownProject: (id: string, ids: string) => `Finner ikke prosjekt ${id}.${ids ? ` Nettverkets prosjekter: ${ids}.` : ''}`,
  none: (projectId: string) => `Planen til ${projectId} har ingen milepæler ennå.`,
  title: (projectId: string, name: string) => `**Milepæler ${projectId} «${name}»**`,
  row: (subGoalId: string, id: string, activity: string, owner: string, when: string, deadlineId: string | null, status: string) =>
    `- ${subGoalId}/${id} ${activity.replace(/\s+/g, ' ').trim()} · ansvarlig: ${owner.trim() || 'ikke satt'} · ${when.trim() || 'ingen dato'}${deadlineId ? ` (frist ${deadlineId})` : ''} · ${status}`,
  synced: (created: number, moved: number, noDate: number, past: number) =>
    [
      created ? `${created} ${created === 1 ? 'milepæl er lagt inn som frist' : 'milepæler er lagt inn som frister'} med påminnelser.` : '',
      moved ? `${moved} ${moved === 1 ? 'frist er flyttet' : 'frister er flyttet'} etter planen.` : '',
      noDate ? `${noDate} ${noDate === 1 ? 'milepæl har' : 'milepæler har'} ingen dato jeg kan lese, og får ingen frist før planen får en dato.` : '',
      past ? `${past} ${past === 1 ? 'milepæl hadde' : 'milepæler hadde'} dato som alt var passert, og fikk ingen frist; de tas opp under «Følger vi planen?».` : '',
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
  group: 'Prosjekt',
  commands: {
    yes: { usage: 'plan ja [U1 m3]', description: 'Svar på «Følger vi planen?» i møtet: milepælene med frist siden forrige møte er i rute. Føres i referatet.', example: 'plan ja' },
    no: { usage: 'plan nei [U1 m3]: <hva skjedde>', description: 'Svar nei for en milepæl, med hva som skjedde. Føres i referatet og i rapportutkastet.', example: 'plan nei: rekrutteringen av fosterhjem tok lengre tid enn planlagt' },
    experience: { usage: 'erfaring gjort|lært|lurt [U1]: <tekst>', description: 'Legger en linje i prosjektets erfaringslogg (gjort, lært, lurt). I møtet føres den også i referatet.', example: 'erfaring lært: faste veiledningsgrupper gir bedre oppmøte' },
    experienceLog: { usage: 'erfaringslogg [U1]', description: 'Viser prosjektets erfaringslogg.', example: 'erfaringslogg' },
    milestones: { usage: 'milepæler [U1]', description: 'Viser prosjektets milepæler med ansvarlig, dato og status, og legger dem inn som frister med påminnelser.', example: 'milepæler U1' },
    costKey: {
      usage: 'kostnadsfordeling <totalt> fast <prosent>: <kommune> <innbyggere> bruk <bruk>; …',
      description: 'Fordeler en felles kostnad mellom kommunene: en fast del etter innbyggertall og resten etter bruk, i hele kroner som summerer seg nøyaktig.',
      example: costKeyExample,
    },
  },
};

export const planAgendaText = {
  due: (n: number, since: string | null) => `${n === 1 ? 'Milepæl' : `${n} milepæler`} med frist ${since ? `siden forrige møte (${since})` : 'til nå'}`,
  milestone: (projectId: string, id: string, activity: string, due: string, owner: string) =>
    `${projectId} ${id} «${activity.replace(/\s+/g, ' ').trim().slice(0, 80)}» (${due}${owner.trim() ? `, ${owner.trim()}` : ''})`,
  more: (n: number) => `… og ${n} til («milepæler» viser alle).`,
  howToAnswer: 'Svar i møtet med «plan ja» eller «plan nei: hva skjedde».',
  noneDue: (since: string | null) => `Ingen milepæler har hatt frist ${since ? `siden forrige møte (${since})` : 'ennå'}. Følger vi planen likevel?`,
};
