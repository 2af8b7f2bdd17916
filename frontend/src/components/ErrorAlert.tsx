import { ApiError, errorMessage } from '../api/problem';

interface Props {
  error: unknown;
  /** Field paths shown next to their inputs; other field errors are listed here. */
  shownFields?: readonly string[];
}

/** Shows an API problem's `detail`, and the field errors no input displays. */
export function ErrorAlert({ error, shownFields = [] }: Props) {
  if (!error) return null;
  const others =
    error instanceof ApiError
      ? (error.problem.errors ?? []).filter((e) => !shownFields.includes(e.field))
      : [];
  return (
    <div role="alert" className="alert alert-error">
      <p>{errorMessage(error)}</p>
      {others.length > 0 && (
        <ul>
          {others.map((e) => (
            <li key={`${e.field}:${e.message}`}>
              <code>{e.field}</code>: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
