import { useEffect, useMemo, useState } from 'react';
import { GLOSSARY } from '../../domain/lessons/glossary';
import { linkTerms, termIndex } from '../../domain/lessons/linkTerms';
import { SEAMS } from '../../domain/seams';
import { FIELD } from '../../components/ui/fieldStyle';
import { Modal } from '../../components/ui/Modal';
import { appStore, useApp } from '../../store/appStore';
import { TID } from '../../testIds';
import { Linked } from './Linked';

const INDEX = termIndex(GLOSSARY);
const matches = (query: string) => {
  const q = query.trim().toLowerCase();
  return q ? GLOSSARY.filter((g) => [g.term, ...g.aliases, g.definition].some((s) => s.toLowerCase().includes(q))) : GLOSSARY;
};

/** Every term a lesson links to, searchable; a link opens it on the term. */
export function GlossaryDialog() {
  const focusTerm = useApp((s) => s.glossary?.term ?? null);
  // A search belongs to the term it was typed under: following a link to another term clears it.
  const [search, setSearch] = useState({ query: '', under: focusTerm });
  const query = search.under === focusTerm ? search.query : '';
  const shown = useMemo(() => matches(query), [query]);
  const { closeGlossary, openLesson } = appStore.getState();

  // A link names a term: take the reader to it.
  useEffect(() => {
    if (!focusTerm) return;
    requestAnimationFrame(() => {
      const el = document.getElementById(`term-${focusTerm}`);
      el?.scrollIntoView({ block: 'start' });
      el?.focus({ preventScroll: true });
    });
  }, [focusTerm]);

  return (
    <Modal title="Glossary" testId={TID.glossary} onClose={closeGlossary} wide>
      <label className="block">
        <span className="sr-only">Search the glossary</span>
        <input type="search" data-autofocus={focusTerm ? undefined : true} className={FIELD} placeholder="Search terms, e.g. watermark" value={query} onChange={(e) => setSearch({ query: e.target.value, under: focusTerm })} />
      </label>
      <p role="status" className="text-xs text-slate-500 dark:text-slate-400">{shown.length === GLOSSARY.length ? `${shown.length} terms` : `${shown.length} of ${GLOSSARY.length} terms`}</p>
      <dl className="max-h-[60dvh] space-y-3 overflow-y-auto px-1 py-1">
        {shown.map((g) => (
          <div key={g.id} className={`rounded-lg p-2 ${g.id === focusTerm ? 'bg-sky-50 ring-2 ring-sky-500 dark:bg-sky-950' : ''}`}>
            <dt id={`term-${g.id}`} tabIndex={-1} className="scroll-mt-3 font-semibold outline-none">{g.term}</dt>
            <dd className="text-sm leading-relaxed text-slate-700 dark:text-slate-300">
              {/* A definition links other terms, never itself. */}
              <Linked segments={linkTerms(g.definition, INDEX, new Set([g.id]))} />
              {g.seams.length > 0 && (
                <span className="mt-1 flex flex-wrap items-center gap-1 text-xs">
                  <span className="text-slate-600 dark:text-slate-300">Lesson:</span>
                  {g.seams.map((seam) => (
                    <button
                      key={seam}
                      type="button"
                      className="rounded-full border border-slate-300 px-2 py-px hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:hover:bg-slate-800"
                      onClick={() => {
                        closeGlossary();
                        openLesson({ kind: 'seam', seam });
                      }}
                    >
                      {SEAMS[seam].name}
                    </button>
                  ))}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </Modal>
  );
}
