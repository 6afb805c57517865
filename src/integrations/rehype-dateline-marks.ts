/**
 * rehype plugin: marks statements, speaker mentions and time expressions in
 * an article's HTML, using the analysis engine's offsets into the Markdown
 * body. Text nodes carry their source positions (from remark), so a mark is
 * placed by splitting the text nodes it covers; marks may cross inline
 * elements (a statement spanning an <em> becomes several pieces sharing one
 * data-statement, the first carrying the anchor id).
 */
import type { Element, ElementContent, Root, Text } from 'hast';

export interface StatementMark {
  kind: 'statement';
  start: number;
  end: number;
  /** Anchor id of the statement in the article page. */
  id: string;
  statementKind: 'direct' | 'partial' | 'indirect';
  speakerName: string | null;
  speakerHref: string | null;
  /** Short text for the badge after the statement, e.g. "said 9 Feb 2025". */
  note?: string;
}

export interface LinkMark {
  kind: 'time' | 'speaker';
  start: number;
  end: number;
  href: string;
  title?: string;
  /** For time marks: the TIMEX3 value, rendered as <time datetime>. */
  datetime?: string;
}

export type Mark = StatementMark | LinkMark;

interface Piece {
  start: number;
  end: number;
  text: string;
}

/**
 * Source offset of every character of a text node (plus one past the end).
 * Usually the text is the source slice itself; where the source has escapes
 * (`\*`) or character references (`&amp;`), the two are aligned greedily.
 */
function sourceOffsets(node: Text, body: string): number[] | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  if (s === undefined || e === undefined) return null;
  const value = node.value;
  if (e - s === value.length) return Array.from({ length: value.length + 1 }, (_, i) => s + i);
  const src = body.slice(s, e);
  const map: number[] = [];
  let i = 0;
  for (let j = 0; j < value.length; j++) {
    const ch = value[j]!;
    for (;;) {
      if (i >= src.length) return null;
      if (src[i] === ch) {
        map.push(s + i++);
        break;
      }
      if (src[i] === '\\' && src[i + 1] === ch) {
        map.push(s + i + 1);
        i += 2;
        break;
      }
      const semi = src[i] === '&' ? src.indexOf(';', i) : -1;
      if (semi > i && semi - i <= 32) {
        // A character reference standing for this character (two for an astral one).
        map.push(s + i);
        if (/[\uD800-\uDBFF]/.test(ch) && j + 1 < value.length) map.push(s + i), j++;
        i = semi + 1;
        break;
      }
      i++; // Markdown syntax with no counterpart in the text.
    }
  }
  if (map.length !== value.length) return null;
  map.push(e);
  return map;
}

