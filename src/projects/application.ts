// The leader-network application in the simpler form of seed 003 (section 6, 2024): filled from what
// the bot holds (the network, its municipalities, its leaders, a project plan if there is one) and
// from the fields the leader gives it with `søknadsutkast orgnr …; adresse …`, kept per network.
import { z } from 'zod';
import { applicationText as t } from '../i18n/index.ts';
import type { Person } from '../networks/network.ts';
import { formatShort } from '../time/local-date.ts';
import { formatKroner, parseWholeKroner } from './amounts.ts';
import { serviceKey } from './plan-check.ts';
import type { Project, ProjectPlan } from './project.ts';
import { missingFields, sourceOf, type Draft, type DraftBlock } from './report-draft.ts';

export const APPLICATION_SETTING = 'leader-application';

/** Fields only the leader can give; stored as typed (checked by the privacy guard first). */
export const applicationFieldsSchema = z.object({
  applicant: z.string().max(200).optional(),
  orgNumber: z.string().max(20).optional(),
  address: z.string().max(200).optional(),
  postcode: z.string().max(10).optional(),
  postPlace: z.string().max(100).optional(),
  contactName: z.string().max(200).optional(),
  phone: z.string().max(40).optional(),
  email: z.string().max(200).optional(),
  amount: z.number().int().nonnegative().optional(),
  purpose: z.string().max(300).optional(),
  description: z.string().max(3000).optional(),
  leadershipPartner: z.string().max(300).optional(),
});
export type ApplicationFields = z.infer<typeof applicationFieldsSchema>;

type Key = keyof ApplicationFields;
// The words people use for each field, longest first within a field.
const FIELD_WORDS: [RegExp, Key][] = [
  [/^(?:organisasjonsnummer|organisasjonsnr\.?|org\.?\s*nr\.?|orgnr\.?)$/iu, 'orgNumber'],
  [/^(?:ansvarlig\s+søknadskommune|søknadskommune|søkerkommune|søker)$/iu, 'applicant'],
  [/^(?:adresse|postadresse)$/iu, 'address'],
  [/^(?:postnummer|postnr\.?)$/iu, 'postcode'],
  [/^(?:poststed|sted)$/iu, 'postPlace'],
  [/^(?:kontaktperson|kontakt|navn)$/iu, 'contactName'],
  [/^(?:telefon|tlf\.?|mobil)$/iu, 'phone'],
  [/^(?:e-post|epost|e-mail|email|mail)$/iu, 'email'],
  [/^(?:søknadsbeløp|beløp|sum)$/iu, 'amount'],
  [/^(?:søknaden\s+gjelder|gjelder)$/iu, 'purpose'],
  [/^(?:beskrivelse|bruk\s+av\s+midlene|bruk)$/iu, 'description'],
  [/^(?:lederkompetansemiljø|kompetansemiljø|samarbeid)$/iu, 'leadershipPartner'],
];

export type ApplicationFieldsParse =
  | { ok: true; fields: ApplicationFields; understood: string[] }
  | {
      ok: false;
      problem: 'unknown-field' | 'bad-amount' | 'bad-orgnr' | 'bad-postcode' | 'too-long';
      typed: string;
      understood: string[];
    };

