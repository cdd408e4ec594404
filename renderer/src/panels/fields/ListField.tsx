import { useId, useState } from 'react';

interface ListFieldProps {
  readonly label: string;
  /** The stored entries; shown one per line. */
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
}

const toLines = (values: readonly string[]): string => values.join('\n');

/**
 * A list edited as one textarea, one entry per line. The store drops blank entries, so while the
 * user types the field keeps its own text (a fresh empty line must survive until it gets words);
 * when it is not being edited it shows the store's entries, so undo and redo show up here.
 */
export function ListField({ label, values, onChange }: ListFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="panel-field">
      <label className="panel-field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="panel-field__input panel-field__input--multiline"
        dir="auto"
        value={draft ?? toLines(values)}
        onFocus={() => setDraft(toLines(values))}
        onBlur={() => setDraft(null)}
        onChange={(event) => {
          setDraft(event.target.value);
          onChange(event.target.value.split('\n'));
        }}
      />
    </div>
  );
}
