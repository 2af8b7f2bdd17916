// Reads records from an OpenSDR topic and decodes their values the way any Confluent-protocol
// consumer would: magic byte + schema id, schema fetched from the registry's Confluent API.
// Prints one JSON line per decoded record: {"topic","partition","key","schemaId","value"}.
//
// usage: node decode.mjs --brokers 127.0.0.1:9092 --registry http://127.0.0.1:8081/apis/ccompat/v7 \
//                        --topic sdr.prospect-found.v1 [--count 1] [--timeout-ms 30000]
import { Kafka, logLevel } from 'kafkajs';
import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  if (index >= 0 && index + 1 < process.argv.length) return process.argv[index + 1];
  if (fallback === undefined) {
    console.error(`missing --${name}`);
    process.exit(2);
  }
  return fallback;
}

const brokers = option('brokers').split(',');
const registry = new SchemaRegistry({ host: option('registry') });
const topic = option('topic');
const wanted = Number(option('count', '1'));
const timeoutMs = Number(option('timeout-ms', '30000'));

const kafka = new Kafka({ clientId: 'confluent-client-check', brokers, logLevel: logLevel.ERROR });
const consumer = kafka.consumer({ groupId: `confluent-client-check-${process.pid}-${Date.now()}` });

let decoded = 0;
let finished = false;

// Never awaited from inside eachMessage: disconnect() waits for the running handler to return,
// so awaiting it there deadlocks. The exit is forced if the disconnect itself hangs.
function finish(code) {
  if (finished) return;
  finished = true;
  setTimeout(() => process.exit(code), 5000).unref();
  consumer.disconnect().catch(() => {}).finally(() => process.exit(code));
}

const timer = setTimeout(() => {
  console.error(`decoded ${decoded} of ${wanted} records from ${topic} within ${timeoutMs} ms`);
  finish(1);
}, timeoutMs);

await consumer.connect();
await consumer.subscribe({ topic, fromBeginning: true });
await consumer.run({
  eachMessage: async ({ partition, message }) => {
    if (decoded >= wanted) return;
    const value = message.value;
    if (value.length < 5 || value.readUInt8(0) !== 0) {
      throw new Error(`record at ${partition}/${message.offset} is not in the Confluent wire format`);
    }
    const schemaId = value.readInt32BE(1);
    const decodedValue = await registry.decode(value);
    console.log(JSON.stringify({
      topic, partition, key: message.key?.toString('utf8') ?? null, schemaId, value: decodedValue,
    }, (k, v) => (typeof v === 'bigint' ? v.toString() : v)));
    decoded += 1;
    if (decoded >= wanted) {
      clearTimeout(timer);
      setImmediate(() => finish(0));
    }
  },
});
