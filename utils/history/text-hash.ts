/** SHA-256 of a normalized policy text, hex: the stored fingerprint of a version (the text itself is not kept). */
export async function textHash(normalizedText: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalizedText));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
