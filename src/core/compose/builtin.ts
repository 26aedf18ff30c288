import { dirname, resolve } from 'node:path';
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from 'yaml';
import { composeFiles, dotenvValues, type Env, readFile } from './files.js';
import { interpolate, referencedNames } from './interpolate.js';
import type { ComposeProject, ComposeService, Place, PortEntry } from './model.js';
import { parsePort } from './ports.js';
import { secretValues } from './secrets.js';

interface Layer {
  name: string;
  profiles?: string[];
  entrypoint?: { value: string; at: Place };
  command?: { value: string; at: Place };
  build?: string;
  ports: PortEntry[];
  environment: Map<string, { value: string | null; at: Place }>;
  args: Map<string, { value: string | null; at: Place }>;
  envFiles?: string[];
  at: Place;
}

interface Parsed {
  doc: Document;
  lines: LineCounter;
}

/** Reads one compose project as Compose would. */
export function readComposeProject(root: string, shell: Env): ComposeProject | undefined {
  const found = composeFiles(root, shell);
  if (!found) return undefined;
  const { files, projectDir, envFile, rootEnvFile, rootEnvRead } = found;
  const envRead = readFile(envFile);
  const envText = envRead.text;
  const dotenv = dotenvValues(envText, shell);
  const vars: Env = { ...dotenv, ...shell };
  const profiles = (vars.COMPOSE_PROFILES ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const project: ComposeProject = {
    resolver: 'built-in',
    files,
    projectDir,
    envFile,
    services: [],
    profiles,
    unresolved: [],
    notes: [],
    blocked: [],
    vars,
    varsWith: (set) => ({ ...dotenvValues(envText, shell, set), ...shell }),
    secrets: [],
  };
  const referenced = new Set<string>();
  const envFileValues: [string, string][] = [];
  const parsed = new Map<string, Parsed | { problem: string; at?: Place }>();
  const refuse = (message: string, at?: Place) => {
    project.refused ??= { message, ...(at && { at }) };
  };
  // A FIFO, device or oversized file where Compose reads one: Compose would block on it or
  // read without end, so it is not asked at all.
  const read = (path: string) => {
    const found = readFile(path);
    if (found.refused) {
      project.blocked.push(path);
      refuse(`${path} ${found.problem}`);
    }
    return found;
  };
  if (envRead.refused) read(envFile);
  if (rootEnvRead.refused && rootEnvFile !== envFile) read(rootEnvFile);
  const unresolved = (what: string) => {
    if (!project.unresolved.includes(what)) project.unresolved.push(what);
  };

  const parse = (file: string): Parsed | undefined => {
    let entry = parsed.get(file);
    if (!entry) {
      const found = read(file);
      if (found.text === undefined) {
        entry = { problem: `${file} ${found.problem}` };
      } else {
        for (const name of referencedNames(found.text)) referenced.add(name);
        const lines = new LineCounter();
        const doc = parseDocument(found.text, { lineCounter: lines, merge: true });
        const error = doc.errors[0];
        if (error) {
          entry = {
            problem: error.message.split('\n')[0] ?? 'not YAML',
            at: { file, line: lines.linePos(error.pos[0]).line, raw: '' },
          };
        } else {
          entry = { doc, lines };
          if (doc.has('include')) unresolved(`include: in ${file}`);
          if (/!(reset|override)\b/.test(found.text))
            unresolved(`!reset/!override tags in ${file}`);
        }
      }
      parsed.set(file, entry);
    }
    if ('problem' in entry) {
      refuse(entry.problem, entry.at);
      return undefined;
    }
    return entry;
  };

  /** `<<`: yaml marks a merge key with a symbol of its own when `merge` is on. */
  const isMergeKey = (key: unknown) =>
    isScalar(key) && (typeof key.value === 'symbol' || key.value === '<<');
  /** A node's value, behind aliases and merge keys. */
  const deref = (doc: Document, node: unknown): unknown =>
    isAlias(node) ? node.resolve(doc) : node;
  const field = (doc: Document, map: unknown, key: string): unknown => {
    const m = deref(doc, map);
    if (!isMap(m)) return undefined;
    for (const pair of m.items) {
      if (isScalar(pair.key) && !isMergeKey(pair.key) && String(pair.key.value) === key) {
        return deref(doc, pair.value);
      }
    }
    for (const pair of m.items) {
      if (!isMergeKey(pair.key)) continue;
      const merged = deref(doc, pair.value);
      const sources = isSeq(merged) ? merged.items : [merged];
      for (const source of sources) {
        const value = field(doc, source, key);
        if (value !== undefined) return value;
      }
    }
    return undefined;
  };
  const keysOf = (doc: Document, map: unknown): string[] => {
    const m = deref(doc, map);
    if (!isMap(m)) return [];
    const keys: string[] = [];
    for (const pair of m.items) {
      if (!isMergeKey(pair.key))
        keys.push(isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
      else {
        const merged = deref(doc, pair.value);
        for (const source of isSeq(merged) ? merged.items : [merged])
          keys.push(...keysOf(doc, source));
      }
    }
    return [...new Set(keys)];
  };

  const layerOf = (file: string, name: string, p: Parsed, body: unknown): Layer => {
    const { doc, lines } = p;
    const place = (node: unknown, raw: string): Place => ({
      file,
      line: lines.linePos((node as Node | undefined)?.range?.[0] ?? 0).line,
      raw,
    });
    const scalar = (node: unknown) => {
      const n = deref(doc, node);
      if (!isScalar(n) || n.value === null) return undefined;
      const raw = String(n.value);
      const at = place(n, raw);
      const { value, error } = interpolate(raw, vars);
      if (error) refuse(error, at);
      return { value, at };
    };
    const joined = (node: unknown) => {
      const n = deref(doc, node);
      if (!isSeq(n)) return scalar(n);
      const items = n.items.map(scalar).filter((i) => i !== undefined);
      return (
        items[0] && {
          value: items.map((i) => i.value).join(' '),
          at: { ...items[0].at, raw: items.map((i) => i.at.raw).join(' ') },
        }
      );
    };
    const keyed = (node: unknown, into: Layer['environment']) => {
      const n = deref(doc, node);
      if (isMap(n)) {
        for (const key of keysOf(doc, n)) {
          const valueNode = field(doc, n, key);
          const value = scalar(valueNode);
          into.set(key, value ?? { value: null, at: place(valueNode ?? n, '') });
        }
      } else if (isSeq(n)) {
        for (const item of n.items) {
          const entry = scalar(item);
          if (!entry) continue;
          const eq = entry.value.indexOf('=');
          if (eq > 0)
            into.set(entry.value.slice(0, eq), { value: entry.value.slice(eq + 1), at: entry.at });
          else into.set(entry.value, { value: null, at: entry.at });
        }
      }
    };
    const serviceKey = (() => {
      const services = doc.get('services', true);
      if (isMap(services)) {
        for (const pair of services.items) {
          if (isScalar(pair.key) && pair.key.value === name) return pair.key;
        }
      }
      return undefined;
    })();
    const layer: Layer = {
      name,
      ports: [],
      environment: new Map(),
      args: new Map(),
      at: place(serviceKey, name),
    };
    const profiles = deref(doc, field(doc, body, 'profiles'));
    if (isSeq(profiles)) layer.profiles = profiles.items.map((i) => scalar(i)?.value ?? '');
    const entrypoint = joined(field(doc, body, 'entrypoint'));
    if (entrypoint) layer.entrypoint = entrypoint;
    const command = joined(field(doc, body, 'command'));
    if (command) layer.command = command;
    const build = field(doc, body, 'build');
    const context = isMap(build) ? scalar(field(doc, build, 'context')) : scalar(build);
    if (context) layer.build = resolve(dirname(file), context.value);
    if (isMap(build)) keyed(field(doc, build, 'args'), layer.args);
    keyed(field(doc, body, 'environment'), layer.environment);
    const envFiles = deref(doc, field(doc, body, 'env_file'));
    if (envFiles !== undefined) {
      const items = isSeq(envFiles) ? envFiles.items : [envFiles];
      layer.envFiles = [];
      for (const item of items) {
        const path = isMap(deref(doc, item)) ? scalar(field(doc, item, 'path')) : scalar(item);
        if (isMap(deref(doc, item))) unresolved(`env_file options (path:, required:) in ${file}`);
        if (path) layer.envFiles.push(resolve(dirname(file), path.value));
      }
    }
    // Compose refuses an entry it cannot read; the value may hold a secret, masked when shown.
    const invalid = (at: Place, value?: string) =>
      refuse(`service ${name}: invalid ports entry${value === undefined ? '' : ` "${value}"`}`, at);
    const ports = deref(doc, field(doc, body, 'ports'));
    for (const item of isSeq(ports) ? ports.items : []) {
      const node = deref(doc, item);
      if (isMap(node)) {
        const value: Record<string, unknown> = {};
        for (const key of keysOf(doc, node)) value[key] = scalar(field(doc, node, key))?.value;
        const published = scalar(field(doc, node, 'published'));
        const at = place(node, published?.at.raw ?? '');
        const bindings = parsePort(value);
        if (bindings.length === 0) invalid(at);
        for (const b of bindings)
          layer.ports.push({ ...b, at, ...(published && { publishedAt: published.at }) });
        continue;
      }
      const entry = scalar(node);
      if (!entry) continue;
      // The published part as written: what a fix that keeps the variables changes.
      const publishedAt = publishedPart(entry.at);
      const bindings = parsePort(entry.value);
      if (bindings.length === 0) invalid(entry.at, entry.value);
      for (const b of bindings)
        layer.ports.push({ ...b, at: entry.at, ...(publishedAt && { publishedAt }) });
    }
    return layer;
  };

  const resolving = new Set<string>();
  const serviceIn = (file: string, name: string): Layer | undefined => {
    const p = parse(file);
    if (!p) return undefined;
    const body = field(p.doc, p.doc.get('services', true), name);
    if (!isMap(body)) return undefined;
    const layer = layerOf(file, name, p, body);
    const ext = field(p.doc, body, 'extends');
    if (ext === undefined) return layer;
    const extFile = isMap(ext)
      ? (field(p.doc, ext, 'file') as { value?: unknown } | undefined)?.value
      : undefined;
    const extName = isMap(ext)
      ? (field(p.doc, ext, 'service') as { value?: unknown } | undefined)?.value
      : (ext as { value?: unknown }).value;
    const baseFile = typeof extFile === 'string' ? resolve(dirname(file), extFile) : file;
    const key = `${baseFile}\0${String(extName)}`;
    if (typeof extName !== 'string' || resolving.has(key)) {
      refuse(`${file}: service ${name} extends what cannot be resolved`);
      return layer;
    }
    resolving.add(key);
    const base = serviceIn(baseFile, extName);
    resolving.delete(key);
    if (!base) {
      refuse(`${file}: service ${name} extends ${extName}, which ${baseFile} does not define`);
      return layer;
    }
    return merge(base, layer);
  };

  const merged = new Map<string, Layer>();
  for (const file of files) {
    const p = parse(file);
    if (!p) continue;
    const services = p.doc.get('services', true);
    for (const name of keysOf(p.doc, services)) {
      const layer = serviceIn(file, name);
      if (!layer) continue;
      const before = merged.get(name);
      merged.set(name, before ? merge(before, layer) : layer);
    }
  }
  for (const layer of merged.values()) {
    const environment = new Map<string, string | null>();
    const environmentAt = new Map<string, Place>();
    for (const path of layer.envFiles ?? []) {
      const envFileRead = read(path);
      if (envFileRead.text === undefined) {
        refuse(`${path} ${envFileRead.problem} (env_file of service ${layer.name})`);
        continue;
      }
      // Compose 1.29 interpolates an env_file from the shell and the file itself, not the .env.
      for (const [key, value] of Object.entries(dotenvValues(envFileRead.text, shell))) {
        environment.set(key, value);
        envFileValues.push([key, value]);
        const line = envFileRead.text
          .split('\n')
          .findIndex((l) => new RegExp(`^\\s*(export\\s+)?${key}\\s*[=:]`).test(l));
        environmentAt.set(key, { file: path, line: line + 1, raw: '' });
      }
    }
    for (const [source, passThrough] of [
      [layer.args, false],
      [layer.environment, true],
    ] as const) {
      for (const [key, { value, at }] of source) {
        if (!passThrough && environment.has(key)) continue;
        environment.set(key, value ?? vars[key] ?? null);
        environmentAt.set(key, at);
      }
    }
    const command = [layer.entrypoint, layer.command].filter((c) => c !== undefined);
    const service: ComposeService = {
      name: layer.name,
      profiles: layer.profiles ?? [],
      ports: layer.ports,
      environment,
      environmentAt,
      at: layer.at,
      ...(command.length > 0 && {
        command: command.map((c) => c.value).join(' '),
        commandAt: (command.at(-1) as { at: Place }).at,
      }),
      ...(layer.build !== undefined && { build: layer.build }),
    };
    project.services.push(service);
  }
  project.secrets = secretValues({
    dotenv,
    shell,
    referenced: [...referenced],
    envFileValues,
  });
  return project;
}

/** Later over earlier, as Compose merges an override or an extended service. */
function merge(base: Layer, over: Layer): Layer {
  const same = (a: PortEntry, b: PortEntry) =>
    a.hostIp === b.hostIp &&
    a.published === b.published &&
    a.target === b.target &&
    a.protocol === b.protocol;
  return {
    name: over.name,
    ports: [...base.ports.filter((p) => !over.ports.some((q) => same(p, q))), ...over.ports],
    environment: new Map([...base.environment, ...over.environment]),
    args: new Map([...base.args, ...over.args]),
    at: over.at,
    ...((over.profiles ?? base.profiles) && { profiles: over.profiles ?? base.profiles }),
    ...((over.entrypoint ?? base.entrypoint) && { entrypoint: over.entrypoint ?? base.entrypoint }),
    ...((over.command ?? base.command) && { command: over.command ?? base.command }),
    ...((over.build ?? base.build) !== undefined && { build: over.build ?? base.build }),
    ...((over.envFiles ?? base.envFiles) && { envFiles: over.envFiles ?? base.envFiles }),
  };
}

/** The published part of a short entry as written (`${API_PORT:-8001}` of `${API_PORT:-8001}:8000`). */
export function publishedPart(at: Place): Place | undefined {
  // Split on colons outside `${...}`: a default may hold one.
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of at.raw.replace(/\/\w+$/, '')) {
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if (ch === ':' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  if (parts.length < 2) return undefined;
  return { ...at, raw: parts.at(-2) as string };
}
