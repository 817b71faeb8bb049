import { AsyncLocalStorage } from 'node:async_hooks';
import { CallerIdConstants, CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, type ClaimsIdentity, type ConnectorClient, type ConnectorFactory } from 'botframework-connector';
import type { Config } from '../src/config/env.ts';
import { helpText } from '../src/i18n/index.ts';
import type { Logger } from '../src/log.ts';
import { outgoingPrivacy } from './outgoing.ts';

/**
 * CloudAdapter with the app's credentials. With no app id (local playground and tests) botbuilder
 * accepts unauthenticated requests and sends unauthenticated replies; config refuses that in production.
 */
export function createAdapter(config: Config, log: Logger): CloudAdapter {
  const auth = new SenderAwareAuthentication({
    MicrosoftAppId: config.appId ?? '',
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppType: config.appId ? config.appType : '',
    MicrosoftAppTenantId: config.appTenantId ?? '',
    ...(config.openIdMetadataUrl ? channelOverrides(config.openIdMetadataUrl, config.tokenIssuer) : {}),
  } as Record<string, string>);
  const adapter = new TeamsCloudAdapter(auth);
  // No identity number leaves the bot: every send and update of every turn, replies and proactive alike.
  adapter.use(outgoingPrivacy);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error({ err: { name: error.name, message: error.message, stack: error.stack }, type: context.activity.type }, 'turn failed');
    if (context.activity.type === 'message') {
      // The person's text was not consumed by a half-finished write; say so and let them retry.
      await context.sendActivity(helpText.error).catch(() => undefined);
    }
  };
  return adapter;
}

/**
 * botbuilder switches to fully "parameterized" authentication as soon as one endpoint is given, so
 * the public-cloud values for the rest must come along. Only the inbound token check is redirected
 * (tests stand in for Azure AD with a local OpenID server).
 */
function channelOverrides(metadataUrl: string, issuer: string | undefined): Record<string, string | boolean> {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: issuer ?? AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * botbuilder answers 500 when the JWT library rejects a token's signature (only its own
 * AuthenticationError becomes 401). A forged token is the caller's fault, so it gets 401 here.
 */
class TeamsCloudAdapter extends CloudAdapter {
  override processActivity: CloudAdapter['processActivity'] = async (...args: unknown[]): Promise<any> => {
    try {
      return await (CloudAdapter.prototype as unknown as { processActivity: (...a: unknown[]) => Promise<unknown> }).processActivity.apply(this, args);
    } catch (err) {
      if (TOKEN_ERRORS.has((err as Error)?.name)) throw new AuthenticationError('Unauthorized. Invalid token.', 401);
      throw err;
    }
  };
}

const ownRetries = new AsyncLocalStorage<true>();

/**
 * Runs a proactive send with the connector client's built-in retries switched off. Our sender
 * (src/messaging/reliable.ts) books every request against Teams' thread and tenant windows and
 * retries with its own backoff; the Azure pipeline's hidden retries would add requests that no
 * window counted (up to three per attempt) and records that never saw them.
 */
export function withOwnRetries<T>(fn: () => Promise<T>): Promise<T> {
  return ownRetries.run(true, fn);
}

/** Hands out connector clients without the Azure retry phase while inside withOwnRetries. */
class SenderAwareAuthentication extends ConfigurationBotFrameworkAuthentication {
  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const inner = super.createConnectorFactory(claimsIdentity);
    return {
      async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        const client = await inner.create(serviceUrl, audience);
        if (ownRetries.getStore()) {
          const pipeline = (client as unknown as { client?: { pipeline?: { removePolicy(o: { phase: 'Retry' }): unknown } } }).client?.pipeline;
          if (!pipeline) throw new Error('connector client has no pipeline: botbuilder changed, review withOwnRetries');
          pipeline.removePolicy({ phase: 'Retry' });
        }
        return client;
      },
    } as ConnectorFactory;
  }
}
