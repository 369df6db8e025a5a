import { seamVerdict } from '../../domain/clause';
import { SEAM_IDS, SEAMS } from '../../domain/seams';
import { VERDICT_LABEL } from '../../domain/verdict';
import type { Workspace } from '../../domain/workspace';
import { VerdictIcon } from '../../components/ui/VerdictIcon';
import { VERDICT_TONE } from '../../components/ui/verdictStyle';

/** Each seam's status in pipeline order, as a glance-sized strip: a shape per verdict, not colour alone. */
export function SeamStrip({ ws }: { ws: Workspace }) {
  const seams = SEAM_IDS.map((id) => ({ id, verdict: seamVerdict(ws.seams[id].clauses) }));
  const said = seams.map((s) => `${SEAMS[s.id].name} ${VERDICT_LABEL[s.verdict].toLowerCase()}`).join(', ');
  return (
    <span role="img" aria-label={`Seams: ${said}`} data-testid="seam-strip" className="inline-flex gap-0.5 align-middle">
      {seams.map((s) => (
        <span
          key={s.id}
          data-seam={s.id}
          data-verdict={s.verdict}
          title={`${SEAMS[s.id].name}: ${VERDICT_LABEL[s.verdict]}`}
          className={`inline-flex size-5 items-center justify-center rounded border ${VERDICT_TONE[s.verdict].surface} ${VERDICT_TONE[s.verdict].border} ${VERDICT_TONE[s.verdict].text}`}
        >
          <VerdictIcon verdict={s.verdict} className="size-3.5" />
        </span>
      ))}
    </span>
  );
}
