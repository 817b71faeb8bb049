import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { card, type Reply, type RequestContext } from '../conversation/types.ts';
import { taskText as t } from '../i18n/index.ts';
import { taskCardReply } from './apply-change.ts';
import { parseTaskId } from './task-words.ts';

/** `oppgave vis T3`: the task's card with its buttons, or which number was not found. */
export async function showTask(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const network = networkHere(ctx);
  const id = parseTaskId(args);
  const task = id ? await s.store.tasks.get(network.tenantId, network.networkId, id) : null;
  if (!task) {
    const notice = noticeCard({
      title: t.heading(id || '?'),
      message: t.notFound(args.trim()),
      example: t.showExample,
      tone: 'error',
    });
    return [card(notice)];
  }
  return [await taskCardReply(s, task)];
}
