import { describe, expect, it } from 'vitest';
import { accepted, diagnosis } from './fixtures';
import { toHtml } from './html';
import { writeupModel } from './model';

describe('toHtml', () => {
  it('renders the same write-up as HTML, with the clause table as a real table', () => {
    const ws = accepted('ack-before-commit');
    const html = toHtml(writeupModel(ws, diagnosis));
    expect(html).toMatch(/^<h2>/);
    expect(html.match(/<table>/g)).toHaveLength(1);
    const clause = ws.seams['ingest-store'].clauses[0]!;
    expect(html).toContain(`<td>${clause.subject}</td>`);
  });

  it('escapes anything a user typed that looks like markup', () => {
    const ws = accepted('ack-before-commit');
    const hostile = { ...ws, name: '<img src=x onerror=alert(1)>', notes: '<script>alert(1)</script> & **bold**' };
    const html = toHtml(writeupModel(hostile, diagnosis));
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script> &#x26; ');
  });
});
