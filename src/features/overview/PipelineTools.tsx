import { useMemo } from 'react';
import { hasSchedules } from '../../domain/timeline/hasSchedules';
import type { PipelineGraph } from '../../domain/pipeline';
import { TimelineCallout } from '../timeline/TimelineCallout';
import { AddComponent } from './AddComponent';
import { ConfirmComponents } from './ConfirmComponents';

/**
 * What the overview offers for an imported pipeline: its timeline when it has schedules, the
 * guesses to confirm and a way to add a component. Loaded with the first imported pipeline, so a
 * first visit does not carry the cron reader and the edit forms.
 */
export function PipelineTools({ pipeline }: { pipeline: PipelineGraph }) {
  const scheduled = useMemo(() => hasSchedules(pipeline), [pipeline]);
  return (
    <>
      {scheduled && <TimelineCallout text="Your pipeline has schedules: see its tasks on a clock and what waits for what." />}
      <ConfirmComponents />
      <AddComponent />
    </>
  );
}
