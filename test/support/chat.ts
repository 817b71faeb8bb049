import { afterEach } from 'vitest';
import { ManualClock } from '../../src/time/clock.ts';
import { startWithNetworks, type TestApp, type TestAppOptions } from './app.ts';
import { BOT, channelMessage, type NetworkFixture, type TestPerson } from './teams.ts';

/**
 * For a file whose tests each start their own server: registers the `afterEach` that closes it and returns the starter.
 * The starter runs the real server at `iso` with `networks` networks of one tenant, each installed by `installer` (their leader).
 */
export function appPerTest(installer: TestPerson, iso: string, opts: Omit<TestAppOptions, 'clock'> = {}) {
  let running: TestApp | null = null;
  afterEach(async () => {
    await running?.close();
    running = null;
  });
  return async (networks = 1) => {
    const started = await startAt(iso, installer, networks, opts);
    running = started.t;
    return started;
  };
}

/** The real server at `iso` with `networks` networks of one tenant, each installed by `installer`; `net` is the first. */
export async function startAt(
  iso: string,
  installer: TestPerson,
  networks = 1,
  opts: Omit<TestAppOptions, 'clock'> = {},
): Promise<{ t: TestApp; net: NetworkFixture; nets: NetworkFixture[] }> {
  const { t, nets } = await startWithNetworks(networks, installer, { ...opts, clock: new ManualClock(iso) });
  return { t, net: nets[0]!, nets };
}

/** A channel message as Teams delivers it with RSC when the person did not @mention the bot. */
export function withoutMention<T extends { text: string; entities: object[] }>(msg: T): T {
  return {
    ...msg,
    text: msg.text.replace(`<at>${BOT.name}</at> `, ''),
    entities: msg.entities.filter((e) => (e as { mentioned?: { id?: string } }).mentioned?.id !== BOT.id),
  };
}

export interface SayOptions {
  /** The thread the message is a reply in; none starts a new one. */
  thread?: string;
  /** People @mentioned in the text as `@Name`. */
  mentions?: TestPerson[];
  /** false: without the @mention of the bot. */
  mention?: boolean;
  /** Checks the HTTP status the bot answered the post with (an `expect` of the test's own). */
  status?: (status: number) => void;
}

/** Posts a channel message and returns the body of every connector call the bot made because of it. */
export async function bodiesOf(
  t: TestApp,
  net: NetworkFixture,
  who: TestPerson,
  text: string,
  opts: SayOptions = {},
): Promise<any[]> {
  const before = t.connector.emulator.calls.length;
  const msg = channelMessage(net, who, text, { thread: opts.thread, mentions: opts.mentions });
  const res = await t.post(opts.mention === false ? withoutMention(msg) : msg);
  opts.status?.(res.status);
  return t.connector.emulator.calls.slice(before).map((c) => c.body);
}

/** Posts a channel message and returns everything the bot sent because of it, as one JSON string. */
export async function say(
  t: TestApp,
  net: NetworkFixture,
  who: TestPerson,
  text: string,
  opts: SayOptions = {},
): Promise<string> {
  return JSON.stringify(await bodiesOf(t, net, who, text, opts));
}

/** A file's `say(t, net, who, text, mentions)`: always in `thread` (or none), with the file's own status check. */
export function sayer(fixed: Omit<SayOptions, 'mentions'>) {
  return (
    t: TestApp,
    net: NetworkFixture,
    who: TestPerson,
    text: string,
    mentions: TestPerson[] = [],
  ): Promise<string> => say(t, net, who, text, { ...fixed, mentions });
}

export interface Speaker {
  /** With an @mention of the bot (the default) or without. */
  say(
    who: TestPerson,
    text: string,
    opts?: { thread?: string; mentions?: TestPerson[]; mention?: boolean },
  ): Promise<string>;
  /** The raw bodies the bot sent for the last message. */
  bodies(
    who: TestPerson,
    text: string,
    opts?: { thread?: string; mentions?: TestPerson[]; mention?: boolean },
  ): Promise<any[]>;
}

const ok = (status: number) => {
  if (status !== 200) throw new Error(`status ${status}`);
};

/** One person after another in one network's channel, by default in `defaultThread`; any answer but 200 throws. */
export function speaker(t: TestApp, net: NetworkFixture, defaultThread: string): Speaker {
  const bodies: Speaker['bodies'] = (who, text, opts = {}) =>
    bodiesOf(t, net, who, text, { ...opts, thread: opts.thread ?? defaultThread, status: ok });
  return { bodies, say: async (who, text, opts) => JSON.stringify(await bodies(who, text, opts)) };
}

/** Everything the bot sent to Teams (messages, replies, new threads) from call number `from` on. */
export const sentSince = (t: TestApp, from: number) =>
  t.connector.emulator.calls
    .slice(from)
    .filter((c) => (c.kind === 'send' || c.kind === 'reply' || c.kind === 'create') && c.status < 300);

/** The bodies of connector calls as text, one call a line. */
export const textOf = (calls: { body: unknown }[]) => calls.map((c) => JSON.stringify(c.body)).join('\n');

/** The new threads (cards) from call number `from` on whose body contains `text`. */
export const createdWith = (t: TestApp, text: string, from = 0) =>
  t.connector.emulator.calls.slice(from).filter((c) => c.kind === 'create' && JSON.stringify(c.body).includes(text));
