import { UrlSigner } from './signed-url.ts';

/** The server's own secrets (the URL-signing key); SQLite and PostgreSQL implement it in src/store. */
export interface SecretRepository {
  /** The named server secret, created at random the first time it is asked for. */
  getOrCreate(name: string, make: () => Buffer, now: Date): Promise<Buffer>;
}

export async function urlSigner(secrets: SecretRepository, now: Date): Promise<UrlSigner> {
  return new UrlSigner(await secrets.getOrCreate('url-signing', UrlSigner.randomKey, now));
}
