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

export const projectFollowText = {
  group: 'Prosjekt',
  commands: {
    costKey: {
      usage: 'kostnadsfordeling <totalt> fast <prosent>: <kommune> <innbyggere> bruk <bruk>; …',
      description: 'Fordeler en felles kostnad mellom kommunene: en fast del etter innbyggertall og resten etter bruk, i hele kroner som summerer seg nøyaktig.',
      example: costKeyExample,
    },
  },
};
