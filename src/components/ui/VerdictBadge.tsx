import { VERDICT_LABEL, type Verdict } from '../../domain/verdict';
import { VerdictIcon } from './VerdictIcon';
import { VERDICT_TONE } from './verdictStyle';

export function VerdictBadge({ verdict, size = 'md' }: { verdict: Verdict; size?: 'sm' | 'md' }) {
  const tone = VERDICT_TONE[verdict];
  const pad = size === 'sm' ? 'px-1.5 py-0.5 text-xs' : 'px-2 py-0.5 text-sm';
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border font-medium ${pad} ${tone.text} ${tone.surface} ${tone.border}`}
      data-verdict={verdict}
    >
      <VerdictIcon verdict={verdict} className={size === 'sm' ? 'size-3.5' : 'size-4'} />
      {VERDICT_LABEL[verdict]}
    </span>
  );
}
