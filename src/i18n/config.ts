export const configText = {
  header: 'Konfigurasjonen er ugyldig. Rett disse miljøvariablene og start på nytt:',
  footer: 'Se env.example for alle variabler med forklaring.',
  port: 'et portnummer mellom 0 og 65535 (0 velger en ledig port), for eksempel PORT=3978',
  appType: 'SingleTenant, MultiTenant eller UserAssignedMSI, for eksempel MicrosoftAppType=SingleTenant',
  tenantRequired:
    'påkrevd når MicrosoftAppId er satt og MicrosoftAppType=SingleTenant, for eksempel MicrosoftAppTenantId=8f2e5c1a-3b4d-4e6f-9a0b-1c2d3e4f5a6b',
  passwordRequired: 'påkrevd når MicrosoftAppId er satt, for eksempel MicrosoftAppPassword=<hemmelighet fra Azure>',
  databaseUrl: 'sqlite:<sti> eller postgres://…, for eksempel DATABASE_URL=sqlite:./data/nettverksboten.db',
  poolSize: 'et helt tall fra 1 til 200 (tilkoblinger i PostgreSQL-poolen), for eksempel PG_POOL_SIZE=10',
  statementTimeout: 'millisekunder fra 100 til 600000, for eksempel PG_STATEMENT_TIMEOUT_MS=15000',
  migrateOnStart: 'true eller false, for eksempel MIGRATE_ON_START=false når npm run migrate kjøres for seg',
  url: 'en fullstendig URL, for eksempel PUBLIC_BASE_URL=https://nettverksboten.example.no',
  timezone: 'en IANA-tidssone, for eksempel TIMEZONE=Europe/Oslo',
  logLevel: 'en av trace, debug, info, warn, error, fatal, silent, for eksempel LOG_LEVEL=info',
  appTenantId: 'tenant-ID-en (GUID) fra Azure, for eksempel MicrosoftAppTenantId=8f2e5c1a-3b4d-4e6f-9a0b-1c2d3e4f5a6b',
  tenantIds: 'kommaseparerte tenant-ID-er (GUID), for eksempel ALLOWED_TENANT_IDS=8f2e5c1a-3b4d-4e6f-9a0b-1c2d3e4f5a6b',
  productionPlayground:
    'NODE_ENV=production krever MicrosoftAppId: lekeplassen og anonym modus finnes ikke i produksjon',
  host: 'en IP-adresse eller et vertsnavn å lytte på, for eksempel HOST=127.0.0.1 (bare denne maskinen) eller HOST=0.0.0.0 (alle grensesnitt)',
  serviceUrls: 'kommaseparerte http(s)-adresser, for eksempel ALLOWED_SERVICE_URLS=http://192.168.1.20:3979',
  productionTestHooks:
    'bare for tester (de peker tokensjekken bort fra Azure AD) og er ikke tillatt med NODE_ENV=production; fjern dem',
  clientIds:
    'kommaseparerte klient-ID-er (GUID) i tillegg til Teams sine, for eksempel TAB_CLIENT_IDS=4765445b-32c6-49b0-83e6-1d93765276ca',
  nodeEnv: 'production, development eller test (eller tom), for eksempel NODE_ENV=production',
  testHookLoopback:
    'bare for tester, og bare med en nøkkelserver på denne maskinen (127.0.0.1 eller localhost), for eksempel http://127.0.0.1:4000/.well-known/openid-configuration; fjern den ellers',
  trustProxy:
    'et helt tall fra 0 til 10 (antall mellomtjenere foran boten som legger til X-Forwarded-For), for eksempel TRUST_PROXY=1 bak Azure Container Apps',
  generic: 'ugyldig verdi',
} as const;
