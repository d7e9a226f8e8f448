#!/usr/bin/env node
// Checks a Dockerfile without a Docker engine (.ci/run installs the parser: npm's dockerfile-utils, whose validator is
// the one behind the Dockerfile language server, and its parser dockerfile-ast; point NODE_PATH at them).
// Fails on any diagnostic of the validator (unknown instruction, bad flag, bad syntax, wrong argument count, ...) and on
// any of the rules this project's image relies on: a multi-stage build whose last stage copies from an earlier one, runs
// as a user other than root, has a HEALTHCHECK and exposes 8080.
'use strict';
const fs = require('fs');
const { validate, ValidationSeverity } = require('dockerfile-utils');
const { DockerfileParser } = require('dockerfile-ast');

const file = process.argv[2] || 'Dockerfile';
const content = fs.readFileSync(file, 'utf8');
const problems = [];
const at = (range) => `${file}:${range.start.line + 1}`;

// 1. The validator, strict: every optional check an error, every diagnostic a failure.
const strict = {
  deprecatedMaintainer: ValidationSeverity.ERROR,
  directiveCasing: ValidationSeverity.ERROR,
  emptyContinuationLine: ValidationSeverity.ERROR,
  instructionCasing: ValidationSeverity.ERROR,
  instructionCmdMultiple: ValidationSeverity.ERROR,
  instructionEntrypointMultiple: ValidationSeverity.ERROR,
  instructionHealthcheckMultiple: ValidationSeverity.ERROR,
  instructionJSONInSingleQuotes: ValidationSeverity.ERROR,
  instructionWorkdirRelative: ValidationSeverity.ERROR,
};
for (const d of validate(content, strict)) {
  problems.push(`${at(d.range)}: ${d.message}`);
}

// 2. The project's rules, on the parsed instructions, stage by stage.
const dockerfile = DockerfileParser.parse(content);
const stages = [];
for (const instruction of dockerfile.getInstructions()) {
  const keyword = instruction.getKeyword().toUpperCase();
  if (keyword === 'FROM') {
    stages.push({ from: instruction, instructions: [] });
  } else if (stages.length > 0) {
    stages[stages.length - 1].instructions.push({ keyword, instruction });
  }
}
if (stages.length < 2) {
  problems.push(`${file}: not a multi-stage build (${stages.length} FROM); build with Maven in one stage, run in another`);
}
if (stages.length > 0) {
  const last = stages[stages.length - 1];
  const lastOf = (kw) => last.instructions.filter((i) => i.keyword === kw).pop();
  const args = (i) => (i.instruction.getArgumentsContent() || '').trim();

  const earlier = stages.slice(0, -1).map((stage, index) => [String(index), stage.from.getBuildStage()]).flat();
  const copiesFrom = last.instructions
    .filter((i) => i.keyword === 'COPY')
    .map((i) => i.instruction.getFlags().find((f) => f.getName() === 'from'))
    .filter((flag) => flag);
  if (stages.length > 1 && !copiesFrom.some((flag) => earlier.includes(flag.getValue()))) {
    problems.push(`${at(last.from.getRange())}: the last stage copies nothing from an earlier stage (COPY --from=...)`);
  }
  const user = lastOf('USER');
  if (!user) {
    problems.push(`${at(last.from.getRange())}: the last stage has no USER: the service would run as root`);
  } else {
    const name = args(user).split(':')[0];
    if (name === 'root' || name === '0' || name === '') {
      problems.push(`${at(user.instruction.getRange())}: the last stage runs as root (USER ${args(user)})`);
    }
  }
  const healthcheck = lastOf('HEALTHCHECK');
  if (!healthcheck) {
    problems.push(`${at(last.from.getRange())}: the last stage has no HEALTHCHECK`);
  } else if (/^NONE$/i.test(args(healthcheck))) {
    problems.push(`${at(healthcheck.instruction.getRange())}: HEALTHCHECK NONE`);
  }
  const expose = last.instructions.filter((i) => i.keyword === 'EXPOSE');
  if (!expose.some((i) => args(i).split(/\s+/).some((p) => p === '8080' || p === '8080/tcp'))) {
    problems.push(`${at(last.from.getRange())}: the last stage does not EXPOSE 8080`);
  }
  if (!lastOf('ENTRYPOINT') && !lastOf('CMD')) {
    problems.push(`${at(last.from.getRange())}: the last stage has neither ENTRYPOINT nor CMD`);
  }
}

if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(`${file}: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`${file} is valid: ${stages.length} stages, ${dockerfile.getInstructions().length} instructions, ` +
  'non-root USER, HEALTHCHECK and EXPOSE 8080 in the last stage');
