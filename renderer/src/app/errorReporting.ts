/**
 * What React reports about failures goes to the console only as error names and component
 * stacks: an error's message can quote what a facilitator typed about a member, and consoles
 * end up in bug reports.
 */

function nameOf(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

interface Info {
  readonly componentStack?: string | undefined;
}

function report(kind: string, error: unknown, info: Info): void {
  console.error(`Circlekeeper ${kind}: ${nameOf(error)}`, info.componentStack ?? '');
}

export const rootErrorHandlers = {
  onCaughtError: (error: unknown, info: Info) => report('screen error', error, info),
  onUncaughtError: (error: unknown, info: Info) => report('uncaught error', error, info),
  onRecoverableError: (error: unknown, info: Info) => report('recovered error', error, info),
};
