// The rights feature's entry point; its command table and use cases live in commands.ts and the modules it names.
export { rightsFeature } from './commands.ts';
