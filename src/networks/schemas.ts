import { z } from 'zod';

export const conversationRefSchema = z.object({
  serviceUrl: z.string().min(1),
  channelId: z.string().min(1),
  conversationId: z.string().min(1),
  conversationType: z.enum(['channel', 'groupChat', 'personal']),
  tenantId: z.string(),
  botId: z.string(),
  botName: z.string().optional(),
});

export const personSchema = z.object({
  id: z.string().min(1),
  aadObjectId: z.string().optional(),
  name: z.string(),
});
