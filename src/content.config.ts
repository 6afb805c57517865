import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { datelineLoader } from './loaders/dateline.ts';

const granularity = z.enum(['time', 'day', 'weekend', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century', 'duration', 'set', 'ref']);
const dateValue = z.object({
  value: z.string(),
  granularity,
  range: z.object({ start: z.string(), end: z.string() }).nullable(),
  label: z.string(),
  anchor: z.string(),
  href: z.string(),
});
const speakerType = z.enum(['person', 'organisation', 'anonymous']);

const articles = defineCollection({
  loader: datelineLoader('articles'),
  schema: z.object({
    id: z.string(),
    file: z.string(),
    hash: z.string(),
    title: z.string(),
    date: z.string(),
    source: z.string().optional(),
    url: z.string().optional(),
    author: z.array(z.string()).optional(),
    tags: z.array(z.string()),
    summary: z.string().optional(),
    paragraphs: z.number(),
    statements: z.array(reference('statements')),
    events: z.array(reference('events')),
    dates: z.array(z.string()),
  }),
});

const statements = defineCollection({
  loader: datelineLoader('statements'),
  schema: z.object({
    id: z.string(),
    anchor: z.string(),
    article: reference('articles'),
    articleTitle: z.string(),
    articleDate: z.string(),
    speaker: reference('speakers').nullable(),
    speakerName: z.string().nullable(),
    speakerRole: z.string().nullable(),
    speakerType: speakerType.nullable(),
    speakerMention: z.string().nullable(),
    // the other speakers of a statement made together ("Lee and Roe said"); id null for an unnamed source
    coSpeakers: z.array(z.object({ id: z.string().nullable(), name: z.string(), role: z.string().nullable(), type: speakerType })),
    kind: z.enum(['direct', 'partial', 'indirect']),
    cue: z.string().nullable(),
    text: z.string(),
    paragraph: z.number(),
    start: z.number(),
    end: z.number(),
    date: dateValue.nullable(),
    corrected: z.enum(['added', 'speaker']).optional(),
  }),
});

const speakers = defineCollection({
  loader: datelineLoader('speakers'),
  schema: z.object({
    id: z.string(),
    name: z.string(),
    role: z.string().nullable(),
    type: speakerType,
    description: z.string().optional(),
    aliases: z.array(z.string()),
    mentions: z.array(z.string()),
    statements: z.array(reference('statements')),
    articles: z.array(reference('articles')),
  }),
});

const events = defineCollection({
  loader: datelineLoader('events'),
  schema: z.object({
    id: z.string(),
    anchor: z.string(),
    href: z.string(),
    date: dateValue,
    text: z.string(),
    sources: z.array(
      z.object({
        article: reference('articles'),
        articleTitle: z.string(),
        eventId: z.string(),
        paragraph: z.number(),
        expression: z.string(),
      }),
    ),
  }),
});

const dates = defineCollection({
  loader: datelineLoader('dates'),
  schema: z.object({
    id: z.string(),
    order: z.number(),
    date: dateValue,
    events: z.array(reference('events')),
    statements: z.array(reference('statements')),
  }),
});

export const collections = { articles, statements, speakers, events, dates };
