// Every word the tab shows, in bokmål. The only file in tab-web/ with user-facing text.

export const t = {
  loading: 'Laster …',
  outside: {
    title: 'Åpne denne siden i Teams',
    body: 'Denne fanen hører til Nettverksboten og virker bare inne i Microsoft Teams, der du er logget inn.',
    link: 'Åpne Microsoft Teams',
    playground: 'Eller prøv fanen i lekeplassen',
  },
  nav: {
    label: 'Nettverkets sider',
    overview: 'Oversikt',
    minutes: 'Referater',
    tasks: 'Oppgaver',
    deadlines: 'Frister',
    ask: 'Spør',
    settings: 'Innstillinger',
    me: 'Mine oppgaver',
  },
  errors: {
    generic: 'Noe gikk galt. Prøv igjen om litt.',
    network: 'Fikk ikke kontakt med Nettverksboten. Sjekk nettet og prøv igjen.',
    token: 'Teams ga oss ikke innloggingen din. Lukk fanen og åpne den igjen.',
    unauthorized: 'Du er ikke logget inn. Lukk fanen og åpne den igjen.',
    forbidden: 'Du har ikke tilgang til dette nettverket.',
    noNetwork: 'Fanen vet ikke hvilket nettverk den hører til. Fjern fanen og legg den til på nytt i nettverkets kanal.',
  },
} as const;
