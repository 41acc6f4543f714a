import { useEffect, useRef, useState, type UIEvent } from 'react';
import { visibleRange } from './windowing';

/** Until the viewport has been measured, assume it shows this much. */
const fallbackHeight = 640;

/** Which rows of a long list to render, following the scroll position and the viewport's size. */
export function useWindowedRows(offsets: readonly number[], overscan = 6) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(fallbackHeight);
  useEffect(() => {
    const element = viewport.current;
    if (element === null) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight || fallbackHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const range = visibleRange(offsets, scrollTop, height, overscan);
  return { viewport, range, onScroll: (event: UIEvent<HTMLElement>) => setScrollTop(event.currentTarget.scrollTop) };
}
