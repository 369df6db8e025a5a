import { SEAM_IDS } from '../../domain/seams';
import { STAGES } from '../../domain/stages';
import { TID } from '../../testIds';

/** One stop of the first-visit tour: what it points at (test ids, drawn as one box) and what it says. */
export interface TourStep {
  readonly id: string;
  readonly targets: readonly string[];
  readonly title: string;
  readonly body: string;
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    id: 'stages',
    targets: STAGES.map(TID.stage),
    title: 'Six stages',
    body: 'Data flows left to right through six stages: Generate, Ingest, Store, Process, Model, Serve. Click a stage’s name to read what it does.',
  },
  {
    id: 'seam',
    targets: [TID.seam(SEAM_IDS[1])],
    title: 'A seam is a two-sided contract',
    body: 'Between two stages is a seam, a handoff. Every promise on it has two sides: what the receiving side assumed it would get, and what it actually got. Where they differ, the seam is broken. Click a seam for its contract; its Lesson button explains how it breaks.',
  },
  {
    id: 'orchestration',
    targets: [TID.stage('orchestration')],
    title: 'The Orchestration band',
    body: 'Under the stages runs orchestration: the scheduler that decides when each task starts, what it waits for and what happens on a retry. Its seam touches every stage.',
  },
  {
    id: 'example',
    targets: [TID.examplesButton],
    title: 'Worked examples',
    body: 'Six classic failures, one per seam, each with its evidence: a duplicate row after an early ack, a $340 full scan, a load that started seven minutes too early. Open one to see a broken seam.',
  },
  {
    id: 'walkthrough',
    targets: [TID.startWalkthrough],
    title: 'Where did it break?',
    body: 'Have an incident? The walkthrough asks what you saw, then a few yes-or-no questions, and ranks the seams most likely to have broken.',
  },
  {
    id: 'import',
    targets: [TID.importButton],
    title: 'Import your own pipeline',
    body: 'Paste or drop a description of your pipeline (a list, a diagram or a config such as dbt, Airflow or Compose) to see its parts placed on the six stages.',
  },
  {
    id: 'help',
    targets: [TID.helpButton],
    title: 'Lessons, glossary, this tour',
    body: 'Help opens a lesson for every stage and seam, a glossary of the terms they use, and this tour again whenever you want it.',
  },
];
