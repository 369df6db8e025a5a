/** How a name written in a text is tidied before it becomes a component's. */
import { PROSE_WORDS } from '../../lexicon/words';

const HAN_KANA = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/u;
const HIRAGANA = /[\u3040-\u309f]/u;
const LATIN = /\p{Script=Latin}/u;
/** A full-width colon or stop, as a README sentence ends a label or a clause with (`ads_retention_di：广告主留存。`). */
const ENDS_LABEL = /[：。；！？]/u;
/** A Korean postposition (`prose-words.json`) written onto a Latin name at its end. */
const HANGUL_PARTICLE = new RegExp(`(?<=\\p{Script=Latin})(?:${PROSE_WORDS.koreanParticles.join('|')})$`, 'u');

/** A Korean particle written onto a name is not part of it (`MySQL의`): true of every name, a label's too. */
export function withoutParticle(name: string): string {
  return name.trim().replace(HANGUL_PARTICLE, '');
}

/** Whether Han or kana beside Latin words make a sentence: hiragana, or a Chinese word of the list. */
const isSentence = (text: string): boolean => HIRAGANA.test(text) || PROSE_WORDS.cjkSentence.some((w) => text.includes(w));

/**
 * A product named in a Chinese or Japanese sentence, in README prose. A full-width colon or stop ends
 * the name as an ASCII colon ends a label there. Those languages write no spaces between words, so a
 * product in a sentence shares its run with the words around it (`最后只向 StarRocks`, `MySQL 初始化广告主、计划`):
 * the product is the first run of Latin words. A short noun beside a product is a label and stays
 * whole (`Flink 集群`, a Flink cluster; `AI 工作台`).
 */
export function productInCjkSentence(name: string): string {
  const cut = ENDS_LABEL.exec(name);
  const text = withoutParticle(cut && cut.index > 0 ? name.slice(0, cut.index) : name);
  if (!HAN_KANA.test(text) || !LATIN.test(text) || !isSentence(name)) return text;
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

/**
 * A file of code, with its folder if any (`fetcher.py`, `jobs/clean.scala`, `load.ipynb`). Not a `.sql` file:
 * in a dbt project that is the model, so names the table (`Mart Layer (fct_orders.sql)`).
 */
export const CODE_EXTENSIONS = ['py', 'ipynb', 'scala', 'java', 'kt', 'go', 'rs', 'rb', 'js', 'ts', 'sh', 'r'];
const CODE_FILE = String.raw`[\w./*-]*[\w*-]\.(?:${CODE_EXTENSIONS.join('|')})\b`;
/**
 * What a name says at its end about where its code lives (`Data Cleaning - cleaner.py`, `Loader (load.py,
 * merge.py)`, `Client CFBD cfbd_client.py`) or which release runs (`Apache Airflow 3.2.1`, `PostgreSQL 18.6`):
 * neither is what the component is, and a second box naming the same step or product without them is the same one.
 */
export const ASIDE_TAIL = new RegExp(
  String.raw`(?<=\p{L}[^\s]*)\s+(?:(?:[-–—:]\s+)?\(?(?:${CODE_FILE}(?:\s*,\s*|\s+and\s+|\s+))*${CODE_FILE}\)?|v?\d+\.\d+(?:\.\d+)*)$`,
  'iu',
);

/**
 * What the arrow and diagram readers do to a name they read. Not Mermaid: a label there is written
 * exactly, and a workspace exported as Mermaid must come back with the names its user gave.
 */
export const tidyName = (name: string): string => withoutHalfBrackets(withoutParticle(name)).replace(ASIDE_TAIL, '');
