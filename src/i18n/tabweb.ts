// The words the server puts into the tab's page shell before its script runs (the rest of the
// tab's text ships in the bundle: tab-web/i18n.ts).

export const tabWebText = {
  loading: 'Laster …',
  titles: {
    config: 'Nettverksboten – legg til fanen',
    overview: 'Oversikt – Nettverksboten',
    minutes: 'Referater – Nettverksboten',
    tasks: 'Oppgaver – Nettverksboten',
    deadlines: 'Frister – Nettverksboten',
    projects: 'Prosjekter – Nettverksboten',
    ask: 'Spør – Nettverksboten',
    settings: 'Innstillinger – Nettverksboten',
    me: 'Mine oppgaver – Nettverksboten',
  },
  buildFailed: 'Fanen kunne ikke bygges. Se serverloggen.',
  notFound: 'Fant ikke filen.',
} as const;
