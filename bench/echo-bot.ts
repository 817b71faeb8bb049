// The framework's floor for `roundtrip`: a plain botbuilder echo bot on the same node binary,
// restify, botbuilder and start flags as the real bot, answering every message with one text
// reply through the same Bot Connector emulator. Nothing of the project runs here.
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
class Echo extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (ctx, next) => {
      await ctx.sendActivity(`echo: ${ctx.activity.text ?? ''}`);
      await next();
    });
  }
}
const bot = new Echo();
const server = restify.createServer({ name: 'echo', handleUncaughtExceptions: false });
server.get('/readyz', async (_req, res) => res.send(200, { status: 'ready' }));
server.post('/api/messages', async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  await adapter.process(req as never, res as never, (ctx) => bot.run(ctx));
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => undefined);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
