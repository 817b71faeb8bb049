import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
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
    ...(config.openIdMetadataUrl ? { ToBotFromChannelOpenIdMetadataUrl: config.openIdMetadataUrl } : {}),
    ...(config.tokenIssuer ? { ToBotFromChannelTokenIssuer: config.tokenIssuer } : {}),
  } as Record<string, string>);
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error({ err: { name: error.name, message: error.message, stack: error.stack }, type: context.activity.type }, 'turn failed');
    if (context.activity.type === 'message') {
      // The person's text was not consumed by a half-finished write; say so and let them retry.
      await context.sendActivity(helpText.error).catch(() => undefined);
    }
  };
  return adapter;
}
