/** Content type of SOAP 1.1 messages, which is how outbound messages are answered. */
export const SOAP_CONTENT_TYPE = 'text/xml; charset=utf-8';

const ENVELOPE_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>';
const ENVELOPE_CLOSE = '</soapenv:Body></soapenv:Envelope>';

export interface SoapAnswer {
  readonly contentType: typeof SOAP_CONTENT_TYPE;
  readonly body: string;
}

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/**
 * The acknowledgement Salesforce waits for (with HTTP 200): until it gets it, it sends the message
 * again, for up to 24 hours.
 */
export function soapAck(): SoapAnswer {
  return {
    contentType: SOAP_CONTENT_TYPE,
    body: `${ENVELOPE_OPEN}<notificationsResponse xmlns="http://soap.sforce.com/2005/09/outbound"><Ack>true</Ack></notificationsResponse>${ENVELOPE_CLOSE}`,
  };
}

/**
 * A SOAP 1.1 fault: `Client` when the message itself is at fault (it will not improve by sending it
 * again), `Server` for a failure on this side. Faults travel with HTTP 500; the route sets it.
 */
export function soapFault(code: 'Client' | 'Server', message: string): SoapAnswer {
  return {
    contentType: SOAP_CONTENT_TYPE,
    body: `${ENVELOPE_OPEN}<soapenv:Fault><faultcode>soapenv:${code}</faultcode><faultstring>${escapeXml(message)}</faultstring></soapenv:Fault>${ENVELOPE_CLOSE}`,
  };
}
