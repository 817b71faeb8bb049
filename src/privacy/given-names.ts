// The most common given names among children in Norway (boys and girls, born since about 2000,
// spellings people type), in small letters. Used only where a frame already says a child is meant
// (a word for a child and its age right before: «jenta på 7 år, sara har flyttet»): there a word in
// small letters cannot be told from an ordinary word by its capital, and this list tells it.
// Left out on purpose: names that are also everyday words or short forms in a case note
// («liv», «sol», «vår», «mai», «storm», «kai», «ask», «hans», «per», «jan», «august», «tor», «bo»).

const BOYS =
  'jakob jacob emil noah oliver filip lucas lukas william liam henrik oskar oscar aksel axel theodor elias isak ' +
  'mathias matias magnus olav ludvig johannes jonas sander tobias leon kasper markus marcus benjamin sebastian ' +
  'martin daniel alexander aleksander kristian christian andreas sindre eirik erik fredrik håkon sverre birk ' +
  'mikkel johan mohammad muhammad mohammed ahmed ahmad omar yusuf jusuf ibrahim hamza ali adam adrian vetle iver ' +
  'eskil edvard herman peder gustav felix viktor victor odin ulrik kevin marius jørgen sivert even trym elliot ' +
  'theo teodor leo alfred otto mateo matheo sigurd jens brage mats simen stian petter thomas tomas jon ole ola ' +
  'lars nils knut anders emir milan nikolai nicolai lukas jesper julian konrad ivar arne tiago mustafa hassan ' +
  'hussein abdullahi abdirahman mahad elvin amund joakim joachim snorre eliah colin ruben samuel david gabriel ' +
  'mio noa olai oliwer jakub aron aaron kaspian casper teo lauritz amir';
const GIRLS =
  'emma nora sofie sophie sofia ella olivia ada leah lea frida ingrid sara sarah maja maia astrid selma hedda ' +
  'ellinor elinor amalie aurora thea tea tiril mia ida emilie anna hanna hannah julie vilde vilja live iben alma ' +
  'alva frøya eline ylva mathilde matilde marie sigrid agnes celine sienna luna ronja tuva andrea linnea linea ' +
  'mille jenny ingeborg isabella isabel josefine oda malin nathalie natalie kaja kaia mina amina fatima maryam ' +
  'mariam aisha zainab sana eva helene karoline caroline kristine martine marte silje synne stine tonje une ' +
  'ellie elise hermine signe solveig ragnhild margrethe ane kari mari maria nikoline pia emilia victoria ' +
  'viktoria vilma vera sunniva leonora eira hilde lilly lily madeleine mathea matea tilde tilda ebba alicia ' +
  'alisa amelia hailey isabelle johanne kamilla camilla kristin lena lina liv-marie marit marthe miriam ' +
  'mathilda nelly ofelia rebekka saga sanna sigrun siri thale tina tiril vanessa zara zoe zofia hiba ayan ' +
  'hodan hawa iman yasmin jasmin';

/** The given names, small letters. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([...BOYS.split(' '), ...GIRLS.split(' ')]);

/** Whether a word (any case) is one of the common given names. */
export const isGivenName = (word: string): boolean => GIVEN_NAMES.has(word.toLocaleLowerCase('nb'));
