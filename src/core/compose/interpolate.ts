// Compose's interpolation of `${VAR}` in compose files and in the .env it reads.

/**
 * Compose's interpolation: `$$` is a dollar; `$VAR`, `${VAR}`; `${VAR:-d}` (d when unset or
 * empty), `${VAR-d}` (when unset); `${VAR:?e}`, `${VAR?e}` (an error); `${VAR:+r}`, `${VAR+r}`.
 * Unset without a default is the empty string, as Compose makes it (with a warning). Pure.
 */
export function interpolate(
  text: string,
  vars: Record<string, string | undefined>,
): { value: string; error?: string } {
  let error: string | undefined;
  const value = text.replace(
    /\$\$|\$\{([A-Za-z_]\w*)(?:(:?[-?+])((?:[^{}]|\{[^{}]*\})*))?\}|\$([A-Za-z_]\w*)/g,
    (match, braced: string | undefined, op: string | undefined, arg = '', bare?: string) => {
      if (match === '$$') return '$';
      const name = (braced ?? bare) as string;
      const raw = vars[name];
      const empty = raw === undefined || (op?.startsWith(':') === true && raw === '');
      const inner = () => interpolate(arg, vars).value;
      switch (op?.replace(':', '')) {
        case '-':
          return empty ? inner() : (raw as string);
        case '?':
          if (empty) error ??= `${name}: ${arg || 'is not set'}`;
          return raw ?? '';
        case '+':
          return empty ? '' : inner();
        default:
          return raw ?? '';
      }
    },
  );
  return error ? { value, error } : { value };
}

/** The variables a text refers to (`$VAR`, `${VAR...}`, defaults included). Pure. */
export function referencedNames(text: string): string[] {
  const names: string[] = [];
  for (const m of text.replace(/\$\$/g, '').matchAll(/\$\{?([A-Za-z_]\w*)/g))
    names.push(m[1] as string);
  return names;
}

/**
 * The variable a text is wholly written as (`${API_PORT}`, `${API_PORT:-8001}`, `$API_PORT`), so
 * that a fix sets the variable instead of writing a literal over it. Pure.
 */
export function soleVariable(text: string): string | undefined {
  const m =
    /^\$\{([A-Za-z_]\w*)(?::?[-?+](?:[^{}]|\{[^{}]*\})*)?\}$/.exec(text.trim()) ??
    /^\$([A-Za-z_]\w*)$/.exec(text.trim());
  return m?.[1];
}
