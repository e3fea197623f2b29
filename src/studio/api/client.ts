import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** An error the API answered with: its code (`BAD_USER_INPUT`, `CONFLICT`, …) and details. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly extensions: Record<string, unknown>,
  ) {
    super(message);
  }

  /** The form field a BAD_USER_INPUT names (`input.summary` → `summary`), if any. */
  get field(): string | undefined {
    const field = this.extensions.field ?? this.extensions.argumentName;
    return typeof field === 'string' ? field.replace(/^input\./, '') : undefined;
  }
}

let csrfToken: string | null = null;

/** The session's CSRF token, sent with every request once signed in (the API checks it). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * Runs one of the Studio's typed operations against `/graphql`, as the signed-in editor (the
 * session cookie goes along by itself; the CSRF header proves the request comes from this app).
 * Throws `ApiError` with the first error's code.
 */
export async function request<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      // Signed in, editors work on the working versions: search and lists include drafts.
      ...(csrfToken && { 'x-csrf-token': csrfToken, 'x-preview': 'true' }),
    },
    body: JSON.stringify({ query: String(document), variables }),
  });
  let body: {
    data?: TResult;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`The server answered ${response.status}`, 'NETWORK', {});
  }
  const [error] = body.errors ?? [];
  if (error) {
    const extensions = error.extensions ?? {};
    throw new ApiError(error.message, String(extensions.code ?? 'ERROR'), extensions);
  }
  return body.data as TResult;
}
