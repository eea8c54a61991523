import type { CallGate } from './call-gate.js';

/**
 * One gate per tenant, shared by everything in the process that calls that tenant's CRM (the worker,
 * the card API, the CLI), so their calls count against one window.
 */
export class GateRegistry {
  private readonly gates = new Map<string, CallGate>();

  constructor(private readonly make: (tenant: string) => CallGate) {}

  for(tenant: string): CallGate {
    let gate = this.gates.get(tenant);
    if (!gate) {
      gate = this.make(tenant);
      this.gates.set(tenant, gate);
    }
    return gate;
  }
}
