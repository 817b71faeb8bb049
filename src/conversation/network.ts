import type { Network } from '../networks/network.ts';
import type { RequestContext } from './types.ts';

/**
 * A feature asked for the network of a conversation that has none: a personal chat, or a channel
 * message whose team Teams did not name (a forged or cut activity). The dispatcher answers it with
 * the one Norwegian "not installed here" text (`helpText.networkUnknown`), so no feature needs its
 * own check or message, and a missing network is never a TypeError in the middle of a use case.
 */
export class NoNetworkHere extends Error {
  override readonly name = 'NoNetworkHere';
  constructor() {
    super('no network in this conversation');
  }
}

/** The network this message or click belongs to; throws NoNetworkHere (answered by the dispatcher) when there is none. */
export function networkHere(ctx: Pick<RequestContext, 'scope'>): Network {
  const network = ctx.scope.network;
  if (!network) throw new NoNetworkHere();
  return network;
}
