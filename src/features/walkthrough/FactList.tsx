/** What the user said for and against the verdict's clause, in their own terms. */
export function FactList({ fits, against }: { fits: readonly string[]; against: readonly string[] }) {
  if (fits.length + against.length === 0) return null;
  return (
    <div className="grid gap-2 text-sm sm:grid-cols-2">
      {fits.length > 0 && (
        <div>
          <h4 className="text-xs font-semibold tracking-wide text-emerald-800 uppercase dark:text-emerald-300">What fits</h4>
          <ul className="mt-0.5 list-disc space-y-0.5 pl-4">
            {fits.map((f) => <li key={f}>{f}</li>)}
          </ul>
        </div>
      )}
      {against.length > 0 && (
        <div>
          <h4 className="text-xs font-semibold tracking-wide text-rose-800 uppercase dark:text-rose-300">What does not fit</h4>
          <ul className="mt-0.5 list-disc space-y-0.5 pl-4">
            {against.map((f) => <li key={f}>{f}</li>)}
          </ul>
        </div>
      )}
    </div>
  );
}
