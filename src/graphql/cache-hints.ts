/** For fields only a token holder may read: never cached by anyone else. */
export const PRIVATE_HINT = '@cacheControl(maxAge: 0, scope: PRIVATE)';
