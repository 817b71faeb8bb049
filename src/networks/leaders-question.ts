// «hvem er leder?», «hvem er nettverkslederne her?» (month s14 #4): asked in the channel, it means this
// network's leaders, which «ledere» lists; it was answered «Ikke dekket av dokumentene». Only a whole
// message of the leader word and asking words counts: «hvem er leder av styringsgruppa?» or «hvem skal være
// leder i et ledernettverk?» are questions about the rules.

const LEADER =
  /^(?:leder|ledere|lederen|lederne|nettverksleder|nettverksledere|nettverkslederen|nettverkslederne|leiar|leiarar|leiaren|leiarane)$/u;
const FRAME = new Set('hvem kven er leder leier i for av her nettverket vårt vår oss nå egentlig no'.split(' '));

/** Whether a message asks who leads this network. */
export function asksLeaders(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.length < 2 || words.length > 7 || !['hvem', 'kven'].includes(words[0]!)) return false;
  return words.some((w) => LEADER.test(w)) && words.every((w) => LEADER.test(w) || FRAME.has(w));
}
