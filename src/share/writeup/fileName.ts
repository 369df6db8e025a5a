import { slugFileName } from '../fileName';

/** The downloaded write-up's name: the workspace's, readable and safe on every operating system. */
export function writeupFileName(name: string): string {
  return slugFileName(name, 'md', 'incident-writeup');
}
