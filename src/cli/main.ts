import { buildCommand, packageCommand } from './package.ts';
import { newCommand } from './new-course.ts';
import { previewCommand } from './preview.ts';
import { storyboardCommand } from './storyboard.ts';
import { validate } from './validate.ts';

const USAGE = `usage: courseloom <command> [arguments]

commands:
  new <id> [--title T] [--code C] [--language zh-CN|en] [--dir DIR]
                             a new course folder (default courses/<id>/) with one example of
                             every block type; never overwrites
  preview <course-dir> [--scorm 1.2|2004] [--port N] [--host HOST]
                             the course in the local LMS, updated in place as you save it;
                             problems in the file show over the page until fixed
  validate <course-dir>...   check course files; prints file:LINE:COL for each problem
  storyboard <course-dir> [--out FILE]
                             every page, interaction and right answer on one printable page,
                             with the suspend-data and size figures (default
                             dist/storyboards/<id>.html)
  build <course-dir> [--out DIR]
                             the static player site of one course (default dist/courses/<id>/)
  package <course-dir>... [--scorm 1.2|2004|both] [--out DIR] [--budget KB]
                             LMS-ready zips, validated and measured (default: both, dist/packages/;
                             the first-load budget comes from package.json courseloom.firstLoadBudgetKb)`;

// Output piped into a pager or `head` that closes early is not an error of the command.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const io = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
};

async function run(argv: readonly string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'new':
      return newCommand(args, io);
    case 'preview':
      return previewCommand(args, io);
    case 'validate':
      return validate(args, io);
    case 'storyboard':
      return storyboardCommand(args, io);
    case 'build':
      return buildCommand(args, io);
    case 'package':
      return packageCommand(args, io);
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
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  // A trainer gets a sentence, not a stack trace; COURSELOOM_DEBUG=1 shows the trace.
  io.err(`courseloom: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.COURSELOOM_DEBUG) console.error(error);
  process.exitCode = 1;
}
