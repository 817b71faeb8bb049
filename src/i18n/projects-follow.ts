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
