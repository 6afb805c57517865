/**
 * Reading an article file: YAML front matter between `---` lines, then the
 * Markdown body. The body starts after the closing fence and the blank lines
 * that follow it; offsets in the engine's output count from there.
 */
import { parseDocument } from 'yaml';

export class ArticleFileError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly field: string | null;
  constructor(file: string, line: number | null, field: string | null, message: string) {
    super(`${file}${line ? `:${line}` : ''}${field ? ` (field "${field}")` : ''}: ${message}`);
    this.name = 'ArticleFileError';
    this.file = file;
    this.line = line;
    this.field = field;
  }
}

export interface ArticleFile {
  data: Record<string, unknown>;
  /** 1-based line of each top-level front-matter key, for error messages. */
  lines: Record<string, number>;
  body: string;
  /** Characters before the body in the file. */
  bodyOffset: number;
  /** 1-based line on which the body starts. */
  bodyLine: number;
}

export function parseArticleFile(text: string, file: string): ArticleFile {
  const src = text.replace(/^\uFEFF/, '');
  const open = /^---\r?\n/.exec(src);
  if (!open) throw new ArticleFileError(file, 1, null, 'no front matter: the file must start with a line "---"');
  const close = /\r?\n---[ \t]*(\r?\n|$)/.exec(src.slice(open[0].length - 1));
  if (!close) throw new ArticleFileError(file, 1, null, 'front matter is not closed by a line "---"');
  const yamlText = src.slice(open[0].length, open[0].length - 1 + close.index);
  let bodyOffset = open[0].length - 1 + close.index + close[0].length;
  while (src[bodyOffset] === '\n' || (src[bodyOffset] === '\r' && src[bodyOffset + 1] === '\n')) {
    bodyOffset += src[bodyOffset] === '\r' ? 2 : 1;
  }
  const lineOf = (offset: number) => src.slice(0, offset).split('\n').length;
  const doc = parseDocument(yamlText, { prettyErrors: false });
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    const line = err.linePos?.[0]?.line;
    throw new ArticleFileError(file, line ? line + 1 : 2, null, `front matter is not valid YAML: ${err.message.split('\n')[0]}`);
  }
  const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    throw new ArticleFileError(file, 2, null, 'front matter must be a mapping of fields');
  }
  const lines: Record<string, number> = {};
  const contents = doc.contents as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null;
  for (const item of contents?.items ?? []) {
    const key = item.key;
    if (key && typeof key.value === 'string' && key.range) lines[key.value] = lineOf(open[0].length + key.range[0]);
  }
  return {
    data: (data ?? {}) as Record<string, unknown>,
    lines,
    body: src.slice(bodyOffset),
    bodyOffset,
    bodyLine: lineOf(bodyOffset),
  };
}
