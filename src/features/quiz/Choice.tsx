/** One radio option as a large, clickable row; native radios keep arrow keys and screen readers working. */
export function Choice({ name, value, checked, onChange, label, hint }: { name: string; value: string; checked: boolean; onChange: () => void; label: string; hint?: string }) {
  return (
    <label
      className={`flex cursor-pointer items-baseline gap-3 rounded-md border px-3 py-2 has-focus-visible:outline-2 has-focus-visible:outline-sky-600 ${
        checked ? 'border-sky-600 bg-sky-50 dark:bg-sky-950/50' : 'border-slate-200 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900'
      }`}
    >
      <input type="radio" name={name} value={value} checked={checked} onChange={onChange} className="accent-sky-700" />
      <span>
        <span className="font-medium">{label}</span>
        {hint && <span className="block text-sm text-slate-600 dark:text-slate-300">{hint}</span>}
      </span>
    </label>
  );
}
