import { describe, expect, it } from 'vitest';
import { EdgeSet } from './edgeSet';

describe('EdgeSet: one edge per pair, the strongest kind kept', () => {
  const set = () => new EdgeSet((id) => ['a', 'b'].includes(id));

  it('keeps data drawn moving over run order, and run order over control, whichever comes first', () => {
    const dataLast = set();
    dataLast.add('a', 'b', { control: true });
    dataLast.add('a', 'b', { order: true });
    expect(dataLast.toArray()).toEqual([{ from: 'a', to: 'b', order: true }]);
    dataLast.add('a', 'b', { line: 3 });
    expect(dataLast.toArray()).toEqual([{ from: 'a', to: 'b' }]);

    const dataFirst = set();
    dataFirst.add('a', 'b');
    dataFirst.add('a', 'b', { order: true });
    dataFirst.add('a', 'b', { control: true });
    expect(dataFirst.toArray()).toEqual([{ from: 'a', to: 'b' }]);
  });

  it('does not turn run order into control', () => {
    const s = set();
    s.add('a', 'b', { order: true });
    s.add('a', 'b', { control: true });
    expect(s.toArray()).toEqual([{ from: 'a', to: 'b', order: true }]);
  });
});
