import { useEffect, useRef } from 'react';
import type { KnowledgeBase } from '../../domain/diagnosis/knowledgeBase';
import type { Reveal } from '../../domain/diagnosis/reveal';
import type { Preset } from '../../domain/presets';
import { SEAMS } from '../../domain/seams';
import { EvidenceView } from '../seamPanel/EvidenceView';
import { reasonText } from '../../domain/diagnosis/words';
import { WALK_START } from './focusWalkStart';

/** After a worked example's verdict: the seam the source names, right or wrong, and why. */
export function RevealCard({ kb, preset, reveal }: { kb: KnowledgeBase; preset: Preset; reveal: Reveal }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Accepting is what reveals the answer: the learner's focus goes to it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      aria-labelledby="reveal-title"
      data-testid="walkthrough-reveal"
      data-right={reveal.right}
      className={`space-y-2 rounded-lg border-2 p-3 ${reveal.right ? 'border-emerald-500 bg-emerald-50 dark:border-emerald-700 dark:bg-emerald-950/50' : 'border-amber-500 bg-amber-50 dark:border-amber-700 dark:bg-amber-950/50'}`}
    >
      <h3 id="reveal-title" ref={heading} tabIndex={-1} {...{ [WALK_START]: '' }} className="text-base font-semibold">
        {reveal.right ? 'Right: ' : 'Not this time: '}the source says {SEAMS[reveal.expected].name} broke
      </h3>
      <p className="text-sm">
        You chose {SEAMS[reveal.chosen].name}. {preset.summary}
      </p>
      {reveal.pointedThere.length > 0 && (
        <div className="text-sm">
          <h4 className="text-xs font-semibold tracking-wide uppercase">What pointed there</h4>
          <ul className="list-disc pl-4">
            {reveal.pointedThere.slice(0, 4).map((r) => <li key={`${r.kind}:${r.id}`}>{reasonText(kb, r)}</li>)}
          </ul>
        </div>
      )}
      {!reveal.right && reveal.pointedAway.length > 0 && (
        <div className="text-sm">
          <h4 className="text-xs font-semibold tracking-wide uppercase">What pulled away from it</h4>
          <ul className="list-disc pl-4">
            {reveal.pointedAway.slice(0, 3).map((r) => <li key={`${r.kind}:${r.id}`}>{reasonText(kb, r)}</li>)}
          </ul>
        </div>
      )}
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">The worked example</summary>
        <div className="mt-2">
          <EvidenceView evidence={preset.evidence} />
        </div>
      </details>
    </section>
  );
}
