import type { Verdict } from '../../domain/verdict';

/** A distinct shape per verdict, so colour is never the only signal. */
export function VerdictIcon({ verdict, className = 'size-4' }: { verdict: Verdict; className?: string }) {
  const common = { className, viewBox: '0 0 16 16', 'aria-hidden': true, fill: 'none', stroke: 'currentColor', strokeWidth: 1.8 } as const;
  switch (verdict) {
    case 'holds':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.5" />
          <path d="M5 8.2l2 2 4-4.2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
    case 'suspect':
      return (
        <svg {...common}>
          <path d="M8 1.8l6.6 11.7H1.4z" strokeLinejoin="round" />
          <path d="M8 6.3v3.4M8 11.6v.1" strokeLinecap="round" />
        </svg>
      );
    case 'broken':
      return (
        <svg {...common}>
          <rect x="1.5" y="1.5" width="13" height="13" rx="3" />
          <path d="M5.5 5.5l5 5M10.5 5.5l-5 5" strokeLinecap="round" />
        </svg>
      );
    default:
      return (
        <svg {...common} strokeDasharray="2.2 2">
          <circle cx="8" cy="8" r="6.5" />
        </svg>
      );
  }
}
