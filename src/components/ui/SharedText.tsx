import { useLayoutEffect, useRef, type ComponentProps, type RefObject, type SyntheticEvent } from 'react';
import { mapCaret } from '../../lib/mapCaret';

type Field = HTMLInputElement | HTMLTextAreaElement;
type Common = { value: string; onValue: (value: string) => void };
type Props = (Common & { multiline?: false } & Omit<ComponentProps<'input'>, 'value' | 'onChange'>) | (Common & { multiline: true } & Omit<ComponentProps<'textarea'>, 'value' | 'onChange'>);

/**
 * A text field whose text another tab, or an undo, can change while it has focus: the caret stays
 * where the user was typing instead of jumping to the end, so their next keystrokes land there.
 */
export function SharedText({ value, onValue, multiline, ...rest }: Props) {
  const ref = useRef<Field>(null);
  // What the user last saw and where the caret was; kept from their own typing and caret moves.
  const seen = useRef({ value, start: value.length, end: value.length });
  const note = (e: SyntheticEvent<Field>) => {
    const el = e.currentTarget;
    seen.current = { value: el.value, start: el.selectionStart ?? 0, end: el.selectionEnd ?? 0 };
  };
  useLayoutEffect(() => {
    const el = ref.current;
    const was = seen.current;
    if (!el || was.value === value) return;
    seen.current = { value, start: mapCaret(was.start, was.value, value), end: mapCaret(was.end, was.value, value) };
    if (el === el.ownerDocument.activeElement) el.setSelectionRange(seen.current.start, seen.current.end);
  }, [value]);
  const change = (e: SyntheticEvent<Field>) => {
    note(e);
    onValue(e.currentTarget.value);
  };
  return multiline ? (
    <textarea ref={ref as RefObject<HTMLTextAreaElement>} {...(rest as ComponentProps<'textarea'>)} value={value} onChange={change} onSelect={note} />
  ) : (
    <input ref={ref as RefObject<HTMLInputElement>} {...(rest as ComponentProps<'input'>)} value={value} onChange={change} onSelect={note} />
  );
}
