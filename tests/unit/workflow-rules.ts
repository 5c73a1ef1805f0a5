/**
 * The security properties .github/workflows/deploy.yml must keep (issue 14), as one function that
 * returns a German sentence per violation. The workflow test runs it on the real workflow (no
 * violation) and on a copy of the workflow before hardening (every violation found).
 */
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
}
interface Job {
  permissions?: Record<string, string> | string;
  needs?: string | string[];
  container?: string | { image?: string };
  steps?: Step[];
}
interface Workflow {
  permissions?: Record<string, string> | string;
  jobs?: Record<string, Job>;
}

const shaPin = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;
/** Permissions that let a job publish the site or obtain a deployment token. */
const deployScopes = ['pages', 'id-token'];

const runsNpm = (job: Job) => (job.steps ?? []).some((s) => /\bnpm\b|\bnpx\b|\bnode\b/.test(s.run ?? ''));
const runsTests = (job: Job) => (job.steps ?? []).some((s) => /\bnpm (run )?test\b/.test(s.run ?? ''));
const needsOf = (job: Job) => (job.needs === undefined ? [] : [job.needs].flat());
const writes = (permissions: Job['permissions'], scope: string) =>
  permissions === 'write-all' || (typeof permissions === 'object' && permissions[scope] === 'write');

/** Returns what is wrong with a workflow (YAML text); [] when it keeps every rule. */
export function workflowProblems(yamlText: string): string[] {
  const workflow = parse(yamlText) as Workflow;
  const problems: string[] = [];
  const top = workflow.permissions;
  if (typeof top !== 'object' || Object.keys(top).length !== 1 || top.contents !== 'read')
    problems.push('Oberste Ebene: permissions muss genau „contents: read“ sein.');
  const jobs = Object.entries(workflow.jobs ?? {});
  for (const scope of deployScopes) {
    if (writes(top, scope)) problems.push(`Oberste Ebene: „${scope}: write“ gilt für jeden Job.`);
  }
  const deployJobs = jobs.filter(([, job]) => deployScopes.some((scope) => writes(job.permissions, scope)));
  for (const [name, job] of deployJobs) {
    if (runsNpm(job)) problems.push(`Job „${name}“ darf veröffentlichen und führt trotzdem npm oder Node aus.`);
    const testJobs = jobs.filter(([, j]) => runsTests(j)).map(([n]) => n);
    if (!testJobs.some((t) => needsOf(job).includes(t)))
      problems.push(`Job „${name}“ veröffentlicht, ohne den Test-Job (${testJobs.join(', ') || 'keiner'}) abzuwarten.`);
  }
  if (!jobs.some(([, job]) => job.steps?.some((s) => s.uses?.startsWith('actions/deploy-pages@'))))
    problems.push('Kein Job veröffentlicht mit actions/deploy-pages.');
  for (const [name, job] of jobs) {
    for (const step of job.steps ?? []) {
      if (step.uses && !step.uses.startsWith('./') && !shaPin.test(step.uses))
        problems.push(`Job „${name}“: „${step.uses}“ ist nicht auf einen vollständigen Commit-SHA festgelegt.`);
      if (step.uses?.startsWith('actions/deploy-pages@') && !writes(job.permissions, 'pages'))
        problems.push(`Job „${name}“ veröffentlicht, hat aber kein eigenes „pages: write“.`);
    }
    const image = typeof job.container === 'string' ? job.container : job.container?.image;
    if (image !== undefined && !/@sha256:[0-9a-f]{64}$/.test(image))
      problems.push(`Job „${name}“: Container-Image „${image}“ ist nicht per Digest festgelegt.`);
  }
  return problems;
}

/** Returns the version comments of SHA-pinned actions: "actions/checkout@08c6…a8 # v5.0.0" → "v5.0.0". */
export function pinComments(yamlText: string): Map<string, string | null> {
  const comments = new Map<string, string | null>();
  for (const match of yamlText.matchAll(/uses:\s*(\S+@[0-9a-f]{40})[ \t]*(?:#[ \t]*(\S+))?/g))
    comments.set(match[1]!, match[2] ?? null);
  return comments;
}
