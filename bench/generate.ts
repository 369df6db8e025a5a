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
  // Spread n as evenly as it goes: the first stages take one more when n is not a multiple of six.
  const sizes = KINDS.map((_, s) => Math.floor(n / KINDS.length) + (s < n % KINDS.length ? 1 : 0));
  const lines = ['flowchart LR'];
  KINDS.forEach(([id, label], s) => {
    for (let i = 0; i < sizes[s]!; i++) lines.push(`  ${id}${i}[${label} ${i}]`);
  });
  // Each component feeds one or two in the next stage: a realistic fan-out without a full mesh.
  for (let s = 0; s < KINDS.length - 1; s++) {
    const [a] = KINDS[s]!;
    const [b] = KINDS[s + 1]!;
    const next = sizes[s + 1]!;
    if (next === 0) break;
    for (let i = 0; i < sizes[s]!; i++) {
      lines.push(`  ${a}${i} --> ${b}${(i * 7) % next}`);
      if (i % 3 === 0) lines.push(`  ${a}${i} --> ${b}${(i * 7 + 1) % next}`);
    }
  }
  return lines.join('\n');
}
