/**
 * Decides which recorded requests broke the rule that nothing leaves the device: only
 * the extension's own files, in-memory data/blob URLs of the extension, and servers a
 * test started itself on 127.0.0.1 (named one origin at a time) are allowed.
 */
export function externalRequests(
  urls: readonly string[],
  extensionOrigin: string,
  allowedOrigins: readonly string[],
): string[] {
  return urls.filter((url) => !isAllowed(url, extensionOrigin, allowedOrigins));
}

function isAllowed(url: string, extensionOrigin: string, allowedOrigins: readonly string[]): boolean {
  if (url.startsWith('data:')) return true;
  if (url.startsWith(`${extensionOrigin}/`) || url.startsWith(`blob:${extensionOrigin}/`)) return true;
  // Extension schemes have an opaque URL.origin in Node, hence the prefix test above;
  // http(s) origins are compared exactly so a different port on 127.0.0.1 is caught.
  try {
    return allowedOrigins.includes(new URL(url).origin);
  } catch {
    return false;
  }
}
