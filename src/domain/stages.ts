/** The six pipeline stages, in the order data flows through them. */
export const STAGES = ['generate', 'ingest', 'store', 'process', 'model', 'serve'] as const;
export type Stage = (typeof STAGES)[number];

export interface StageInfo {
  readonly id: Stage;
  readonly label: string;
  /** One line on what the stage does, for people being onboarded. */
  readonly role: string;
}

export const STAGE_INFO: Readonly<Record<Stage, StageInfo>> = {
  generate: { id: 'generate', label: 'Generate', role: 'Apps, devices and services emit events and records.' },
  ingest: { id: 'ingest', label: 'Ingest', role: 'Collectors, queues and connectors move data in.' },
  store: { id: 'store', label: 'Store', role: 'Lakes, warehouses and buckets persist what arrived.' },
  process: { id: 'process', label: 'Process', role: 'Jobs clean, join and reshape stored data.' },
  model: { id: 'model', label: 'Model', role: 'Tables with declared grain and metrics take shape.' },
  serve: { id: 'serve', label: 'Serve', role: 'Dashboards, APIs and ML models consume the result.' },
};

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}
