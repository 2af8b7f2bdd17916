import { ErrorState } from './states';

interface Props {
  error: unknown;
  /** Field paths shown next to their inputs; other field errors are listed here. */
  shownFields?: readonly string[];
}

/** Shows an API problem's `detail`, and the field errors no input displays (see ErrorState). */
export function ErrorAlert({ error, shownFields = [] }: Props) {
  return <ErrorState error={error} shownFields={shownFields} />;
}
