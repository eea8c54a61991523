import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const ACK =
  '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">' +
  '<soapenv:Body><notificationsResponse xmlns="http://soap.sforce.com/2005/09/outbound"><Ack>true</Ack>' +
  '</notificationsResponse></soapenv:Body></soapenv:Envelope>';

/** A local outbound-message endpoint: answers each POST with the next planned reply, then with an Ack. */
export async function startReceiver() {
  const bodies: string[] = [];
  const plan: ('fail' | 'nack' | 'ack')[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      bodies.push(body);
      const next = plan.shift() ?? 'ack';
      if (next === 'fail') return res.writeHead(500).end('boom');
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(next === 'ack' ? ACK : '<ok/>');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/salesforce`,
    bodies,
    /** the replies to give before acknowledging again */
    plan,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
