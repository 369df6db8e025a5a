import { SEAMS, type SeamId } from '../domain/seams';
import { VERDICT_LABEL, type Verdict } from '../domain/verdict';
import { VerdictIcon } from '../components/ui/VerdictIcon';
import { VERDICT_TONE } from '../components/ui/verdictStyle';
import { appStore } from '../store/appStore';
import { TID } from '../testIds';

/** The seam's name and verdict as one button: click or Enter opens its contract. */
export function SeamChip({ seam, verdict, selected, dimmed }: { seam: SeamId; verdict: Verdict; selected: boolean; dimmed: boolean }) {
  const tone = VERDICT_TONE[verdict];
  const name = SEAMS[seam].name;
  return (
    <button
      type="button"
      data-testid={TID.seam(seam)}
      data-verdict={verdict}
      aria-pressed={selected}
      aria-label={`${name} seam: ${VERDICT_LABEL[verdict]}. Open its contract.`}
      onClick={() => appStore.getState().selectSeam(seam)}
      className={`nodrag nopan pointer-events-auto flex min-w-36 flex-col items-center rounded-lg border-2 px-2.5 py-1 shadow-sm transition focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 ${tone.surface} ${tone.border} ${selected ? 'ring-4 ring-sky-500/40' : ''} ${dimmed ? 'opacity-35' : ''} cursor-pointer hover:brightness-95 dark:hover:brightness-125`}
    >
      <span className="whitespace-nowrap text-[13px] font-semibold text-slate-800 dark:text-slate-100">{name}</span>
      <span className={`flex items-center gap-1 text-xs font-semibold ${tone.text}`}>
        <VerdictIcon verdict={verdict} className="size-3.5" />
        {VERDICT_LABEL[verdict]}
      </span>
    </button>
  );
}
