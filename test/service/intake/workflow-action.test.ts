import { describe, expect, it } from '@jest/globals';
import { durationMs } from '../../../src/sandbox/hubspot/workflows/duration.js';
import {
  BATCH_COMPLETION_PATH,
  batchCompletionBody,
  blockAnswer,
  completedAnswer,
  completionBody,
  completionPath,
  parseWorkflowActionRequest,
  planWorkflowAction,
} from '../../../src/service/intake/index.js';
import type { WorkflowActionRequest } from '../../../src/service/intake/index.js';

/** The request body the sandbox's workflow runner (and HubSpot) sends to an action URL. */
function actionRequest(object: { objectId: number; objectType: string }): Record<string, unknown> {
  return {
    callbackId: 'ap-62515-7-12-0',
    origin: {
      portalId: 62515,
      actionDefinitionId: 12,
      actionDefinitionVersion: 3,
      actionExecutionIndexIdentifier: { enrollmentId: 7, actionExecutionIndex: 0 },
      extensionDefinitionId: 12,
      extensionDefinitionVersionId: 3,
    },
    context: { source: 'WORKFLOWS', workflowId: 1 },
    object: { ...object, properties: { name: 'Muster Maschinenbau GmbH', kam_tier: null } },
    fields: { reason: 'Quartalsreview' },
    inputFields: { reason: 'Quartalsreview' },
  };
}

function parse(body: unknown): WorkflowActionRequest {
  const result = parseWorkflowActionRequest(body);
  if (!result.ok) throw new Error(`expected a request, got: ${result.problem.message}`);
  return result.value;
}

describe('the workflow action request', () => {
  const now = 1_760_000_000_000;

  it('is read as the sandbox and HubSpot send it', () => {
    const req = parse(actionRequest({ objectId: 4711, objectType: 'COMPANY' }));
    expect(req.callbackId).toBe('ap-62515-7-12-0');
    expect(req.origin.actionDefinitionVersion).toBe(3);
    expect(req.object).toEqual({
      objectId: '4711',
      objectType: 'COMPANY',
      properties: { name: 'Muster Maschinenbau GmbH', kam_tier: null },
    });
    expect(req.inputFields).toEqual({ reason: 'Quartalsreview' });
  });

  it('accepts the minimal documented shape', () => {
    const req = parse({
      callbackId: 'ap-102-84-1-1',
      origin: { portalId: 1234, actionDefinitionId: 2 },
      context: { source: 'WORKFLOWS', workflowId: 1 },
      object: { objectId: 4, objectType: 'CONTACT' },
    });
    expect(req.inputFields).toEqual({});
  });

  it('asks to score a company, with the callback waiting for the result', () => {
    const planned = planWorkflowAction(parse(actionRequest({ objectId: 4711, objectType: 'COMPANY' })), now);
    expect(planned).toEqual({
      portalId: '62515',
      request: { subject: 'account:4711', requestedAt: now, callbacks: ['ap-62515-7-12-0'] },
    });
  });

  it('asks to trace contacts, deals and custom object records to their accounts', () => {
    const subject = (objectType: string) =>
      planWorkflowAction(parse(actionRequest({ objectId: 9, objectType })), now).request.subject;
    expect(subject('CONTACT')).toBe('record:0-1:9');
    expect(subject('DEAL')).toBe('record:0-3:9');
    expect(subject('2-7001')).toBe('record:2-7001:9');
  });

  it('is refused with the field at fault', () => {
    const withoutCallback = {
      ...actionRequest({ objectId: 1, objectType: 'COMPANY' }),
      callbackId: undefined,
    };
    const refused = parseWorkflowActionRequest(withoutCallback);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.problem.code).toBe('invalid-action-request');
    expect(refused.problem.message).toMatch(/^callbackId: /);
    const badPortal = parseWorkflowActionRequest({
      ...actionRequest({ objectId: 1, objectType: 'COMPANY' }),
      origin: { portalId: 'x', actionDefinitionId: 12 },
    });
    expect(badPortal.ok || badPortal.problem.message).toMatch(/^origin\.portalId: /);
  });
});

describe('answers to the workflow', () => {
  it('completes with output fields', () => {
    expect(completedAnswer({ kam_score: 71.5, kam_tier: 'A' })).toEqual({
      outputFields: { kam_score: 71.5, kam_tier: 'A' },
    });
  });

  it('blocks for a day by default, with a duration the sandbox (as HubSpot) accepts', () => {
    const answer = blockAnswer();
    expect(answer).toEqual({ outputFields: { hs_execution_state: 'BLOCK', hs_expiration_duration: 'P1D' } });
    expect(durationMs(answer.outputFields.hs_expiration_duration)).toBe(24 * 60 * 60 * 1000);
    for (const d of ['PT30M', 'P1WT1H', 'P2D', 'PT45S'])
      expect(durationMs(blockAnswer(d).outputFields.hs_expiration_duration)).toBeGreaterThan(0);
  });

  it('refuses an expiration that is not an ISO 8601 duration', () => {
    for (const d of ['1 day', 'P', 'PT', 'P1DT', 'p1d', '']) expect(() => blockAnswer(d)).toThrow(RangeError);
  });

  it('builds the completion callback, one or a batch', () => {
    expect(completionPath('ap-62515-7-12-0')).toBe(
      '/automation/v4/actions/callbacks/ap-62515-7-12-0/complete',
    );
    expect(completionPath('a/b')).toBe('/automation/v4/actions/callbacks/a%2Fb/complete');
    expect(completionBody({ kam_score: 64 })).toEqual({
      outputFields: { kam_score: 64, hs_execution_state: 'SUCCESS' },
    });
    expect(
      completionBody({ kam_error: 'not a key account' }, 'FAIL_CONTINUE').outputFields.hs_execution_state,
    ).toBe('FAIL_CONTINUE');
    expect(BATCH_COMPLETION_PATH).toBe('/automation/v4/actions/callbacks/complete');
    expect(batchCompletionBody(['c1', 'c2'], { kam_tier: 'B' })).toEqual({
      inputs: [
        { callbackId: 'c1', outputFields: { kam_tier: 'B', hs_execution_state: 'SUCCESS' } },
        { callbackId: 'c2', outputFields: { kam_tier: 'B', hs_execution_state: 'SUCCESS' } },
      ],
    });
    const ids = Array.from({ length: 101 }, (_, i) => `c${i}`);
    expect(() => batchCompletionBody(ids, {})).toThrow(RangeError);
    expect(batchCompletionBody(ids.slice(0, 100), {}).inputs).toHaveLength(100);
  });
});
