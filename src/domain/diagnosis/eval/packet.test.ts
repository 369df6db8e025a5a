import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_BASE as KB } from '../load';
import { optionsOf } from '../groups';
import { readerPacket, unblind } from './packet';
import type { Incident } from './types';

const incident = (id: string, report: string): Incident => ({
  id, report, source: 'https://example.org/thread', title: 't', seam: 'process-model', dimension: 'grain', cause: 'A join fanned out.',
});
const batch = [incident('warehouse-join-fanout-doubles-revenue', 'Revenue doubled overnight.'), incident('sensor-never-fires', 'The daily run never started.')];

describe('the blind reader packet', () => {
  it('numbers the reports, so no collector id can name the cause', () => {
    const packet = readerPacket(KB, batch);
    expect(packet).toContain('## report-1\n\nRevenue doubled overnight.');
    expect(packet).toContain('## report-2\n\nThe daily run never started.');
    expect(packet).not.toContain('fanout');
    expect(packet).not.toContain('A join fanned out');
  });

  it('asks a question with options as the app does: the group\'s question once, with the options it shows', () => {
    const packet = readerPacket(KB, batch);
    const group = optionsOf(KB, 'what-misbehaved');
    expect(packet.match(/Which part of the pipeline is seen misbehaving\?/g)).toHaveLength(1);
    for (const o of group) {
      expect(packet).toContain(`  - \`${o.id}\`: ${o.option}`);
      // Not also as a yes/no question of its own, which readers left unanswered.
      expect(packet).not.toContain(`- \`${o.id}\` [observation]: ${o.text}`);
    }
  });

  it('puts the write-ups\' own ids back on the reader\'s answers, in report order', () => {
    const answers = '# answers\n- id: report-2\n  symptoms: [run-never-started]\n- id: report-1\n  symptoms: [totals-doubled]\n';
    expect(unblind(answers, batch)).toBe('# answers\n- id: sensor-never-fires\n  symptoms: [run-never-started]\n- id: warehouse-join-fanout-doubles-revenue\n  symptoms: [totals-doubled]\n');
  });

  it('keeps blank lines, quotes and comments as written', () => {
    expect(unblind('- id: "report-1"  # hard\n\n- id: report-2\n', batch)).toBe('- id: warehouse-join-fanout-doubles-revenue  # hard\n\n- id: sensor-never-fires\n');
  });

  it('says which number does not exist, or could not be read, instead of guessing', () => {
    expect(() => unblind('- id: report-3\n', batch)).toThrow('id: report-3: the batch has 2 reports');
    expect(() => unblind('- id: report-1b\n', batch)).toThrow('id: report-1b: not read as a report number');
    // A write-up's own id may hold a number after "report-": only the packet's numbers are left over.
    expect(unblind('- id: report-1\n', [{ ...batch[0]!, id: 'daily-report-0412-layout' }])).toBe('- id: daily-report-0412-layout\n');
  });
});
