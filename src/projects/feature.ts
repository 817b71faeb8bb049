// The projects feature's entry point; its command table and use cases live in commands.ts and the modules it names.
export { projectsFeature } from './commands.ts';
export { pickProject } from './project-click.ts';
