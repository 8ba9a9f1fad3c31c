import { describe, expect, it } from 'vitest';
import { resources } from '../../../renderer/src/i18n/resources';
import { uiLanguages, type UiLanguage } from '../../../shared/domain/language';

type Texts = { [key: string]: string | Texts };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** "a.b.c_one" → text, for every text in one namespace. */
function flatten(texts: Texts, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(texts)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [inner, text] of flatten(value, path)) flat.set(inner, text);
  }
  return flat;
}

/** Each text's key without its plural ending, with the plural forms it has. */
function byBaseKey(
  flat: Map<string, string>,
): Map<string, { forms: Set<string>; texts: string[] }> {
  const grouped = new Map<string, { forms: Set<string>; texts: string[] }>();
  for (const [key, text] of flat) {
    const form = PLURAL_SUFFIX.exec(key)?.[1];
    const base = form ? key.slice(0, -form.length - 1) : key;
    const group = grouped.get(base) ?? { forms: new Set<string>(), texts: [] };
    if (form) group.forms.add(form);
    group.texts.push(text);
    grouped.set(base, group);
  }
  return grouped;
}

function placeholders(texts: string[]): string[] {
  const names = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(/\{\{\s*([\w.]+)/g)) names.add(match[1] ?? '');
  }
  // `count` picks the plural form, so a language may leave it out of a text ("one row").
  names.delete('count');
  return [...names].sort();
}

const namespaces = Object.keys(resources.en) as Array<keyof (typeof resources)['en']>;
const others = uiLanguages.filter((language) => language !== 'en');

describe.each(namespaces)('the %s texts', (namespace) => {
  const english = byBaseKey(flatten(resources.en[namespace] as Texts));

  it.each(others)('exist in %s for every English text, and no others', (language) => {
    const translated = byBaseKey(flatten(resources[language][namespace] as Texts));
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(uiLanguages)('in %s have every plural form the language needs', (language) => {
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const [key, group] of byBaseKey(flatten(resources[language][namespace] as Texts))) {
      if (group.forms.size === 0) continue;
      const missing = needed.filter((form) => !group.forms.has(form));
      expect(missing, `${language} ${namespace}:${key}`).toEqual([]);
    }
  });

  it.each(others)('in %s use the same {{placeholders}} as in English', (language: UiLanguage) => {
    const translated = byBaseKey(flatten(resources[language][namespace] as Texts));
    for (const [key, group] of english) {
      const theirs = translated.get(key);
      if (!theirs) continue;
      expect(placeholders(theirs.texts), `${language} ${namespace}:${key}`).toEqual(
        placeholders(group.texts),
      );
    }
  });

  it.each(uiLanguages)('in %s are never empty', (language) => {
    for (const [key, text] of flatten(resources[language][namespace] as Texts)) {
      expect(text.trim(), `${language} ${namespace}:${key}`).not.toBe('');
    }
  });
});
