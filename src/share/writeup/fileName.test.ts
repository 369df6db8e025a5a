import { describe, expect, it } from 'vitest';
import { writeupFileName } from './fileName';

describe('writeupFileName', () => {
  it('is the name as lowercase words joined by hyphens, with .md', () => {
    expect(writeupFileName('Ack before commit: a duplicate row')).toBe('ack-before-commit-a-duplicate-row.md');
    expect(writeupFileName('Café Ünïcode — 2026/03')).toBe('cafe-unicode-2026-03.md');
  });

  it('is never a path and never empty', () => {
    expect(writeupFileName('../../etc/passwd')).toBe('etc-passwd.md');
    expect(writeupFileName('C:\\Users\\x')).toBe('c-users-x.md');
    expect(writeupFileName('')).toBe('incident-writeup.md');
    expect(writeupFileName('障害 🔥')).toBe('incident-writeup.md');
  });

  it('stays short, ends on a word, and avoids names Windows reserves', () => {
    const long = writeupFileName('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/);
    expect(writeupFileName('CON')).toBe('con-incident-writeup.md');
    expect(writeupFileName('con job')).toBe('con-job.md');
  });
});
