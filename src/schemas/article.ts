/** Front matter of an article file (content/articles/*.md). */
import { z } from 'astro/zod';

const isoDate = z
  .union([z.string(), z.date()])
  .transform((v, ctx) => {
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : v.trim();
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
    if (!m || !d || d.toISOString().slice(0, 10) !== s) {
      ctx.addIssue({ code: 'custom', message: `expected a calendar date YYYY-MM-DD, got ${JSON.stringify(v)}` });
      return z.NEVER;
    }
    return s;
  });

export const articleFrontmatterSchema = z
  .object({
    title: z.string({ error: 'required: the headline, a string' }).trim().min(1, 'must not be empty'),
    date: isoDate,
    source: z.string().trim().min(1).optional(),
    url: z.url({ error: 'expected an absolute URL' }).optional(),
    author: z.union([z.string().trim().min(1), z.array(z.string().trim().min(1))]).optional(),
    tags: z.array(z.string().trim().min(1), { error: 'expected a list of strings' }).optional(),
    summary: z.string().trim().min(1).optional(),
    corrections: z.array(z.record(z.string(), z.unknown()), { error: 'expected a list of corrections' }).optional(),
  })
  .loose();

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
