import { describe, expect, it } from 'vitest';
import { warningOf } from '../parse/problems';
import { warningNotes } from './workspaceSlice';

describe('warningNotes: what an import leaves in the incident notes', () => {
  const note = warningOf({ kind: 'sequenceMessagesAsFlow' }, { line: 1, column: 1 }, 'sequenceDiagram');
  const problem = warningOf({ kind: 'danglingLink' }, { line: 4, column: 7 }, '-->');

  it('says how the text was read apart from what it could not read, and counts only the latter as warnings', () => {
    expect(warningNotes([note, problem])).toBe(`How the import read it:\n${note.message}\n\nImported with 1 warning(s):\nline 4, column 7: ${problem.message}`);
  });

  it('says a note once, however many blocks of a page it came from', () => {
    expect(warningNotes([note, note])).toBe(`How the import read it:\n${note.message}`);
  });

  it('calls a read with only notes no warning at all', () => {
    expect(warningNotes([note])).toBe(`How the import read it:\n${note.message}`);
    expect(warningNotes([note])).not.toContain('warning');
  });
});
