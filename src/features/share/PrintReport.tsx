import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { appStore, useApp } from '../../store/appStore';

/**
 * The write-up laid out for paper, beside the app rather than inside it: print CSS shows only
 * this while it exists, and it goes away once the print dialog closes.
 */
export function PrintReport() {
  const job = useApp((s) => s.printJob);
  useEffect(() => {
    if (!job) return;
    const done = () => appStore.getState().setPrintJob(null);
    window.addEventListener('afterprint', done, { once: true });
    // Print once the report is laid out; the frame after the commit has it.
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', done);
      if (job.image) URL.revokeObjectURL(job.image);
    };
  }, [job]);
  if (!job) return null;
  return createPortal(
    <article className="print-report" data-testid="print-report">
      {job.image && <img src={job.image} alt="The pipeline graph with each seam's verdict" className="print-graph" />}
      {/* Built from an mdast tree with raw HTML disallowed: every user character arrives escaped. */}
      <div className="print-writeup" dangerouslySetInnerHTML={{ __html: job.html }} />
    </article>,
    document.body,
  );
}
