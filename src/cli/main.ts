import { validate } from './validate.ts';

const USAGE = `usage: courseloom <command> [arguments]

commands:
  validate <course-dir>...   check course files; prints file:LINE:COL for each problem`;

const io = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
};

function run(argv: readonly string[]): number {
  const [command, ...args] = argv;
  switch (command) {
    case 'validate':
      return validate(args, io);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.err(`courseloom: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  // A trainer gets a sentence, not a stack trace; COURSELOOM_DEBUG=1 shows the trace.
  io.err(`courseloom: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.COURSELOOM_DEBUG) console.error(error);
  process.exitCode = 1;
}
