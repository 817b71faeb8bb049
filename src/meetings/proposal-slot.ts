// Reading an agenda proposal's words: the slot written at its end, and whether it repeats a fixed item (N13, round 9).

/** A proposal's words compared as people retype them: case, spacing and closing punctuation do not count. */
export const sameWords = (text: string) =>
  text
    .normalize('NFKC')
    .toLocaleLowerCase('nb')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[\s.!?,;:…]+$/u, '')
    .trim();

/** The slot a proposal gets when it names none. */
export const DEFAULT_PROPOSAL_MINUTES = 10;
const UNIT_MINUTES: [RegExp, number][] = [
  [/^(?:min|minutt|minutter|mnt|m)$/u, 1],
  [/^(?:t|time|timer|h|hour|hours)$/u, 60],
];
// «(20 min)», «– 20 minutter», «, ca. 1,5 time», «(1 t)», «(en halvtime)», «(½ time)» at the end of the words.
const TRAILING_SLOT =
  /[\s,:;–—-]*[([]?\s*(?:ca\.?\s*|cirka\s*|omtrent\s*|maks\.?\s*)?(?:(\d{1,3}(?:[.,]\d)?|½|en|ett|én)\s*(min|minutt|minutter|mnt|m|t|time|timer|h)\.?|(en\s+halv\s*time|halvtime|en\s+halvtime))\s*[)\]]?\s*[.!]?$/iu;

/**
 * N13 (month round 9): «… (20 min)» kept «(20 min)» in the title and got 10 minutes. A duration written at
 * the end is the slot, and the title goes without it; a proposal without one (or an unlikely one) gets 10.
 */
export function proposalSlot(text: string): { title: string; minutes: number } {
  const m = TRAILING_SLOT.exec(text);
  if (!m) return { title: text, minutes: DEFAULT_PROPOSAL_MINUTES };
  const title = text.slice(0, m.index).trim();
  let minutes: number;
  if (m[3]) minutes = 30;
  else {
    const raw = m[1]!.toLocaleLowerCase('nb');
    const n = raw === '½' ? 0.5 : /^(?:en|ett|én)$/u.test(raw) ? 1 : Number(raw.replace(',', '.'));
    const unit = UNIT_MINUTES.find(([re]) => re.test(m[2]!.toLocaleLowerCase('nb')))?.[1] ?? 1;
    minutes = Math.round(n * unit);
  }
  // Only the words themselves («Ny rutine (2 t)») never make an empty title; a slot outside 5–240 min is no slot.
  if (!title || minutes < 5 || minutes > 240) return { title: text, minutes: DEFAULT_PROPOSAL_MINUTES };
  return { title, minutes };
}

const STOP = new Set(['og', 'i', 'på', 'fra', 'til', 'om', 'av', 'for', 'med', 'en', 'et', 'ei', 'den', 'det', 'de']);
/** Content words, lower-cased, with the common Norwegian endings taken off («kommunene» → «kommun»). */
const contentWords = (text: string) =>
  sameWords(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w))
    .map((w) => (w.length >= 5 ? w.replace(/(?:ene|ane|en|er|et|a|e)$/u, '') : w));

/**
 * N13: a proposal that says what a fixed agenda item says: its number and title, or null. Every content word of
 * the proposal is one of the item's («Runden fra kommunene (15 min)» for «Runde fra kommunene»).
 */
export function fixedItemLike(text: string, fixed: readonly { title: string }[]): { n: number; title: string } | null {
  const words = new Set(contentWords(proposalSlot(text).title));
  if (!words.size) return null;
  for (const [i, item] of fixed.entries()) {
    const theirs = new Set(contentWords(item.title));
    if (!theirs.size) continue;
    // The proposal adds nothing the item does not say: «Nytt faglig tema: traumebevisst omsorg» is new.
    if ([...words].every((w) => theirs.has(w))) return { n: i + 1, title: item.title };
  }
  return null;
}
