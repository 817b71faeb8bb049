import { distance } from 'fastest-levenshtein';

// «når er neste møte?», «hva skjer på neste møtet», «når møtes vi neste gang» (month s14 #4, #13): a member
// asking in their own words about the network's next meeting wants its date and agenda, not a 2018 text about
// the Hordaland network's gatherings, nor «neste» read as «next agenda item». Only a whole message of the
// meeting word, «neste» and asking words counts: a place, a year or any other topic («når var fellessamlingen
// i Hordaland», «hvor ofte skal nettverket møtes») makes it a guideline question.

const MEETING = ['møte', 'møtet', 'møtes', 'nettverksmøte', 'nettverksmøtet', 'samling', 'samlingen'];
const NEXT = ['neste', 'kommende', 'førstkommende'];
/** Ordinary words one letter from «neste» or «møte»: never read as them. */
const NOT_NEAR = new Set(['nesten', 'beste', 'møter', 'måte', 'møtt', 'mette', 'moten', 'motet']);
/** Asking words, fillers and what one asks of a meeting; anything else makes it another question. */
const FRAME = new Set(
  (
    'når hva kva hvor kor hvilken hvilket er blir skjer skal står på i om til det vi me vårt vår vårs gang ' +
    'dato dag tid tidspunkt klokka kl starter begynner agenda agendaen dagsorden hei forresten egentlig da så ' +
    'nettverket har ha kjem kommer nå no igjen'
  ).split(' '),
);

const near = (w: string, list: readonly string[]) =>
  !NOT_NEAR.has(w) && list.some((x) => x === w || (w.length >= 4 && distance(w, x) === 1));

/** Whether a message asks about the network's next meeting: when it is, or what is on it. */
export function asksNextMeeting(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.length < 2 || words.length > 10) return false;
  if (!words.some((w) => near(w, MEETING))) return false;
  if (!words.every((w) => FRAME.has(w) || near(w, MEETING) || near(w, NEXT))) return false;
  // «når er møtet?», «hva skjer på møtet» need no «neste»; «møtet agenda» with no asking word is no question.
  return words.some((w) => near(w, NEXT)) || /^(?:når|hva|kva|hvor|kor)\b/u.test(text.toLowerCase().trim());
}
