import type { Refusal } from '../types.js';
import type { Candidate, Settings } from './settings.js';
/** One line on why a port was refused. */
export declare function describeRefusal(refusal: Refusal): string;
/**
 * Names the processes behind in-use refusals (one lookup for many ports, one spawn for one),
 * then, for a port a container engine holds or NAT routes, asks the engines which container.
 */
export declare function nameHolders(refusals: Refusal[]): Promise<void>;
export declare function pinnedMessage(candidate: Candidate, settings: Settings, refusal: Refusal): string;
export declare function exhaustedMessage(settings: Settings, refusals: Refusal[]): string;
