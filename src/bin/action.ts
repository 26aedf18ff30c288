// The action's entry (action.yml's main and post), as the typescript-action template's index.ts:
// it calls run() and nothing else, so src/action/ can be imported and run in-process.
import { run } from '../action/index.js';

await run();
