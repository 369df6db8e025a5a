import type { Ref } from 'react';
import type { PresenterStep } from '../../domain/presenter/steps';
import { TID } from '../../testIds';
import { EvidenceView } from '../seamPanel/EvidenceView';

const ACCENT: Readonly<Record<PresenterStep['kind'], string>> = {
  title: 'text-sky-800 dark:text-sky-300',
  flow: 'text-emerald-800 dark:text-emerald-300',
  failure: 'text-rose-800 dark:text-rose-300',
  evidence: 'text-slate-700 dark:text-slate-200',
  clause: 'text-sky-800 dark:text-sky-300',
};

/** One step in type large enough to read on a shared 1280×720 screen. */
export function PresenterSlide({ step, ref }: { step: PresenterStep; ref: Ref<HTMLElement> }) {
  return (
    <section
      ref={ref}
      tabIndex={-1}
      data-testid={TID.presenterStep}
      data-kind={step.kind}
      className="mx-auto flex w-full max-w-5xl flex-1 flex-col justify-center gap-6 py-4 focus:outline-none"
    >
      <h2 className={`text-4xl font-bold leading-tight md:text-5xl ${ACCENT[step.kind]}`}>{step.heading}</h2>
      {step.kind === 'title' && <p className="font-mono text-xl text-slate-600 md:text-2xl dark:text-slate-300">{step.seam}</p>}
      {step.kind === 'evidence' ? (
        // The panel's evidence drawing, scaled up whole so it stays the same picture the learner saw.
        <div className="origin-top-left [zoom:1.6] max-md:[zoom:1.1]">
          <EvidenceView evidence={step.evidence} />
        </div>
      ) : step.kind === 'flow' || step.kind === 'failure' ? (
        <ol className="list-decimal space-y-3 pl-10 text-2xl leading-snug md:text-3xl">
          {step.lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ol>
      ) : (
        step.lines.map((l) => (
          <p key={l} className="text-2xl leading-snug md:text-3xl">
            {l}
          </p>
        ))
      )}
      {step.kind === 'clause' && step.catalog.length > 0 && (
        <p className="text-lg text-slate-600 md:text-xl dark:text-slate-300">In the clause catalog: {step.catalog.join(' · ')}</p>
      )}
    </section>
  );
}
