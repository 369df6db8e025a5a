/**
 * npm run eval:triage                  score the walkthrough on every corpus batch
 * npm run eval:triage -- --packet N     print batch N's reader packet (reports, symptoms, questions)
 * npm run eval:triage -- --unblind N F  print reader answers file F with batch N's own report ids
 * npm run eval:triage -- --verbose      also list each incident's ranking and trail
 */
import { readBatches } from '../src/domain/diagnosis/eval/corpus';
import { readFileSync } from 'node:fs';
import { readerPacket, unblind } from '../src/domain/diagnosis/eval/packet';
import { play, playReader, score, totals, type Totals } from '../src/domain/diagnosis/eval/play';
import { scoreSuggestions } from '../src/domain/diagnosis/eval/suggestScore';
import type { Incident, Played, ReaderScript } from '../src/domain/diagnosis/eval/types';
import { KNOWLEDGE_BASE as KB } from '../src/domain/diagnosis/load';
import { answer, emptySession, type Session } from '../src/domain/diagnosis/session';
import { suggestFromText } from '../src/domain/diagnosis/suggest';

const args = process.argv.slice(2);
const batches = readBatches();
const packetAt = Math.max(args.indexOf('--packet'), args.indexOf('--unblind'));
if (packetAt >= 0) {
  const batch = batches.find((b) => b.name === `batch-${args[packetAt + 1]}`);
  if (!batch) {
    console.error(`No batch ${args[packetAt + 1] ?? '(missing number)'}; have ${batches.map((b) => b.name).join(', ')}`);
    process.exit(2);
  }
  const file = args[packetAt + 2];
  if (args[packetAt] === '--unblind' && !file) {
    console.error('--unblind needs the batch number and the reader\'s answers file');
    process.exit(2);
  }
  console.log(args[packetAt] === '--unblind' && file ? unblind(readFileSync(file, 'utf8'), batch.incidents) : readerPacket(KB, batch.incidents));
  // Exiting at once would cut output still queued for a pipe: wait until it is written.
  await new Promise((written) => process.stdout.write('', written));
  process.exit(0);
}
const verbose = args.includes('--verbose');
const pct = (k: number, n: number) => `${k}/${n} (${n ? Math.round((100 * k) / n) : 0} %)`;
const line = (label: string, t: Totals) =>
  `${label.padEnd(22)} first ${pct(t.first, t.n).padEnd(12)} top two ${pct(t.topTwo, t.n).padEnd(12)} median questions ${t.medianQuestions}`;

const allReader: Played[] = [];
const allText: Played[] = [];
for (const batch of batches) {
  const reader: Played[] = [];
  const text: Played[] = [];
  for (const incident of batch.incidents) {
    // From the incident text alone: the suggestions the app makes, confirmed as they are.
    const sug = suggestFromText(KB, incident.report);
    let fromText: Session = { ...emptySession(), notes: incident.report, symptoms: sug.symptoms.map((s) => s.symptomId) };
    for (const a of sug.answers) fromText = answer(fromText, a.questionId, a.answer);
    const textPlayed = play(KB, fromText, {});
    text.push(score(KB, incident, textPlayed, textPlayed.steps.length - sug.answers.length));
    const script = batch.scripts.get(incident.id);
    if (!script) continue;
    const r = playReader(KB, incident, script);
    reader.push(r);
    if (verbose || !r.first) {
      const trail = r.steps.map((x) => `${x.questionId}=${x.answer}`).join(' ');
      console.log(`${r.first ? 'ok  ' : r.topTwo ? 'two ' : 'MISS'} ${batch.name} ${incident.id}: want ${r.expected}, got ${r.ranked.slice(0, 3).join(' > ')} after ${r.questions}q${verbose ? ` [${trail}]` : ''}`);
    }
  }
  if (reader.length) console.log(line(`${batch.name} reader`, totals(reader)));
  console.log(line(`${batch.name} text only`, totals(text)));
  allReader.push(...reader);
  allText.push(...text);
}
console.log(line('ALL reader', totals(allReader)));
console.log(line('ALL text only', totals(allText)));
const pairs = batches.flatMap((b) => b.incidents.flatMap((i): (readonly [Incident, ReaderScript])[] => {
  const sc = b.scripts.get(i.id);
  return sc ? [[i, sc]] : [];
}));
const sug = scoreSuggestions(KB, pairs);
const { agree, extra, missed } = sug.symptoms;
console.log(`Suggestions vs the reader: symptoms ${agree} agree, ${extra} extra, ${missed} missed (precision ${Math.round((100 * agree) / (agree + extra || 1))} %, recall ${Math.round((100 * agree) / (agree + missed || 1))} %); answers ${sug.answers.agree} agree, ${sug.answers.contradict} contradict, ${sug.answers.unstated} the reader left open`);
