import { CallerIdConstants, CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { AuthenticationConstants, AuthenticationError } from 'botframework-connector';
import type { Config } from '../src/config/env.ts';
import { helpText } from '../src/i18n/index.ts';
import type { Logger } from '../src/log.ts';

/**
 * CloudAdapter with the app's credentials. With no app id (local playground and tests) botbuilder
 * accepts unauthenticated requests and sends unauthenticated replies; config refuses that in production.
 */
export function createAdapter(config: Config, log: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.appId ?? '',
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppType: config.appId ? config.appType : '',
    MicrosoftAppTenantId: config.appTenantId ?? '',
    ...(config.openIdMetadataUrl ? channelOverrides(config.openIdMetadataUrl, config.tokenIssuer) : {}),
  } as Record<string, string>);
  const adapter = new TeamsCloudAdapter(auth);
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
