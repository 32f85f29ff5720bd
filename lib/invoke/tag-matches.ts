/** The instances a tag target matches, as Alibaba resolves ResourceTag.N: every tag must match; an empty value matches any value of the key. */
export function matchesTags(instanceTags: readonly { key: string; value: string }[], wanted: readonly { key: string; value: string }[]): boolean {
  const complete = wanted.filter((tag) => tag.key.trim() !== '');
  if (complete.length === 0) return false;
  return complete.every((tag) => instanceTags.some((own) => own.key === tag.key && (tag.value === '' || own.value === tag.value)));
}

/** `env=prod, role=web`; a key alone for "any value". */
export function describeTagRule(tags: readonly { key: string; value: string }[]): string {
  return tags
    .filter((tag) => tag.key.trim() !== '')
    .map((tag) => (tag.value === '' ? tag.key : `${tag.key}=${tag.value}`))
    .join(', ');
}
