import { useId } from 'react';

interface TextFieldProps {
  readonly label: string;
  /** The store's value: the field is controlled by it, so undo and redo show up here at once. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** A textarea that grows with its text (long descriptions stay readable without a scrollbar). */
  readonly multiline?: boolean;
  /** Id of a `<datalist>` of suggestions. */
  readonly suggestions?: string;
  readonly placeholder?: string;
}

/**
 * A labelled text input that commits every keystroke through a store action. The caller passes a
 * coalesce key, so a typed word is one undo step rather than one per letter.
 */
export function TextField({
  label,
  value,
  onChange,
  multiline = false,
  suggestions,
  placeholder,
}: TextFieldProps) {
  const id = useId();
  return (
    <div className="panel-field">
      <label className="panel-field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea
          id={id}
          className="panel-field__input panel-field__input--multiline"
          dir="auto"
          value={value}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          id={id}
          className="panel-field__input"
          dir="auto"
          value={value}
          list={suggestions}
          placeholder={placeholder}
          autoComplete="off"
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}
