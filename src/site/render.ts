/**
 * Renders an article body to HTML with remark/rehype: GFM, raw HTML parsed
 * and then sanitised with an allow-list (scraped input is hostile), then the
 * engine's marks (statements, speakers, time expressions) placed by offset.
 */
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeDatelineMarks, { type Mark } from '../integrations/rehype-dateline-marks.ts';

/** Allow-list: GitHub's schema without ids/names from the input (they could clash with our anchors). */
const schema = {
  ...defaultSchema,
  clobberPrefix: 'src-',
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
};

export function renderArticleHtml(body: string, marks: Mark[]): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, schema)
    .use(rehypeDatelineMarks, { marks, body })
    .use(rehypeStringify);
  return String(processor.processSync(body));
}
