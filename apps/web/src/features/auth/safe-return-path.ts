/** Only paths inside this app: never `//host` or `https://…` (no open redirect after sign-in). */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  if (value.startsWith('/inloggen')) return '/';
  return value;
}

export const SIGN_IN_PATH = '/inloggen';
export const RETURN_PARAM = 'terug';

export function signInPathFor(returnTo: string): string {
  return returnTo === '/'
    ? SIGN_IN_PATH
    : `${SIGN_IN_PATH}?${RETURN_PARAM}=${encodeURIComponent(returnTo)}`;
}
