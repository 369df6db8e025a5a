import { useApp } from '../store/appStore';

/** Says what the last hand edit did, for screen readers; the region stays so each new message is read. */
export function GraphNotice() {
  const notice = useApp((s) => s.graphNotice);
  return (
    <div role="status" className="sr-only" data-testid="graph-notice">
      {notice && <p key={notice.at}>{notice.text}</p>}
    </div>
  );
}
