import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A wizard step's title, which takes focus when the step appears: the control that led here
 * has just gone, and keyboard and screen reader users should start from the top of the step.
 */
export function StepHeading(props: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h3 ref={ref} tabIndex={-1} className="import-step__title">
      {props.children}
    </h3>
  );
}
