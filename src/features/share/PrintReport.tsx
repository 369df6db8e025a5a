import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { appStore, useApp } from '../../store/appStore';
import './printReport.css';

/**
 * The write-up laid out for paper, beside the app rather than inside it: print CSS shows only
 * this while it exists, and it goes away once the print dialog closes.
 */
export function PrintReport() {
  const job = useApp((s) => s.printJob);
  const image = useRef<HTMLImageElement>(null);
  useEffect(() => {
    if (!job) return;
    let live = true;
    const done = () => appStore.getState().setPrintJob(null);
    window.addEventListener('afterprint', done, { once: true });
    // Print once the report is laid out and the graph image decoded; a broken image still prints the text.
    const decoded = image.current ? image.current.decode().catch(() => undefined) : Promise.resolve();
    void decoded.then(() => {
      if (live) requestAnimationFrame(() => live && window.print());
    });
    return () => {
      live = false;
      window.removeEventListener('afterprint', done);
    };
  }, [job]);
  if (!job) return null;
  return createPortal(
    <article className="print-report" data-testid="print-report">
      {job.image && <img ref={image} src={job.image} alt="The pipeline graph with each seam's verdict" className="print-graph" />}
      {/* Built from an mdast tree with raw HTML disallowed: every user character arrives escaped. */}
      <div className="print-writeup" dangerouslySetInnerHTML={{ __html: job.html }} />
    </article>,
    document.body,
  );
}
