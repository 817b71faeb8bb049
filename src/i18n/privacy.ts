export const privacyText = {
  refused:
    'Meldingen ser ut til å inneholde et fødselsnummer (eller D-/H-nummer), så jeg har ikke lagret eller delt den. Kanalen er for tjenestene og nettverkets arbeid, aldri for enkeltbarn. Skriv det på nytt uten personopplysninger, for eksempel «oppgave @Navn følge opp rutinen for fosterhjemsveiledning innen 30.09».',
  /** Stands where the bot would otherwise have repeated an identity number. */
  removed: '[fødselsnummer fjernet]',
} as const;