export default function rehypeDatelineMarks(options: { marks: Mark[]; body: string }) {
  const marks = options.marks.filter((m) => m.end > m.start);
  const statements = marks.filter((m): m is StatementMark => m.kind === 'statement').sort((a, b) => a.start - b.start);
  // Links may not overlap each other: keep the first of overlapping ones.
  const links: LinkMark[] = [];
  for (const m of marks.filter((m): m is LinkMark => m.kind !== 'statement').sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (!links.some((l) => l.start < m.end && m.start < l.end)) links.push(m);
  }
  const firstPieceDone = new Set<string>();
  const lastPieceOf = new Map<string, Text>();

  return (tree: Root) => {
    // Inside an existing link (a URL in the text), statements are still marked but no link is nested.
    const transform = (parent: Root | Element, insideLink = false) => {
      const out: (ElementContent | Root['children'][number])[] = [];
      for (const child of parent.children) {
        if (child.type === 'element') {
          if (child.tagName !== 'code' && child.tagName !== 'pre') transform(child, insideLink || child.tagName === 'a');
          out.push(child);
          continue;
        }
        if (child.type !== 'text') {
          out.push(child);
          continue;
        }
        const map = sourceOffsets(child, options.body);
        if (!map) {
          out.push(child);
          continue;
        }
        const pos = { start: map[0]!, end: map[map.length - 1]! };
        // Cut points in value indices, where a mark starts or ends.
        const cuts = new Set([0, child.value.length]);
        const indexOf = (offset: number) => {
          let k = 0;
          while (k < child.value.length && map[k]! < offset) k++;
          return k;
        };
        for (const m of [...statements, ...links]) {
          if (m.end <= pos.start || m.start >= pos.end) continue;
          if (m.start > pos.start) cuts.add(indexOf(m.start));
          if (m.end < pos.end) cuts.add(indexOf(m.end));
        }
        const points = [...cuts].sort((a, b) => a - b);
        const pieces: Piece[] = [];
        for (let i = 0; i + 1 < points.length; i++) {
          const a = points[i]!;
          const b = points[i + 1]!;
          // A piece ends just after its last character's source (skipped source, such as a
          // trailing space before a line break, belongs to no piece).
          if (b > a) pieces.push({ start: map[a]!, end: map[b - 1]! + 1, text: child.value.slice(a, b) });
        }
        for (const piece of pieces) {
          let node: ElementContent = { type: 'text', value: piece.text };
          const link = insideLink ? undefined : links.find((l) => l.start <= piece.start && piece.end <= l.end);
          if (link) {
            const inner: ElementContent =
              link.kind === 'time' && link.datetime
                ? { type: 'element', tagName: 'time', properties: { dateTime: link.datetime }, children: [node] }
                : node;
            node = {
              type: 'element',
              tagName: 'a',
              properties: { href: link.href, className: [link.kind === 'time' ? 'time-link' : 'speaker-link'], ...(link.title ? { title: link.title } : {}) },
              children: [inner],
            };
          }
          // Every statement covering the piece, innermost first: a partial quotation inside
          // reported speech, or two overlapping statements, each keep their own span and anchor.
          const covering = statements
            .filter((s) => s.start <= piece.start && piece.end <= s.end)
            .sort((a, b) => a.end - a.start - (b.end - b.start) || a.id.localeCompare(b.id));
          for (const st of covering) {
            const first = !firstPieceDone.has(st.id);
            firstPieceDone.add(st.id);
            const span: Element = {
              type: 'element',
              tagName: 'span',
              properties: {
                className: ['statement', `statement--${st.statementKind}`],
                dataStatement: st.id,
                ...(first ? { id: st.id } : {}),
              },
              children: [node],
            };
            node = span;
            lastPieceOf.set(st.id, span as unknown as Text);
          }
          out.push(node);
        }
      }
      parent.children = out as typeof parent.children;
    };
    transform(tree);
    // Badge after the last piece of each statement: who said it (linked).
    const insertBadges = (parent: Root | Element) => {
      for (let i = 0; i < parent.children.length; i++) {
        const child = parent.children[i]!;
        if (child.type !== 'element') continue;
        insertBadges(child); // nested statements have their own badges inside
        const sid = child.properties?.dataStatement;
        if (typeof sid === 'string' && (lastPieceOf.get(sid) as unknown) === child) {
          const st = statements.find((s) => s.id === sid)!;
          const label = st.speakerName ?? 'unattributed';
          const badge: Element = st.speakerHref
            ? {
                type: 'element',
                tagName: 'a',
                properties: { className: ['statement-badge'], href: st.speakerHref, dataStatementBadge: sid },
                children: [{ type: 'text', value: `${label}${st.note ? `, ${st.note}` : ''}` }],
              }
            : {
                type: 'element',
                tagName: 'span',
                properties: { className: ['statement-badge'], dataStatementBadge: sid },
                children: [{ type: 'text', value: `${label}${st.note ? `, ${st.note}` : ''}` }],
              };
          parent.children.splice(i + 1, 0, badge as never);
          i++;
        }
      }
    };
    insertBadges(tree);
  };
}
