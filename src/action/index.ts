import { main } from './main.js';
import { post } from './post.js';
import { isPost, markMainStarted } from './state.js';

/**
 * One entry for both steps (action.yml's main and post), as actions/checkout does: the runner
 * gives the post step the main step's state, and main saves `isPost` before anything can fail.
 */
export async function run(): Promise<void> {
  if (isPost()) {
    await post();
  } else {
    markMainStarted();
    await main();
  }
}
