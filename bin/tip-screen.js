#!/usr/bin/env node
import { main } from '../dist/main.js';
import { watchOutputStreams } from '../dist/cli/stream-errors.js';

const argv = process.argv.slice(2);
// A closed pipe or a full disk on standard output is told as a user error, not a stack trace.
watchOutputStreams({ stdout: process.stdout, stderr: process.stderr }, argv, process.env);

main(argv, {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
