export type { BreakLesson, GlossaryTerm, LessonTarget, SeamLesson, StageLesson } from './types';
export { STAGE_LESSONS } from './stageLessons';
export { SEAM_LESSONS } from './seamLessons';
export { GLOSSARY, glossaryTerm } from './glossary';
export { linkTerms, termIndex, type Segment, type TermIndex } from './linkTerms';
