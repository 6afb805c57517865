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

function literalText(node: Text): { start: number; end: number } | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  if (s === undefined || e === undefined || e - s !== node.value.length) return null;
  return { start: s, end: e };
}

export default function rehypeDatelineMarks(options: { marks: Mark[] }) {
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
    const transform = (parent: Root | Element) => {
      const out: (ElementContent | Root['children'][number])[] = [];
      for (const child of parent.children) {
        if (child.type === 'element') {
          if (child.tagName !== 'a' && child.tagName !== 'code' && child.tagName !== 'pre') transform(child);
          out.push(child);
          continue;
        }
        if (child.type !== 'text') {
          out.push(child);
          continue;
        }
        const pos = literalText(child);
        if (!pos) {
          out.push(child);
          continue;
        }
        const cuts = new Set([pos.start, pos.end]);
        for (const m of [...statements, ...links]) {
          if (m.end <= pos.start || m.start >= pos.end) continue;
          if (m.start > pos.start) cuts.add(m.start);
          if (m.end < pos.end) cuts.add(m.end);
        }
        const points = [...cuts].sort((a, b) => a - b);
        const pieces: Piece[] = [];
        for (let i = 0; i + 1 < points.length; i++) {
          pieces.push({ start: points[i]!, end: points[i + 1]!, text: child.value.slice(points[i]! - pos.start, points[i + 1]! - pos.start) });
        }
        for (const piece of pieces) {
          let node: ElementContent = { type: 'text', value: piece.text };
          const link = links.find((l) => l.start <= piece.start && piece.end <= l.end);
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
          const st = statements.find((s) => s.start <= piece.start && piece.end <= s.end);
          if (st) {
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
        } else {
          insertBadges(child);
        }
      }
    };
    insertBadges(tree);
  };
}
