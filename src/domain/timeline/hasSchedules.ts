import type { PipelineGraph } from '../pipeline';
import { readCadence } from './cron';

/**
 * Whether any component's schedule can be placed on the clock: then the workspace offers a
 * timeline. Apart from the timeline itself, which loads only when opened.
 */
export function hasSchedules(graph: PipelineGraph | undefined): boolean {
  return graph?.components.some((c) => c.schedule !== undefined && readCadence(c.schedule) !== null) ?? false;
}
