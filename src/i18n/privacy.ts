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
  /** Stands where the bot would otherwise have repeated an identity number. */
  removed: '[fødselsnummer fjernet]',
} as const;
