import { parseClock } from '../timeline/clock';
import { shelfCard } from './shelf';
import { clause, type Preset } from './types';

const at = (hhmm: string): number => parseClock(hhmm) ?? 0;

export const undeclaredDependency: Preset = {
  ...shelfCard('undeclared-dependency'),
  components: { ingest: ['load_raw'] },
  scenario: {
    brief: "Some of yesterday's raw rows are missing downstream, but every task in last night's 03:00 run succeeded.",
    symptoms: ['rows-missing', 'success-but-empty'],
  },
  evidence: {
    kind: 'timeline',
    title: 'orchestrator → all stages',
    events: [
      { time: '03:00', label: 'scheduled start (UTC)', tone: 'neutral' },
      { time: '03:00', label: 'load_raw started ← too early', tone: 'bad' },
      { time: '03:07', label: 'upstream done (still writing until then)', tone: 'neutral' },
    ],
    conclusion: 'dependency not declared → silent data loss',
  },
  // The seed gives no upstream start and no load_raw finish, so neither is drawn.
  timeline: {
    tasks: [
      { id: 'upstream', name: 'upstream', finish: at('03:07'), upstream: [] },
      { id: 'load_raw', name: 'load_raw', start: at('03:00'), upstream: [{ task: 'upstream', declared: false }] },
    ],
    needs: [],
  },
  clauses: {
    orchestration: [
      clause(
        'or-schedule-vs-upstream',
        'timing',
        'load_raw start',
        'upstream has finished writing by 03:00 UTC',
        'upstream done 03:07 (still writing); load_raw started 03:00',
      ),
      clause(
        'or-undeclared-dependency',
        'dependency',
        'load_raw ← upstream',
        'load_raw waits for upstream to finish',
        'dependency not declared → silent data loss',
      ),
    ],
    // load_raw read what had landed by 03:00; whatever upstream wrote until 03:07 never reached storage.
    'ingest-store': [
      {
        ...clause('is-truncated-batches', 'delivery guarantees', 'load_raw input', 'the complete upstream output is loaded', ''),
        evidence: 'Rows written upstream between 03:00 and 03:07 were not there when load_raw read.',
        verdict: 'suspect',
      },
    ],
  },
};
