/** A question asked as one, whose options are questions sharing its id in `oneOf`. */
export interface QuestionGroup {
  readonly id: string;
  /** One line, answered by picking an option or "not sure". */
  readonly text: string;
}

export const QUESTION_GROUPS: readonly QuestionGroup[] = [
  { id: 'what-misbehaved', text: 'Which part of the pipeline is seen misbehaving?' },
];
