import { z } from 'zod';

const year = z.number().int().min(1990).max(2100);

export const sourceSchema = z.strictObject({
  title: z.string().min(3),
  section: z.string().min(1),
  year,
});

export const entrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id: små bokstaver, tall og bindestrek'),
  topic: z.string().min(3),
  questions: z.array(z.string().min(5)).min(1),
  answer: z.string().min(10),
  keywords: z.array(z.string().min(1)).optional(),
  source: sourceSchema,
  alsoFrom: z.array(sourceSchema).min(1).optional(),
  network: z.enum(['learning', 'leaders']).optional(),
  counterpart: z.string().optional(),
  olderRule: z.strictObject({ year, text: z.string().min(10), source: sourceSchema }).optional(),
  supersededBy: z.string().optional(),
  practice: z.literal(true).optional(),
  revisionExpected: z
    .string()
    .regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, 'revisionExpected: ÅÅÅÅ-MM')
    .optional(),
});

export const knowledgeFileSchema = z.strictObject({
  entries: z.array(entrySchema).min(1),
});
