// The action's entry (action.yml's main and post), as the typescript-action template's index.ts:
// it calls run() and nothing else, so src/action/ can be imported and run in-process. No
// top-level await: the bundle is CommonJS, which V8's code cache can hold on Node 20; a rejection
// still ends the step as one would.
import { run } from '../action/index.js';

void run();
