// Reading what the bot sent: the Adaptive Cards in an activity and the buttons and links in them.

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

/**
 * The Adaptive Cards in whatever carried them: an outgoing activity, a create-conversation body
 * (`{ activity }`), or an invoke response (`{ value: card }`).
 */
export function cardsOf(body: any): any[] {
  if (!body || typeof body !== 'object') return [];
  if (body.type === 'AdaptiveCard') return [body];
  if (body.value?.type === 'AdaptiveCard') return [body.value];
  const activity = body.activity ?? body;
  return (activity.attachments ?? []).filter((a: any) => a?.contentType === ADAPTIVE).map((a: any) => a.content);
}

export interface ExecuteAction {
  title: string;
  verb: string;
  data: any;
}

/** Every Action.Execute in a card (select actions, action sets and shown cards included). */
export function executeActions(node: unknown): ExecuteAction[] {
  const out: ExecuteAction[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (o.type === 'Action.Execute') out.push({ title: String(o.title ?? ''), verb: String(o.verb), data: o.data });
    Object.values(o).forEach(walk);
  };
  walk(node);
  return out;
}

/** Every Action.OpenUrl target in a card. */
export function openUrls(node: unknown): string[] {
  const out: string[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (o.type === 'Action.OpenUrl' && typeof o.url === 'string') out.push(o.url);
    Object.values(o).forEach(walk);
  };
  walk(node);
  return out;
}
