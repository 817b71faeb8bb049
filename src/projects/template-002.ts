/**
 * The fixed text of Bufdir's project plan template for learning networks (seed 002, «Prosjektplan
 * for læringsnettverk 2024/2025»): its labels in order and its (red) help text. The import
 * recognises a filled plan by these labels and skips the help text; the export writes them back
 * in the same order. Template text, not user text: it lives here, once, as the template has it.
 */

export const TEMPLATE_TITLE = 'PROSJEKTPLAN FOR LÆRINGSNETTVERK 2024/2025';

/** Each field's label as the template writes it, and a pattern that finds it however it is spaced. */
export const LABELS = {
  networkName: { text: 'Navn på læringsnettverket dere er medlem av:', re: /^navn på læringsnettverket\b/ },
  name: { text: 'Navn på utviklingsprosjektet:', re: /^navn på utviklingsprosjektet\b/ },
  type: { text: 'Kryss av for type prosjekt:', re: /^kryss av for type prosjekt\b/ },
  applicant: { text: 'Søkerkommune/-bydel:', re: /^søkerkommune\b/ },
  municipalities: { text: 'Deltakende kommuner/bydeler:', re: /^deltakende kommuner\b/ },
  leader: { text: 'Navn prosjektleder:', re: /^navn (på )?prosjektleder\b/ },
  steeringGroup: {
    text: 'Hvem inngår i styringsgruppen for utviklingsprosjektet:',
    re: /^hvem inngår i styringsgruppen\b/,
  },
  projectGroup: { text: 'Hvem inngår i prosjektgruppen:', re: /^hvem inngår i prosjektgruppen\b/ },
  competence: {
    text: 'Hvilke(t) kompetansemiljø har dere avtalt å samarbeide med:',
    re: /^hvilke\(?t?\)? kompetansemiljø(?!\p{L})/u,
  },
  background: {
    text: 'Bakgrunn for prosjektet - Lokale tilstandsvurderinger: Hvordan vurderer dere tilstanden i de involverte barneverntjenestene? Hva er styrker, og hva er risiko/forbedringspunkter? På hvilke områder er det behov for endring/utvikling av tjenester/tilbud?',
    re: /^bakgrunn for prosjektet\b/,
  },
  mainGoal: { text: 'Hovedmål:', re: /^hovedmål\s*:/ },
  mainGoalAgain: {
    text: 'Hovedmål: (hovedmålet settes på nytt inn her)',
    re: /^hovedmål\s*:\s*\(hovedmålet settes på nytt/,
  },
  successHeading: {
    text: 'Suksesskriterier og hindringer for gjennomføring av prosjektet',
    re: /^suksesskriterier og hindringer\b/,
  },
  success: {
    text: 'Suksesskriterier: Hva er avgjørende for at prosjektet gjennomføres og hovedmålet oppnås?',
    re: /^suksesskriterier\s*:/,
  },
  obstacles: { text: 'Hindringer:', re: /^hindringer\s*:?/ },
  measures: { text: 'Tiltak:', re: /^tiltak\s*:?/ },
  progress: { text: 'FREMDRIFTSPLAN', re: /^fremdriftsplan\b/ },
  furtherWork: {
    text: 'Videre utviklingsarbeid - implementering, vedlikehold og videreutvikling: Hvordan skal tjenestene jobbe videre med utviklingsarbeidet etter denne prosjektperioden er gjennomført og hovedmålet er nådd?',
    re: /^videre utviklingsarbeid\b/,
  },
  budget: { text: 'BUDSJETT for å gjennomføre planen:', re: /^budsjett\b/ },
  /** Not in template 002 itself, but what the application form asks (seed 003): read when a plan states it. */
  grantApplied: { text: 'Søknadsbeløp:', re: /^(søknadsbeløp|omsøkt beløp|det søkes om)\b/ },
  grantReceived: { text: 'Tildelt beløp:', re: /^(tildelt beløp|tildelte midler|innvilget beløp)\b/ },
} as const;

export type LabelKey = keyof typeof LABELS;

/** Column headers of the template's tables. */
export const COLUMNS = {
  leader: {
    name: 'Navn prosjektleder:',
    municipality: 'Kommune/bydel/barneverntjeneste:',
    phone: 'Telefonnummer:',
    email: 'E-postadresse:',
  },
  steeringGroup: { name: 'Navn:', municipality: 'Kommune/bydel:', position: 'Stilling:', email: 'E-postadresse:' },
  projectGroup: {
    name: 'Navn:',
    municipality: 'Kommune/bydel:',
    role: 'Rolle/arbeidsoppgave:',
    email: 'E-postadresse:',
    phone: 'Telefonnummer:',
  },
  subGoals: {
    goal: 'Delmål',
    activity: 'Hovedaktiviteter/milepæler',
    owner: 'Ansvar',
    partner: 'Samarbeid med kompetansemiljø/Bufetat',
    when: 'Når?',
    checkpoint: 'Evaluering sjekkpunkter, justering',
  },
  progress: {
    milestone: 'Hovedaktivitet/milepæl',
    activity: 'Underaktiviteter for å nå hver milepæl',
    owner: 'Ansvar',
    partner: 'Kompetansemiljø/Bufetat',
    when: 'Periode og frist for gjennomføring',
    checkpoint: 'Evaluering sjekkpunkter, justering',
  },
  budget: {
    description: 'Beskrivelse av kostnad (lønn, administrasjon, lokalleie, el. annet)',
    amount: 'Kroner',
    sum: 'Sum kostnader',
  },
  types: { egeninitiert: 'Egeninitiert prosjekt', fosterhjemsprosjekt: 'Fosterhjemsprosjekt' },
} as const;

/** How each column header is found (first words, any case). */
export const COLUMN_PATTERNS = {
  leader: { name: /^navn\b/, municipality: /^kommune/, phone: /^telefon/, email: /^e-?post/ },
  steeringGroup: { name: /^navn\b/, municipality: /^kommune/, position: /^stilling/, email: /^e-?post/ },
  projectGroup: { name: /^navn\b/, municipality: /^kommune/, role: /^rolle/, email: /^e-?post/, phone: /^telefon/ },
  subGoals: {
    goal: /^delmål/,
    activity: /^hovedaktivitet/,
    owner: /^ansvar/,
    partner: /^samarbeid|^kompetansemiljø/,
    when: /^når|^periode|^frist|^dato/,
    checkpoint: /^evaluering|^sjekkpunkt/,
  },
  progress: {
    milestone: /^hovedaktivitet/,
    activity: /^underaktivitet/,
    owner: /^ansvar/,
    partner: /^kompetansemiljø|^samarbeid/,
    when: /^periode|^frist|^dato|^når/,
    checkpoint: /^evaluering|^sjekkpunkt/,
  },
  budget: { description: /^beskrivelse/, amount: /^kroner|^beløp|^kr\b/ },
} as const;

/** The template's help text (red in Word): the start of each passage, enough to tell it from what a network writes. */
export const HELP_TEXT = [
  TEMPLATE_TITLE,
  'Den røde hjelpeteksten kan slettes',
  'Kun ett kryss',
  'Dette er ikke et krav, men i «Rammer og føringer',
  'Her skal det fremgå hvem som skal bidra',
  'Dersom noen i prosjektgruppen er frikjøpt',
  'Beskriv kort hva samarbeidet skal bestå i',
  'Det er ikke lenger et krav til samarbeid med et kompetansemiljø',
  'En overordnet målsetting for hele prosjektet',
  'Målet skal ta utgangspunkt i den lokale tilstandsvurderingen',
  'Målet skal formuleres i en setning',
  'Målet skal være konkret',
  'For å gjøre det enklere å evaluere måloppnåelsen',
  'Både tjenestens medarbeidere og familiene skal kunne merke',
  'For egeninitierte prosjekter',
  'Målet skal vise hvilket tiltak eller tjenester',
  'For fosterhjemsprosjekter',
  'Målet skal vise hvordan dere ved prosjektperiodens slutt',
  'Se for øvrig Bufdirs retningslinjer',
  'Hva kan hindre gjennomføringen av prosjektet',
  'Hva gjør vi for å sikre fremgang i prosjektet',
  'Eks.',
  '- høyt arbeidspress på kontoret',
  '- nøkkelpersoner slutter',
  '- møter/avtaler avlyses',
  'Sett inn delmål under',
  'Læringsaktivitet som fører til oppnåelse av delmålet',
  'Hvem sørger for at hovedaktiviteten/milepælen blir gjennomført',
  'Hvilken instans, hvordan skal de bidra',
  'Periode og dato for frist for gjennomføring',
  'Dato for evaluering',
  'Sjekkpunkter for evaluering',
  'Sett inn hovedaktivitet/milepæl under',
  'Konkretisering av aktiviteter for å nå hovedaktivitet',
  'Hvem sørger for at underaktiviteten blir gjennomført',
  'Der det er aktuelt',
  'Hvordan/når skal man sjekke om underaktiviteten er gjennomført',
  'Her skal det fremgå konkret hva stimuleringsmidlene skal brukes til',
  'side 1',
];

/** Lower case, one space, no bullet: the form labels and help text are compared in. */
export function normalise(text: string): string {
  return text
    .replace(/[\u00a0\u2009\u202f\s]+/gu, ' ')
    .replace(/^[·•*]\s*/u, '')
    .replace(/[“”]/gu, '"')
    .trim()
    .toLocaleLowerCase('nb');
}

const HELP = HELP_TEXT.map(normalise);
const DATE_ALONE = /^dato$/;

/** True when the text is (the start of) one of the template's help passages. */
export function isHelpText(text: string): boolean {
  const n = normalise(text);
  if (!n) return true;
  return DATE_ALONE.test(n) || HELP.some((h) => n.startsWith(h) || (n.length >= 12 && h.startsWith(n)));
}

/** Which label the text starts with, if any. */
export function labelOf(text: string): LabelKey | null {
  const n = normalise(text);
  // The repeated main goal is tested before the main goal itself.
  if (LABELS.mainGoalAgain.re.test(n)) return 'mainGoalAgain';
  for (const [key, label] of Object.entries(LABELS) as [LabelKey, (typeof LABELS)[LabelKey]][])
    if (label.re.test(n)) return key;
  return null;
}

/** What follows a label in the same paragraph: after its full template text, else after its first colon. */
export function afterLabel(text: string, key: LabelKey): string {
  const t = text.replace(/[\u00a0\u2009\u202f\s]+/gu, ' ').trim();
  const full = LABELS[key].text;
  if (normalise(t).startsWith(normalise(full))) return t.slice(full.length).trim();
  const colon = t.indexOf(':');
  return colon >= 0 ? t.slice(colon + 1).trim() : '';
}
