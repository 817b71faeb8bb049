/** «nettverkstype»: whether the network is a learning network or a leader network, so answers fit it. */
export const networkKindText = {
  group: 'Nettverk',
  commands: {
    kind: {
      usage: 'nettverkstype [læringsnettverk | ledernettverk]',
      description:
        'Viser eller endrer hva slags nettverk dette er (ledere endrer). Når et svar om retningslinjene har regler for begge typer nettverk, får dere bare reglene for deres type.',
      example: 'nettverkstype ledernettverk',
    },
  },
  kindWhat: 'endre nettverkstypen',
  name: { learning: 'et læringsnettverk', leaders: 'et barnevernsledernettverk' } as const,
  /** `how`: set by a leader, or read from the team's name. */
  now: (name: string, fromName: boolean) =>
    fromName
      ? `Jeg regner nettverket som ${name} ut fra navnet på teamet. Er det feil, kan en leder skrive «@Nettverksboten nettverkstype læringsnettverk» eller «… ledernettverk».`
      : `Nettverket er satt opp som ${name}. Når et svar om retningslinjene har regler for begge typer nettverk, får dere bare reglene for deres type.`,
  unknown:
    'Jeg vet ikke om nettverket er et læringsnettverk eller et barnevernsledernettverk, så svar om retningslinjene tar med reglene for begge. En leder kan velge med «@Nettverksboten nettverkstype ledernettverk» eller «@Nettverksboten nettverkstype læringsnettverk».',
  set: (name: string) =>
    `Nettverket er nå satt opp som ${name}. Når et svar om retningslinjene har regler for begge typer nettverk, får dere bare reglene for deres type; spør dere om den andre typen, svarer jeg for den.`,
  badTitle: 'Ukjent nettverkstype',
  bad: (typed: string) =>
    `«${typed}» er ingen nettverkstype jeg kjenner. Velg «læringsnettverk» eller «ledernettverk» (barnevernsledernettverk).`,
} as const;
