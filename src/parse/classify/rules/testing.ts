/** Facts for a rule test, gathered the way `analyse` gathers them. */
import { gather, type Facts } from './facts';

export const facts = (name: string, ...hints: string[]): Facts => gather(name, hints);
