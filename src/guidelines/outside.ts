// Neighbouring fields that the grant documents never treat: personal data law, interest, insurance, VAT and
// fees, travel costs and allowances, the confidentiality law, pay scales and hourly rates, other grant pots, software,
// partners abroad, the length of a text.
// A question about one of them ("Gjelder GDPR for referatene?", "hvilket regnskapssystem skal vi bruke",
// "hva er renten om vi betaler tilbake for sent") finds a passage about its neighbouring words (minutes,
// accounting, paying back) and would be answered with it: a confident wrong answer. The gate declines such a
// question unless the chosen text itself names the thing asked about ("kvalitetssystem" is in a document).
// These are fields, not strings of known questions: each alternative names a kind of thing in any wording
// (compounds included: "kilometergodtgjørelse", "it-systemet", "personvernregler").

const words = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');

const OUTSIDE = words(
  [
    'gdpr|\\p{L}*personvern\\p{L}*|personopplysning\\p{L}*|databehandler\\p{L}*',
    'renter?|renten|renta|rentene|forsinkelsesrente\\p{L}*',
    '\\p{L}*forsikring\\p{L}*',
    'mva|moms\\p{L}*|merverdiavgift\\p{L}*|\\p{L}*avgift|\\p{L}*avgiften|\\p{L}*avgifter',
    '\\p{L}*godtgjørelse\\p{L}*|\\p{L}*godtgjøring\\p{L}*|diett\\p{L}*|kilometer\\p{L}*|reise\\p{L}*|skyss\\p{L}*',
    'taushetsplikt\\p{L}*|\\p{L}*loven|lovverk\\p{L}*|lovverket|paragraf\\p{L}*',
    'lønnstrinn\\p{L}*|lønnsnivå\\p{L}*|lønnsramme\\p{L}*|tariff\\p{L}*|timepris\\p{L}*|timesats\\p{L}*|\\p{L}*honorar\\p{L}*',
    'skjønnsmidl\\p{L}*',
    // Members abroad: the scheme is for Norwegian municipalities, and the documents never say whether a partner across
    // a border may join ("sammen med en kommune på svensk side" was answered with the generic rule on who applies).
    'svensk\\p{L}*|sverige|finsk\\p{L}*|finland|russisk\\p{L}*|russland|dansk\\p{L}*|danmark|utenlandsk\\p{L}*|utlandet|grensekommune\\p{L}*|over riksgrensen',
    // Asked to name other grant schemes or sources: the documents describe this one only ("hvilke andre
    // tilskuddsordninger finnes"; whether other funding may be combined with it is theirs and not caught here).
    '(?:hvilke|hva slags|finnes det) (?:andre|flere) (?:\\p{L}*ordning\\p{L}*|tilskudd\\p{L}*|\\p{L}*kilde\\p{L}*|støtte\\p{L}*|\\p{L}*midler)',
    // How long a text may be (pages, words, characters, type size): the documents say what an application or a plan
    // holds, never its length. Left to its last part, a page limit was answered with the limit on the amount.
    'side(?:grense|grensa|grensen|tall|talet|tallet|antall|antallet)|sideantal\\p{L}*|(?:antall|antal|maks|maksimalt|maksimum|mange) (?:antall )?(?:sider|ord|tegn)|\\p{L}*(?:ordgrense|tegngrense|ordbegrensning|tegnbegrensning)\\p{L}*|(?:hvor|kor) (?:lang|langt|lange|kort) (?:kan|skal|må|bør|får|kan eller skal) (?:søknad\\p{L}*|\\p{L}*plan|\\p{L}*planen|\\p{L}*rapport|\\p{L}*rapporten|teksten|beskrivelsen) (?:være|vere|bli)|skriftstørrelse\\p{L}*|fontstørrelse\\p{L}*|linjeavstand\\p{L}*',
    '\\p{L}+-?system|\\p{L}+-?systemet|\\p{L}+-?systemer|\\p{L}+-?systemene|programvare\\p{L}*|\\p{L}*lisens\\p{L}*',
  ].join('|'),
);

/** The stem a word is looked up by in a text: the word without its definite or plural ending. */
const base = (w: string) => w.replace(/(?:ene|er|et|en|a)$/u, '');

/**
 * The words of the question that name a neighbouring field (see above) and that `text` does not hold, lower-case.
 * Empty when the question names none, or the text names each one it does.
 */
export function outsideConcepts(question: string, text: string): string[] {
  const lower = text.toLowerCase();
  return [...question.toLowerCase().matchAll(OUTSIDE)]
    .map((m) => m[0])
    .filter((w) => !lower.includes(base(w)) && !lower.includes(w));
}

// "… en kommune på svensk side. Kan vi søke sammen med dem?": the clause that asks points back at what the context named.
// "… et tak på antall ord? og hvor kort må den bli?": «den» in a clause asking a length points back at the text named.
const POINTS_BACK =
  /(?<![\p{L}])(?:dem|deim|disse|desse|den kommunen|de kommunene|dei kommunane|(?:lang|langt|lange|kort) (?:kan|skal|må|bør|får) den (?:være|vere|bli))(?![\p{L}])/u;

/** The text a question's outside field is looked for in: the clause that asks, or the whole message when it points back. */
export const outsideAsked = (clause: string, message: string) => (POINTS_BACK.test(clause) ? message : clause);
