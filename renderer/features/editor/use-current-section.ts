import { useEffect, useState, type RefObject } from 'react';

/** How far down the visible document a heading must be to count as "being read". */
const READING_LINE = 0.35;

/**
 * The section being read, for the outline to highlight: the last one whose heading has passed
 * the reading line, or the last section once the document is scrolled to its end.
 */
export function useCurrentSection(
  scroller: RefObject<HTMLElement | null>,
  sectionCount: number,
): string | null {
  const [current, setCurrent] = useState<string | null>(null);

  useEffect(() => {
    const root = scroller.current;
    if (!root) return;
    const update = () => {
      const sections = [...root.querySelectorAll<HTMLElement>('[data-section-id]')];
      const atEnd = root.scrollTop + root.clientHeight >= root.scrollHeight - 2;
      const box = root.getBoundingClientRect();
      const line = box.top + box.height * READING_LINE;
      const passed = sections.filter((section) => section.getBoundingClientRect().top <= line);
      const found = atEnd && root.scrollTop > 0 ? sections.at(-1) : (passed.at(-1) ?? sections[0]);
      setCurrent(found?.dataset.sectionId ?? null);
    };
    update();
    root.addEventListener('scroll', update, { passive: true });
    return () => root.removeEventListener('scroll', update);
  }, [scroller, sectionCount]);

  return current;
}
