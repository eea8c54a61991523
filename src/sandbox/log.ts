/** Masks credentials that can appear in URLs (OAuth token paths, `hapikey`, `code`, `refresh_token`). */
export function redactUrl(url: string): string {
  return url
    .replace(/(\/(?:access|refresh)-tokens\/)[^/?#]+/g, '$1[redacted]')
    .replace(/([?&](?:hapikey|code|refresh_token|client_secret|access_token)=)[^&#]*/gi, '$1[redacted]');
}
