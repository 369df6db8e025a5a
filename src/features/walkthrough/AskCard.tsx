import { openOptions, stepText } from '../../domain/diagnosis/groups';
import type { KnowledgeBase } from '../../domain/diagnosis/knowledgeBase';
import type { Session } from '../../domain/diagnosis/session';
import type { Question } from '../../domain/diagnosis/types';
import { OptionCard } from './OptionCard';
import { QuestionCard } from './QuestionCard';

interface Props {
  kb: KnowledgeBase;
  session: Session;
  question: Question;
  number: number;
  aboutLeft: number;
}

/** The next question: yes / no, or, for a question with options, the options still open. */
export function AskCard({ kb, session, question, number, aboutLeft }: Props) {
  if (question.oneOf === undefined) return <QuestionCard question={question} number={number} aboutLeft={aboutLeft} />;
  const group = question.oneOf;
  return <OptionCard group={group} text={stepText(kb, group)} options={openOptions(kb, session, group)} number={number} aboutLeft={aboutLeft} />;
}
