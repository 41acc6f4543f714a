interface Props {
  id: string;
  message: string;
}

/** What is wrong with a field, under it; the field names it in `aria-describedby`. */
export function FieldError({ id, message }: Props) {
  return (
    <p className="cases-field-error" id={id}>
      {message}
    </p>
  );
}
