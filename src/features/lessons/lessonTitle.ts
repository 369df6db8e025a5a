import type { LessonTarget } from '../../domain/lessons/types';
import { SEAMS } from '../../domain/seams';
import { STAGE_INFO } from '../../domain/stages';

export function lessonTitle(t: LessonTarget): string {
  return t.kind === 'stage' ? STAGE_INFO[t.stage].label : SEAMS[t.seam].name;
}

export function lessonKey(t: LessonTarget): string {
  return t.kind === 'stage' ? `stage:${t.stage}` : `seam:${t.seam}`;
}
