// The frontend service's NEXT_PUBLIC_API_URL against the backend's published port.
import { backendService, type ComposeFile, frontendService } from '../../core/compose.js';
import { API_URL_KEY } from '../../core/project.js';
import { urlPort } from '../api-url.js';
import { defineCheck, type Outcome } from '../checks.js';
import { at, type ComposeCheckFacts, composeCheckFacts, ofReadable } from '../facts/compose.js';

/** Pure: whether the frontend service's URL names the backend's published port. */
function diagnose(file: ComposeFile, { show }: ComposeCheckFacts): Outcome {
  const backend = backendService(file);
  const frontend = frontendService(file);
  const url = frontend?.vars.get(API_URL_KEY);
  const port = backend?.ports.find((p) => p.host !== undefined)?.host?.value;
  if (!frontend || !url || port === undefined) {
    return {
      status: 'skip',
      message: `no frontend service with ${API_URL_KEY}, or no published backend`,
    };
  }
  let parsed: URL | undefined;
  try {
    parsed = new URL(url.value);
  } catch {}
  // The browser calls it, from the host: the published port is what it must name.
  if ((parsed && urlPort(parsed)) !== port) {
    const fixed = parsed
      ? `${parsed.protocol}//${parsed.hostname}:${port}`
      : `http://localhost:${port}`;
    return {
      status: 'error',
      message: `${at(show, file, url.line)}: service ${frontend.name} sets ${API_URL_KEY}=${url.value}, but ${backend?.name} is published on port ${port}`,
      remedy: [`change ${at(show, file, url.line)} to: ${API_URL_KEY}: ${fixed}`],
      locations: [{ file: file.path, line: url.line }],
      data: { service: frontend.name, url: url.value, published: port },
    };
  }
  return {
    status: 'pass',
    message: `service ${frontend.name} calls ${url.value} (${at(show, file, url.line)})`,
    data: { service: frontend.name, url: url.value },
  };
}

export const composeWebApiUrl = defineCheck({
  id: 'compose.web-api-url',
  area: 'compose',
  title: `the frontend service's ${API_URL_KEY} reaches the published backend`,
  gather: composeCheckFacts,
  diagnose: ofReadable(diagnose),
});
