import { GLOSSARY } from '../../domain/lessons/glossary';
import { linkTerms, termIndex, type Segment } from '../../domain/lessons/linkTerms';
import { appStore } from '../../store/appStore';

const INDEX = termIndex(GLOSSARY);

/**
 * Links lesson text to the glossary. One linker per view, made during the view's render, so each
 * term is linked at its first mention in the view and not again.
 */
export function makeLinker(): (text: string) => readonly Segment[] {
  const seen = new Set<string>();
  return (text) => linkTerms(text, INDEX, seen);
}

/** A term mention as a link-styled button that opens the glossary on it. */
export function TermLink({ term, children }: { term: string; children: string }) {
  return (
    <button
      type="button"
      data-term={term}
      aria-label={`${children} (glossary)`}
      className="inline cursor-help rounded-sm text-left text-sky-800 underline decoration-dotted decoration-1 underline-offset-2 hover:decoration-solid focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300"
      onClick={() => appStore.getState().openGlossary(term)}
    >
      {children}
    </button>
  );
}

export function Linked({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.kind === 'term' ? (
          <TermLink key={i} term={s.term}>
            {s.text}
          </TermLink>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
