import { z } from 'astro/zod';
import { isoDaySchema, partialDateSchema } from './date.ts';
import { textSchema } from './ids.ts';

/** A BCP 47 language tag, such as "de" or "zh-Hans". */
export const languageTagSchema = z.string().refine(
  (tag) => {
    // Intl accepts any 5–8 letter word as a language subtag; real ones have 2 or 3 letters.
    if (!/^[a-z]{2,3}(-|$)/.test(tag)) return false;
    try {
      return Intl.getCanonicalLocales(tag)[0] === tag;
    } catch {
      return false;
    }
  },
  { error: 'Expected a BCP 47 language tag in canonical form, such as "en", "de" or "zh-Hans".' },
);

/** What kind of page a source is; official texts and state media weigh most. */
export const sourceTypes = ['official', 'state-media', 'news', 'repost', 'aggregator', 'blog'] as const;

/** A fact that the source text does not state; recorded rather than invented. */
const notStated = z.literal('not stated');

/** One span of the raw page that the ingest step removed, kept so editors can review it. */
export const removedSpanSchema = z
  .strictObject({
    from: z.int().positive().describe('First line of the span in the raw file, counting from 1.'),
    to: z.int().positive().describe('Last line of the span in the raw file.'),
    reason: textSchema.describe('Why the span is not part of the article.'),
  })
  .meta({
    title: 'Removed span',
    description: 'One span of the raw page that the ingest step removed, kept so editors can review it.',
  });

/** A figure in the article that no entry cites, and why it needs no entry. */
export const uncitedFigureSchema = z
  .strictObject({
    paragraph: z.int().positive().describe('The paragraph number (the anchor p3 is paragraph 3).'),
    figure: textSchema.describe('The figure exactly as the text writes it, such as "2018" or "sechs".'),
    reason: textSchema.describe('Why no entry cites it.'),
  })
  .meta({
    title: 'Uncited figure',
    description: 'A figure in the article that no entry cites, and why it needs no entry.',
  });

/** An archived article: its metadata; the entry body holds the cleaned article text. */
export const sourceSchema = z
  .strictObject({
    title: z
      .union([textSchema, notStated])
      .describe('The headline as printed, in the article\'s language, or "not stated".'),
    titleEn: textSchema.describe(
      "An English title: the headline itself when it is English, else the editors' translation or description.",
    ),
    publisher: z.union([textSchema, notStated]).describe('The site or paper that published the page, or "not stated".'),
    sourceType: z
      .enum(sourceTypes)
      .describe(
        'What kind of page this is: "official" (a government body\'s own page or policy text), "state-media", "news", "repost", "aggregator" or "blog".',
      ),
    reposts: textSchema
      .optional()
      .describe(
        'What a repost reposts: the outlet or document as the page names it. Required when sourceType is "repost".',
      ),
    translates: textSchema
      .optional()
      .describe('The outlet whose article this page translates, when it is a translation.'),
    excerpt: z
      .boolean()
      .describe('True when the archived text is only the first part of the page (the stored copy was cut off).'),
    author: textSchema.optional().describe('The author when named.'),
    language: languageTagSchema.describe('The language of the article text (BCP 47), such as "de" or "zh-Hans".'),
    published: z
      .union([partialDateSchema, notStated])
      .describe('When the article was published, as precisely as known, or "not stated".'),
    url: z
      .url({ protocol: /^https?$/, error: 'Expected an http(s) address, such as "https://example.com/article".' })
      .optional()
      .describe('The address of the original page, when known.'),
    archived: isoDaySchema.describe('The day the raw text entered the archive.'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, { error: 'Expected 64 lower-case hex digits (the sha256 of the raw file).' })
      .describe('sha256 of the raw text as received, before cleaning (64 hex digits).'),
    raw: z
      .string()
      .regex(/^raw\/[\w.-]+\.txt$/, { error: 'Expected a path such as "raw/<id>.txt".' })
      .describe('The raw file kept beside the entry, relative to content/sources/.'),
    removed: z
      .array(removedSpanSchema)
      .default([])
      .describe('What the ingest step removed from the raw text, and why.'),
    uncitedFigures: z
      .array(uncitedFigureSchema)
      .default([])
      .describe('Figures in the text that no entry cites, each with the reason (checked by the figure-coverage test).'),
    remarks: z
      .array(textSchema)
      .default([])
      .describe('Remarks on the source as a whole (how the date was inferred, why a field is not stated).'),
  })
  .superRefine((source, ctx) => {
    if (source.sourceType === 'repost' && source.reposts === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['reposts'],
        message: 'A repost must name what it reposts. Fix: add reposts: with the outlet or document the page names.',
      });
    }
  })
  .describe('An archived article: its metadata; the entry body holds the cleaned article text.');
export type SourceData = z.output<typeof sourceSchema>;
