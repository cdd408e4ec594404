import { useStudioStore } from '../store';

/** A passing confirmation ("Saved “grocery.cxmap”."), read out politely and never in the way. */
export function SaveNotice() {
  const notice = useStudioStore((state) => state.notice);
  if (notice === null) return null;
  return (
    <p role="status" className="error-alert" dir="auto">
      {notice}
    </p>
  );
}