/** `orgnr 974 123 456; adresse Rådhusgata 1; beløp 150 000` → fields. Parts are split on `;` or new lines. */
export function parseApplicationFields(args: string): ApplicationFieldsParse {
  const fields: ApplicationFields = {};
  const understood: string[] = [];
  for (const part of args
    .split(/[;\n]+/u)
    .map((x) => x.trim())
    .filter(Boolean)) {
    const m =
      /^(.+?)\s*[:=]\s*(.+)$/u.exec(part) ??
      /^(\S+(?:\s+(?:søknadskommune|gjelder|av\s+midlene))?)\s+(.+)$/iu.exec(part);
    const key = m ? FIELD_WORDS.find(([re]) => re.test(m[1]!.trim()))?.[1] : undefined;
    if (!m || !key) return { ok: false, problem: 'unknown-field', typed: part, understood };
    const value = m[2]!.trim();
    if (key === 'amount') {
      const r = parseWholeKroner(value);
      if (!r.ok) return { ok: false, problem: 'bad-amount', typed: part, understood };
      fields.amount = r.kroner;
    } else if (key === 'orgNumber') {
      const digits = value.replace(/[\s.]/gu, '');
      if (!/^\d{9}$/u.test(digits)) return { ok: false, problem: 'bad-orgnr', typed: part, understood };
      fields.orgNumber = `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
    } else if (key === 'postcode') {
      if (!/^\d{4}$/u.test(value)) return { ok: false, problem: 'bad-postcode', typed: part, understood };
      fields.postcode = value;
    } else {
      // Each field has its room on the form; a longer text is refused whole, never cut.
      const max = applicationFieldsSchema.shape[key].unwrap() as unknown as { maxLength: number | null };
      if (max.maxLength !== null && value.length > max.maxLength)
        return { ok: false, problem: 'too-long', typed: part.length > 80 ? `${part.slice(0, 77)}…` : part, understood };
      fields[key] = value;
    }
    understood.push(t.labels[key]);
  }
  return { ok: true, fields: applicationFieldsSchema.parse(fields), understood };
}

export interface ApplicationInput {
  networkName: string;
  municipalities: readonly string[];
  leaders: readonly Person[];
  /** Every project plan of the network: a field they agree on is filled from them. */
  projects: readonly Project[];
  fields: ApplicationFields;
  year: number;
  today: string;
}

const orNull = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/**
 * What the network's plans say about one field: the value when every plan that fills it says the
 * same (plans that leave it empty have no say), else null and each plan's value. The draft must not
 * change because a plan that says nothing about the application was added.
 */
function agreed(
  projects: readonly Project[],
  of: (plan: ProjectPlan) => string | null | undefined,
  key: (value: string) => string = (v) => v.toLocaleLowerCase('nb').replace(/\s+/gu, ' '),
): { value: string | null; from: Project | null; differs: { id: string; value: string }[] } {
  const given = projects.flatMap((p) => {
    const v = orNull(of(p.plan));
    return v ? [{ project: p, value: v }] : [];
  });
  const keys = new Set(given.map((g) => key(g.value)));
  if (keys.size === 1) return { value: given[0]!.value, from: given[0]!.project, differs: [] };
  return { value: null, from: null, differs: given.map((g) => ({ id: g.project.id, value: g.value })) };
}

/** The participating municipalities of every plan, each once, in the plans' order. */
function municipalitiesOfPlans(projects: readonly Project[]): string[] {
  const seen = new Map<string, string>();
  for (const p of projects)
    for (const name of p.plan.municipalities) {
      const k = serviceKey(name);
      if (k && !seen.has(k)) seen.set(k, name.trim());
    }
  return [...seen.values()];
}

export function buildApplication(a: ApplicationInput): Draft {
  const f = a.fields;
  const blocks: DraftBlock[] = [];
  const notes: string[] = [];
  const field = (label: string, value: string | null) => blocks.push({ kind: 'field', label, value });
  /** A field the leader gave wins; else the plans' common value; plans that disagree are named on the card. */
  const fromPlans = (
    given: string | undefined,
    what: keyof typeof t.differs,
    of: (plan: ProjectPlan) => string | null | undefined,
    key?: (v: string) => string,
  ) => {
    if (orNull(given)) return orNull(given);
    const r = agreed(a.projects, of, key);
    if (r.differs.length)
      notes.push(t.differs[what](r.differs.map((d) => `${d.id}: ${d.value}`).join('; '), r.differs[0]!.value));
    return r.value;
  };
  const applied = agreed(a.projects, (plan) => (plan.grant.applied !== null ? String(plan.grant.applied) : null));
  const amount = f.amount ?? (applied.value !== null ? Number(applied.value) : null);
  const municipalities = a.municipalities.length ? a.municipalities : municipalitiesOfPlans(a.projects);
  const leader = agreed(a.projects, (plan) => plan.leader?.name);
  const contact = orNull(f.contactName) ? null : (leader.from?.plan.leader ?? null);

  field(t.labels.networkName, orNull(a.networkName));
  field(t.labels.municipalities, orNull(municipalities.join(', ')));
  field(
    t.labels.applicant,
    fromPlans(f.applicant, 'applicant', (plan) => plan.applicant, serviceKey),
  );
  field(t.labels.orgNumber, orNull(f.orgNumber));
  field(t.labels.address, orNull(f.address));
  field(t.labels.postcode, orNull(f.postcode));
  field(t.labels.postPlace, orNull(f.postPlace));
  blocks.push({ kind: 'heading', text: t.contactHeading, level: 2 });
  if (!orNull(f.contactName) && leader.differs.length)
    notes.push(
      t.differs.contactName(leader.differs.map((d) => `${d.id}: ${d.value}`).join('; '), leader.differs[0]!.value),
    );
  field(t.labels.contactName, orNull(f.contactName) ?? leader.value ?? orNull(a.leaders[0]?.name));
  field(t.labels.phone, orNull(f.phone) ?? orNull(contact?.phone));
  field(t.labels.email, orNull(f.email) ?? orNull(contact?.email));
  blocks.push({ kind: 'heading', text: t.applicationHeading, level: 2 });
  field(t.labels.amount, amount !== null ? formatKroner(amount) : null);
  field(t.labels.purpose, orNull(f.purpose) ?? t.defaultPurpose(a.year));
  field(
    t.labels.description,
    fromPlans(f.description, 'description', (plan) => plan.mainGoal),
  );
  // «om aktuelt»: an empty answer is an answer here, so it is shown but not listed as missing.
  const partner = orNull(f.leadershipPartner) ?? agreed(a.projects, (plan) => plan.competence).value;
  blocks.push({
    kind: 'paragraph',
    text: `${t.labels.leadershipPartner}: ${partner ?? t.notRelevant}`,
  });

  blocks.push({ kind: 'heading', text: t.checklistTitle, level: 2 });
  const checklist = [
    { text: t.check.allBehind(municipalities.length), source: sourceOf('rf-ledernettverk-alle-bak') },
    { text: t.check.otherSupport, source: sourceOf('rf-ledernettverk-alle-bak') },
    { text: t.check.useBy(a.year), source: sourceOf('rf-ledernettverk-frist') },
    { text: t.check.report, source: sourceOf('rf-ledernettverk-rapport') },
  ];
  if (amount !== null && amount > 200_000)
    checklist.push({ text: t.check.auditor(formatKroner(amount)), source: sourceOf('rf-ledernettverk-revisjon') });
  blocks.push({ kind: 'checklist', items: checklist });

  return {
    title: t.title(a.year),
    subtitle: t.subtitle(formatShort(a.today)),
    blocks,
    missing: missingFields(blocks),
    notes,
    fileName: `ledernettverk-soknad-${a.year}`,
  };
}
