/** A synthetic pipeline of `n` components across the six stages, as a Mermaid flowchart. */
const KINDS = [
  ['app', 'Mobile app'],
  ['topic', 'Kafka topic'],
  ['raw', 'S3 raw'],
  ['job', 'Spark job'],
  ['mart', 'dbt mart'],
  ['dash', 'Looker dashboard'],
] as const;

export function generatePipeline(n: number): string {
  const perStage = Math.ceil(n / KINDS.length);
  const lines = ['flowchart LR'];
  let made = 0;
  for (let s = 0; s < KINDS.length && made < n; s++) {
    const [id, label] = KINDS[s]!;
    for (let i = 0; i < perStage && made < n; i++, made++) lines.push(`  ${id}${i}[${label} ${i}]`);
  }
  // Each component feeds one or two in the next stage: a realistic fan-out without a full mesh.
  for (let s = 0; s < KINDS.length - 1; s++) {
    const [a] = KINDS[s]!;
    const [b] = KINDS[s + 1]!;
    for (let i = 0; i < perStage; i++) {
      lines.push(`  ${a}${i} --> ${b}${(i * 7) % perStage}`);
      if (i % 3 === 0) lines.push(`  ${a}${i} --> ${b}${(i * 7 + 1) % perStage}`);
    }
  }
  return lines.join('\n');
}
