import { shelfCard } from './shelf';
import { clause, type Preset } from './types';

export const unwrittenFreshnessSla: Preset = {
  ...shelfCard('unwritten-freshness-sla'),
  components: { model: ['Model (refreshes every 4 h)'], serve: ['Dashboard (batch)', 'Fraud model (real-time)'] },
  scenario: {
    brief: 'The real-time fraud model keeps missing fraud that happened hours ago. The batch dashboard built on the same model looks fine.',
    symptoms: ['data-stale'],
  },
  evidence: {
    kind: 'facts',
    title: 'model → consumer contract',
    rows: [
      { key: 'model refreshes', value: 'every 4 hours', tone: 'neutral' },
      { key: 'dashboard (batch)', value: 'ok — 4h stale', tone: 'ok' },
      { key: 'fraud model (rt)', value: 'miss — 4h late', tone: 'bad' },
    ],
    conclusion: 'freshness SLA was never written down',
  },
  clauses: {
    'model-serve': [
      {
        ...clause('ms-freshness-sla', 'freshness SLA', 'dashboard (batch)', 'data up to 4 hours old is fine', 'ok — 4h stale'),
        verdict: 'holds',
      },
      clause('ms-freshness-sla', 'freshness SLA', 'fraud model (rt)', 'data is minutes old', 'miss — 4h late'),
      clause('ms-freshness-sla', 'freshness SLA', 'freshness SLA', 'a written freshness SLA', 'freshness SLA was never written down'),
    ],
  },
};
