/**
 * chrono-node alone: the evaluation baseline of issue 4. Every chrono-node
 * result (casual English, publication date as reference) becomes a time
 * expression whose value is taken from the components chrono is certain of:
 * only the year → `2025`; year + month → `2025-02`; a day (or a weekday) →
 * `2025-02-10`; an hour → a TIME value `2025-02-10T14:00`.
 */
import * as chrono from 'chrono-node';
import type { Paragraph, TimeExpression } from '../types.ts';
import { rangeOf, granularityOf } from './values.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function chronoBaseline(paragraphs: Paragraph[], publicationDate: string): TimeExpression[] {
  const ref = new Date(`${publicationDate}T12:00:00`);
  const out: TimeExpression[] = [];
  for (const p of paragraphs) {
    for (const r of chrono.parse(p.text, ref)) {
      const c = r.start;
      const y = c.get('year') ?? ref.getFullYear();
      const m = c.get('month') ?? 1;
      const d = c.get('day') ?? 1;
      let value: string;
      let type: TimeExpression['type'] = 'DATE';
      const date = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
      if (c.isCertain('hour')) {
        value = `${date}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
        type = 'TIME';
      } else if (c.isCertain('day') || c.isCertain('weekday')) value = date;
      else if (c.isCertain('month')) value = `${pad(y, 4)}-${pad(m)}`;
      else if (c.isCertain('year')) value = pad(y, 4);
      else value = date;
      out.push({
        text: r.text,
        type,
        value,
        granularity: granularityOf(value),
        range: rangeOf(value),
        start: p.start + r.index,
        end: p.start + r.index + r.text.length,
        paragraph: p.index,
      });
    }
  }
  return out;
}
