const CHILD_REASON = {
  age: 'navn og alder',
  'child-word': 'navn og et ord om barnet eller saken',
  birth: 'navn og fødselsdato',
  'school-class': 'navn og skoleklasse',
} as const;

export const privacyText = {
  refused:
    'Meldingen ser ut til å inneholde et fødselsnummer (eller D-/H-nummer), så jeg har verken lagret eller delt den. ' +
    'Står nummeret i en melding du sendte, ser alle i samtalen det fortsatt: slett meldingen (… ved meldingen › Slett). ' +
    'Her handler det om tjenestene og nettverkets arbeid, aldri om enkeltbarn. Skriv det på nytt uten personopplysninger, ' +
    'for eksempel «et barn i fosterhjem» i stedet for nummeret.',
  /** A text far longer than a Teams message can be, refused before it is read (attack round 7, A6). */
  tooLong: (length: number, max: number) =>
    `Teksten er for lang til at jeg kan ta imot den (${length.toLocaleString('nb-NO')} tegn; grensen er ${max.toLocaleString('nb-NO')}). ` +
    'Del den opp i kortere meldinger, for eksempel ett agendapunkt eller ett vedtak per melding.',
  /**
   * A text that names one child (a name with an age, a child word, a birth date or a school class; month
   * round 8, N2): not stored, and the answer never repeats the name. What gave it away is said in general words.
   */
  childRefused: (reason: 'age' | 'child-word' | 'birth' | 'school-class') =>
    `Teksten ser ut til å handle om et enkelt barn (${CHILD_REASON[reason]}), så jeg har verken lagret eller delt den. ` +
    'Det som skrives her, går til alle kommunene i nettverket, og det handler om tjenestene, aldri om enkeltbarn. ' +
    'Står navnet i en melding du sendte, ser alle i samtalen det fortsatt: slett meldingen (… ved meldingen › Slett), ' +
    'eller rediger den (… › Rediger) og ta bort navnet; en møtelinje legger jeg da inn i referatet. ' +
    'Skriv det uten navnet, for eksempel «Hurdal: en sak om et barn i barneskolealder tar mye tid i tjenesten».',
  /** The same for a field of a form in the tab: nothing is stored, the text stays in the field to be changed. */
  childRefusedField: (reason: 'age' | 'child-word' | 'birth' | 'school-class') =>
    `Feltet ser ut til å handle om et enkelt barn (${CHILD_REASON[reason]}), så ingenting er lagret. ` +
    'Det som skrives her, går til alle kommunene i nettverket, og det handler om tjenestene, aldri om enkeltbarn. ' +
    'Ta navnet ut av feltet og lagre på nytt, for eksempel «en sak om et barn i barneskolealder».',
  /** Stands where the bot would otherwise have repeated a child's name. */
  nameRemoved: '[navn fjernet]',
  /** Stands where the bot would otherwise have repeated an identity number. */
  removed: '[fødselsnummer fjernet]',
} as const;
