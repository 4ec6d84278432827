/** Whether a request target has percent-encoding that cannot be decoded (`/api/assets/%zz`). */
export function hasMalformedEncoding(target: string): boolean {
  const path = target.split("?")[0] ?? "";
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}
