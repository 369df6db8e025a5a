import { groupOfStep, optionsOf, stepText } from '../../domain/diagnosis/groups';
import type { KnowledgeBase } from '../../domain/diagnosis/knowledgeBase';
import type { Step } from '../../domain/diagnosis/session';
import { isAnswer } from '../../domain/diagnosis/session';
import { appStore } from '../../store/appStore';

const SELECT = 'shrink-0 max-w-[45%] rounded-md border border-slate-300 bg-white px-1 py-0.5 text-xs dark:border-slate-600 dark:bg-slate-900';

/** Every answer so far, each changeable in place: the ranking follows. */
export function Trail({ kb, steps }: { kb: KnowledgeBase; steps: readonly Step[] }) {
  if (steps.length === 0) return null;
  const { answerQuestion, answerGroup } = appStore.getState();
  return (
    <section aria-labelledby="trail-title">
      <h3 id="trail-title" className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        Your answers
      </h3>
      <ol className="mt-1 space-y-1 text-sm">
        {steps.map((s, i) => {
          const q = kb.questions.find((x) => x.id === s.questionId);
          const group = groupOfStep(kb, s.questionId);
          // A pick among options (or "not sure" for all) is changed among the options.
          const picked = group !== undefined && (s.questionId === group || s.answer === 'yes');
          const text = picked ? stepText(kb, group) : (q?.text ?? s.questionId);
          return (
            <li key={s.questionId} className="flex items-start gap-2">
              <span className="w-4 shrink-0 text-right text-xs tabular-nums text-slate-500">{i + 1}</span>
              <span className="min-w-0 flex-1 break-words">{text}</span>
              {picked ? (
                <select aria-label={`Answer to: ${text}`} className={SELECT} value={s.questionId === group ? '' : s.questionId} onChange={(e) => answerGroup(group, e.target.value || null)}>
                  {optionsOf(kb, group).map((o) => (
                    <option key={o.id} value={o.id}>{o.option ?? o.text}</option>
                  ))}
                  <option value="">Not sure</option>
                </select>
              ) : (
                <select
                  aria-label={`Answer to: ${text}`}
                  className={SELECT}
                  value={s.answer}
                  onChange={(e) => {
                    if (isAnswer(e.target.value)) answerQuestion(s.questionId, e.target.value);
                  }}
                >
                  <option value="yes">Yes</option>
                  <option value="no">No</option>
                  <option value="unsure">Not sure</option>
                  {(q?.requires || s.answer === 'na') && <option value="na">Does not apply</option>}
                </select>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
