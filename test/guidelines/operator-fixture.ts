// An operator's document for GUIDELINES_DIR, shared by the loader test and the end-to-end test.
export const doc2025 = `---
tittel: Retningslinjer for læringsnettverk, revidert 2025
år: 2025
---
# Retningslinjer for læringsnettverk, revidert 2025

## Reiseutgifter

Nettverket kan dekke reiseutgifter for deltakere på samlinger etter statens reiseregulativ. Kvitteringer sendes prosjektlederen innen 14 dager etter samlingen.
`;
