/**
 * The page's Content-Security-Policy nonce. CodeMirror writes its own styles into a `<style>`
 * element, which the policy refuses without it. Next renders its scripts with the nonce; the
 * browser hides the attribute's value from the DOM but not the `nonce` property.
 */
export function pageNonce(doc: Document): string {
  for (const element of doc.querySelectorAll<HTMLElement>('script[nonce], style[nonce], link[nonce]')) {
    if (element.nonce) return element.nonce;
  }
  return '';
}
