// "Jeg er nyansatt prosjektleder i et læringsnettverk …", "Vi er et stort bynettverk med seks bydeler …": who the asker is
// sets the scene and picks no rule. Its words (the role, the place, the network described) drew the text that defines a
// network or lists a template's fields, though the ask after it was about something else. The kind of network it names
// is kept elsewhere (read from the whole message before this); what follows «og» in the same sentence ("… og vil kjøre
// tre prosjekter") is told of the situation and stays.
import { speakerRole } from './speaker-role.ts';

// The role or network, then where it is («i», «hos», «på», «med» …), up to the end of the clause. ("Jeg sitter og skriver
// årsrapporten" tells what is being done, not who asks.)
const PERSONA =
  /(?:^|(?<=[.!?]\s+))(?:hei[!,.]?\s+)?(?:(?:jeg|eg) (?:er|jobber|jobbar|arbeider|arbeidar|sitter|sit)|(?:vi|me) er (?:et|eit|ett|en|ein|ei))(?: (?!(?:og|men|så|som)(?![\p{L}]))\p{L}+)*? (?:i|hos|på|ved|med|for) [^.!?,;]*?(?=\s+(?:og|men|så)\s|[.!?,;]|$)/giu;
// "… som har holdt på siden 2021": a year in it dates the story, which the ask may lean on; "slike som oss" asks about
// the asker.
const KEEP = /(?<!\d)(?:19|20)\d\d(?!\d)|(?<![\p{L}])(?:siden|sidan)(?![\p{L}])/u;
const ABOUT_THE_ASKER =
  /(?<![\p{L}])(?:slike|sånne|sånn|slik|folk) som (?:oss|meg|vi|jeg|eg|me)(?![\p{L}])|for (?:oss|meg)(?![\p{L}])/u;

/** The message without the clauses that only say who asks; the whole message when nothing is asked after them. */
export function withoutPersona(text: string, message: string): string {
  // Someone who works for a body the documents name and then says «vi» asks about that body (speaker-role.ts).
  if (speakerRole('vi', message) !== 'vi') return text;
  if (ABOUT_THE_ASKER.test(text)) return text;
  const out = text.replace(PERSONA, (clause, offset: number) => {
    if (KEEP.test(clause)) return clause;
    const after = text.slice(offset + clause.length);
    // Only when a question follows: a message that is all persona keeps its words.
    return /\?|\p{L}{3,}[^.!]*$/u.test(after) && /[.!?]/u.test(after) ? ' ' : clause;
  });
  return /\p{L}{3,}/u.test(out) ? out : text;
}
