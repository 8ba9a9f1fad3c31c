import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A wizard step's title, which takes focus when the step appears: the control that led here
 * has just gone, and keyboard and screen reader users should start from the top of the step.
 * Focused in the next frame, whose layout it then uses, rather than forcing one in the task
 * that rendered the step (a big step's render and layout together make a long task).
 */
export function StepHeading(props: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => ref.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <h3 ref={ref} tabIndex={-1} className="import-step__title">
      {props.children}
    </h3>
  );
}
