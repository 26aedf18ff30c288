import type { PortRange, PortSource } from '../types.js';
/** The settings a face can pass; each face names them its own way in error messages. */
export type SettingName = 'port' | 'defaultPort' | 'range' | 'host' | 'urlHost' | 'fallback' | 'ttl';
/** What a face hands the core: raw strings as typed, validated here once for every face. */
export interface SettingsInput {
    /** An explicit port from a flag or action input. */
    port?: string | number | undefined;
    /** How the face names an explicit port's origin: `flag` for the CLI, `input` for the action. */
    portFrom?: 'flag' | 'input';
    defaultPort?: string | number | undefined;
    range?: string | undefined;
    host?: string | undefined;
    urlHost?: string | undefined;
    /** `undefined`: ports from a flag, input or the environment are pinned, `backend/.env` is preferred. */
    strict?: boolean | undefined;
    fallback?: string | undefined;
    /** A host the project file names: below the flag and the environment, above the default. */
    projectHost?: {
        value: string;
        origin: string;
    } | undefined;
    /** Where `defaultPort` comes from when not the built-in one (`backend.port in udo-port.json`). */
    defaultPortOrigin?: string | undefined;
    /** How each setting is named in messages (`--port`, `input 'port'`); defaults to the setting's name. */
    labels?: Partial<Record<SettingName, string>>;
}
/** A port someone asked for, and whether taking another one instead is allowed. */
export interface RequestedPort {
    port: number;
    source: Extract<PortSource, 'flag' | 'input' | 'env' | 'dotenv'>;
    /** Where it was written, for messages: `--port`, `API_PORT`, `backend/.env`. */
    origin: string;
    pinned: boolean;
}
export interface Settings {
    requested?: RequestedPort;
    defaultPort: number;
    range: PortRange;
    host: string;
    /** Where the host came from, for messages. */
    hostOrigin: string;
    urlHost: string;
    fallback: 'none' | 'any';
    /** Where the default port comes from, for messages; absent: the built-in default. */
    defaultOrigin?: string;
}
/** Values found in the process environment and in `backend/.env`. */
export interface EnvSources {
    env: Record<string, string | undefined>;
    dotenv: Record<string, string>;
    /** Shown as the origin of `backend/.env` values, e.g. `backend/.env`. */
    dotenvLabel: string;
}
export declare function parsePort(raw: string | number, label: string): number;
export declare function parseRange(raw: string, label: string): PortRange;
/**
 * Settings, highest first: flag or input, process environment, `backend/.env`, default.
 * Pure: every face and the doctor resolve through here, so they always agree.
 */
export declare function resolveSettings(input: SettingsInput, sources: EnvSources): Settings;
/** One port to try, in order, and what may happen when it is taken. */
export interface Candidate {
    port: number;
    source: PortSource;
    /** Taken means failure, not a move to the next port. */
    pinned: boolean;
}
/** The port order (docs/ARCHITECTURE.md, Allocation): the requested port, the default, then the range, each once. */
export declare function candidatePorts(settings: Settings): Generator<Candidate>;
