// Stands in for the Bot Framework's token issuer in tests: an OpenID metadata document and a JWKS
// on loopback, and tokens signed with its key. The bot reads the metadata URL from configuration
// (BOT_OPENID_METADATA_URL → ToBotFromChannelOpenIdMetadataUrl) and checks, as in production:
// the signature against the JWKS key named by `kid`, the key's `endorsements` (must include the
// channel, "msteams"), `iss` equal to BOT_TOKEN_ISSUER, `aud` equal to the app id, expiry (5 min
// tolerance), and the `serviceurl` claim equal to the activity's serviceUrl.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

export interface OpenIdServer {
  url: string;
  metadataUrl: string;
  issuer: string;
  /**
   * A tenant's OpenID metadata as Entra serves it (…/<tenant>/v2.0/.well-known/openid-configuration),
   * with `{tenant}` left in: the tab's TAB_OPENID_METADATA_URL. Every tenant shares the one key set.
   */
  tenantMetadataUrl: string;
  signToken(
    claims: Record<string, unknown> & { aud: string },
    /**
     * `endorsements`: sign with the same key published under another kid, with no `endorsements`
     * ('none') or endorsing another channel only ('webchat').
     */
    opts?: { wrongKey?: boolean; expired?: boolean; issuer?: string; endorsements?: 'none' | 'webchat' },
  ): Promise<string>;
  close(): Promise<void>;
}

export async function startOpenIdServer(): Promise<OpenIdServer> {
  const good = await generateKeyPair('RS256', { extractable: true });
  const rogue = await generateKeyPair('RS256', { extractable: true });
  const kid = 'test-key-1';
  const jwk: JWK = { ...(await exportJWK(good.publicKey)), kid, use: 'sig', alg: 'RS256' };
  let base = '';
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (
      req.url === '/.well-known/openidconfiguration' ||
      /^(\/[\w-]+\/v2\.0)?\/\.well-known\/openid-configuration$/.test(req.url ?? '')
    ) {
      res.end(
        JSON.stringify({
          issuer: `${base}/issuer`,
          jwks_uri: `${base}/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
        }),
      );
    } else if (req.url === '/keys') {
      res.end(
        JSON.stringify({
          keys: [
            { ...jwk, endorsements: ['msteams'] },
            { ...jwk, kid: `${kid}-none` },
            { ...jwk, kid: `${kid}-webchat`, endorsements: ['webchat'] },
          ],
        }),
      );
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${base}/issuer`;
  return {
    url: base,
    metadataUrl: `${base}/.well-known/openidconfiguration`,
    issuer,
    tenantMetadataUrl: `${base}/{tenant}/v2.0/.well-known/openid-configuration`,
    async signToken(claims, opts = {}) {
      const now = Math.floor(Date.now() / 1000);
      const key: CryptoKey = opts.wrongKey ? rogue.privateKey : good.privateKey;
      return new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: opts.endorsements ? `${kid}-${opts.endorsements}` : kid, typ: 'JWT' })
        .setIssuer(opts.issuer ?? issuer)
        .setIssuedAt(opts.expired ? now - 7200 : now)
        .setNotBefore(opts.expired ? now - 7200 : now - 10)
        .setExpirationTime(opts.expired ? now - 3600 : now + 3600)
        .sign(key);
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
