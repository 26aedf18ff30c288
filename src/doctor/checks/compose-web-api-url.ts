// The frontend service's NEXT_PUBLIC_API_URL against the backend's published port.
import { soleVariable } from '../../core/compose/interpolate.js';
import {
  backendEntries,
  backendService,
  type ComposeProject,
  type ComposeService,
  frontendService,
} from '../../core/compose/model.js';
import { API_URL_KEY } from '../../core/project/defaults.js';
import { shownUrl, urlPort, withPort } from '../api-url.js';
import { defineCheck, type Outcome } from '../checks.js';
import {
  at,
  type ComposeCheckFacts,
  composeCheckFacts,
  located,
  ofReadable,
} from '../facts/compose.js';

/** Pure: whether the frontend service's URL names a port the backend publishes to its listener. */
function diagnose(
  project: ComposeProject,
  services: ComposeService[],
  { show }: ComposeCheckFacts,
): Outcome {
  const backend = backendService(services);
  const frontend = frontendService(services);
  const url = frontend?.environment.get(API_URL_KEY);
  const ports = backend
    ? backendEntries(backend)
        .filter((p) => p.publishedEnd === undefined)
        .map((p) => p.published as number)
    : [];
  const port = ports[0];
  if (!frontend || typeof url !== 'string' || port === undefined) {
    return {
      status: 'skip',
      message: `no frontend service with ${API_URL_KEY}, or no published backend`,
    };
  }
  const file = project.files[0] as string;
  const place = frontend.environmentAt.get(API_URL_KEY);
  let named: number | undefined;
  try {
    named = urlPort(new URL(url));
  } catch {}
  // The browser calls it, from the host: the published port is what it must name.
  if (named === undefined || !ports.includes(named)) {
    const fixed = withPort(url, port) ?? `http://localhost:${port}`;
    const variable = place && soleVariable(place.raw);
    const where = at(show, place, file);
    return {
      status: 'error',
      message: `${where}: service ${frontend.name} sets ${API_URL_KEY}=${shownUrl(url)}, but ${backend?.name} is published on port ${port}`,
      remedy: [
        variable
          ? `set ${variable}=${shownUrl(fixed)} in ${show(project.envFile)}`
          : place?.raw === ''
            ? `change ${where} to: ${API_URL_KEY}=${shownUrl(fixed)}`
            : `change ${where} to: ${API_URL_KEY}: ${shownUrl(fixed)}`,
      ],
      locations: [located(place, file)],
      data: { service: frontend.name, url: shownUrl(url), published: port },
    };
  }
  return {
    status: 'pass',
    message: `service ${frontend.name} calls ${shownUrl(url)} (${at(show, place, file)})`,
    data: { service: frontend.name, url: shownUrl(url) },
  };
}

export const composeWebApiUrl = defineCheck({
  id: 'compose.web-api-url',
  area: 'compose',
  title: `the frontend service's ${API_URL_KEY} reaches the published backend`,
  gather: composeCheckFacts,
  diagnose: ofReadable(diagnose),
});
