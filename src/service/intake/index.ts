/**
 * The service's intake: pure parsers of what CRMs send (HubSpot webhooks, Salesforce outbound
 * messages, HubSpot workflow actions and signed card requests) and the answers they expect. The
 * routes add I/O: tenant lookup, dedupe claims, the queue.
 */
export type { IntakeProblem, Parsed } from './problem.js';
export type { IntakeRequest } from './requests.js';
export { HubSpotEvent, hubSpotId } from './hubspot-event-schema.js';
export type { EventOutcome, IgnoreReason } from './hubspot-event-subjects.js';
export { subjectsOfEvent } from './hubspot-event-subjects.js';
export type { HubSpotBatchProblem, HubSpotEventsPlan, PortalPlan } from './hubspot-events.js';
export { MAX_EVENTS_PER_REQUEST, parseHubSpotEvents, planHubSpotEvents } from './hubspot-events.js';
export type {
  OutboundMessage,
  OutboundNotification,
  OutboundPlan,
  OutboundProblem,
} from './salesforce-outbound.js';
export {
  MAX_NOTIFICATIONS_PER_MESSAGE,
  parseOutboundMessage,
  planOutboundMessage,
  subjectOfNotification,
} from './salesforce-outbound.js';
export { isSalesforceId, sameOrganization, toOrgId18 } from './salesforce-ids.js';
export type { SoapAnswer } from './salesforce-soap-answers.js';
export { SOAP_CONTENT_TYPE, soapAck, soapFault } from './salesforce-soap-answers.js';
export type { CompletionBody, ExecutionState, OutputFields, OutputValue } from './workflow-action.js';
export {
  BATCH_COMPLETION_PATH,
  MAX_COMPLETIONS_PER_BATCH,
  WorkflowActionRequest,
  batchCompletionBody,
  blockAnswer,
  completedAnswer,
  completionBody,
  completionPath,
  parseWorkflowActionRequest,
  planWorkflowAction,
  workflowSubject,
} from './workflow-action.js';
export type {
  CardCaller,
  CardRequestCheck,
  HubSpotRequest,
  RequestHeaders,
  RequestLocation,
  SignatureFailure,
  SignatureVerdict,
  VerifyOptions,
} from './signed-request.js';
export { checkHubSpotRequest, publicUrl, verifyHubSpotRequest } from './signed-request.js';
