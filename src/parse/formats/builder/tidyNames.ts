/** How a name written in a text is tidied before it becomes a component's. */

/**
 * Names in Chinese, Japanese or Korean text. A full-width colon or stop ends a name as an ASCII one
 * does (`ads_retention_di：广告主留存。`), and a Korean particle written onto a name is not part of it
 * (`MySQL의`): true of every name, a label's too.
 */
const HAN_KANA = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/u;
const ENDS_NAME = /[：。；！？]/u;
/** A Korean postposition written onto the word before it: of, at, from, to, object, subject, topic, and. */
const HANGUL_PARTICLE = /(?<=[\p{Script=Latin}\p{N})])(?:의|에서|에|으로|로|를|을|가|이|는|은|와|과|도)(?=\s|$)/gu;
const LATIN = /\p{Script=Latin}/u;

export function nameInCjkText(name: string): string {
  const cut = ENDS_NAME.exec(name);
  return (cut && cut.index > 0 ? name.slice(0, cut.index) : name).trim().replace(HANGUL_PARTICLE, '');
}

/**
 * A product named in a Chinese or Japanese sentence. Those languages write no spaces between words, so
 * the product shares its run with the words around it (`最后只向 StarRocks`, `MySQL 初始化广告主`): the
 * product is the first run of Latin words, the rest is the sentence. Only for prose: a label such as
 * `Flink 集群` (a Flink cluster) is a name as written.
 */
export function productInCjkSentence(name: string): string {
  const text = nameInCjkText(name);
  if (!HAN_KANA.test(text) || !LATIN.test(text)) return text;
  // The first run of words with no Chinese or Japanese in them, from the first that has a Latin letter.
  const words = text.split(/\s+/);
  const start = words.findIndex((w) => LATIN.test(w) && !HAN_KANA.test(w));
  if (start < 0) return text;
  let end = start;
  while (end + 1 < words.length && !HAN_KANA.test(words[end + 1] ?? '')) end++;
  return words.slice(start, end + 1).join(' ');
}

/**
 * A name cut where a diagram wrapped its line keeps half a bracket (`Load (SQLAlchemy`, `PostgreSQL)`):
 * the unclosed aside is dropped, and so is a closing bracket nothing opened.
 */
export function withoutHalfBrackets(name: string): string {
  const open = name.lastIndexOf('(');
  if (open > 0 && name.indexOf(')', open) < 0) return name.slice(0, open).trim();
  if (name.endsWith(')') && !name.includes('(') && name.length > 1) return name.slice(0, -1).trim();
  return name;
}

