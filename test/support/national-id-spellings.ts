/**
 * The ways people write an identity number in a chat: grouped by the number's own fields
 * (DDMMÅÅ NNN KK) with spaces, dots, slashes or dashes, with invisible characters pasted in from
 * other programs, and in full-width digits from East Asian keyboards.
 */
export function spellings(id: string): Record<string, string> {
  const [dd, mm, yy, nnn, kk] = [id.slice(0, 2), id.slice(2, 4), id.slice(4, 6), id.slice(6, 9), id.slice(9)];
  const date = `${dd}${mm}${yy}`;
  const tail = `${nnn}${kk}`;
  const fullWidth = (s: string) => s.replace(/\d/g, (c) => String.fromCharCode(0xff10 + Number(c)));
  return {
    DDMMÅÅNNNKK: id,
    'DDMMÅÅ NNNKK': `${date} ${tail}`,
    'DDMMÅÅ NNN KK': `${date} ${nnn} ${kk}`,
    'DD.MM.ÅÅ NNNKK': `${dd}.${mm}.${yy} ${tail}`,
    'DD MM ÅÅ NNNKK': `${dd} ${mm} ${yy} ${tail}`,
    'DDMMÅÅ/NNNKK': `${date}/${tail}`,
    'DDMMÅÅ-NNNKK': `${date}-${tail}`,
    'DDMMÅÅ–NNNKK (en dash)': `${date}\u2013${tail}`,
    'DDMMÅÅ NNNKK (no-break space)': `${date}\u00a0${tail}`,
    'DDMMÅÅ - NNNKK': `${date} - ${tail}`,
    'zero-width space between groups': `${date}\u200b${tail}`,
    'zero-width joiner and soft hyphen inside': `${dd}\u200d${mm}${yy}\u00ad${nnn}\u2060${kk}`,
    'byte order mark inside': `${date}\ufeff${tail}`,
    'full-width digits': fullWidth(id),
    'full-width, grouped': `${fullWidth(date)} ${fullWidth(tail)}`,
    // Marks a card renders away: the reader sees one number with part of it in bold or as code.
    'Markdown bold inside': `${dd}${mm}**${yy}**${tail}`,
    'Markdown code span inside': `${dd}\`${mm}${yy}\`${tail}`,
    'middle dots': `${dd}\u00b7${mm}\u00b7${yy} ${tail}`,
    'circled digits': [...id].map((c) => (c === '0' ? '\u24ea' : String.fromCharCode(0x2460 + Number(c) - 1))).join(''),
    'superscript digits': [...id]
      .map((c) => '\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079'[Number(c)])
      .join(''),
    // The birth date as people write dates, with the number named after it.
    'DD.MM.ÅÅÅÅ personnr NNNKK': `${dd}.${mm}.19${yy} personnr ${tail}`,
    'DD.MM.ÅÅÅÅ, pnr. NNNKK': `${dd}.${mm}.19${yy}, pnr. ${tail}`,
  };
}

/**
 * Whether `text` still carries the eleven digits of `id` in any of those spellings: invisible
 * characters dropped, digits of every script made ASCII, separators between digits removed. The
 * check is written apart from src/privacy so the tests do not grade the guard by itself.
 */
export function carries(text: string, id: string): boolean {
  const plain = text
    .normalize('NFKC')
    .replace(/[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g, '')
    .replace(/(?<=\d)[\s./\-\u2013\u2014*_~`,:\u00b7]+(?=\d)/gu, '');
  // A four-digit year and a word naming the number between date and tail ("01.01.1990 personnr 12345").
  const named = plain
    .replace(/(?<=\d)\s*,?\s*(?:personnr|personnummer|pnr|fnr)\.?\s*:?\s*(?=\d)/giu, '')
    .replace(/(\d{4})(?:18|19|20)(\d{2})(?=\d{5})/g, '$1$2');
  return plain.includes(id) || named.includes(id);
}
