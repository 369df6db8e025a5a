import { useEffect, useState } from 'react';

/**
 * False until the browser has painted once after mount. Lets secondary parts of a big canvas (the
 * minimap draws one shape per component) arrive a frame after the graph instead of delaying it.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // The first frame callback runs before that frame's paint; the second, after it.
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, []);
  return painted;
}
