// action.yml's post: the action's one bundle, told it runs the post step.
process.env.UDO_PORT_ACTION_STEP = 'post';
require('./index.js');
