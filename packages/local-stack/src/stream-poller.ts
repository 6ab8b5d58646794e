import { existsSync, readFileSync, writeFileSync } from "node:fs";
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from "@aws-sdk/client-dynamodb-streams";
import { type FilterPattern, STREAM_DELIVERY } from "@rdc/platform";
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import type { DeadLetters } from "./dead-letters";
import { matchesFilter } from "./filter";

export type StreamHandler = (
  event: DynamoDBStreamEvent,
  context: Context,
) => Promise<DynamoDBBatchResponse | undefined>;

export interface StreamConsumer {
  id: string;
  filter: FilterPattern;
  handler: StreamHandler;
}

export interface PollerOptions {
  endpoint: string;
  streamArn: string;
  consumers: StreamConsumer[];
  deadLetters: DeadLetters;
  /** Where shard checkpoints persist across restarts; null in memory. */
  checkpointFile: string | null;
  batchSize?: number;
  /** Retries of a failing batch before its first failing record is dead-lettered (the cloud's `retryAttempts`). */
  retryAttempts?: number;
  retryDelayMs?: number;
  /**
   * Concurrent batches per shard, as the cloud's `parallelizationFactor`:
   * records with the same partition key always share a lane, so one
   * submission's changes are still handled in order.
   */
  parallelization?: number;
}

interface ShardState {
  id: string;
  parent: string | undefined;
  iterator: string | undefined;
  done: boolean;
}

/** A Lambda context for in-process invocations. */
export function localContext(functionName: string): Context {
  const started = Date.now();
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: "512",
    awsRequestId: crypto.randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: "local",
    getRemainingTimeInMillis: () => Math.max(0, 60_000 - (Date.now() - started)),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** A stream record as Lambda delivers it (creation time in epoch seconds). */
function toLambdaRecord(record: StreamRecord, streamArn: string): DynamoDBRecord {
  const created = record.dynamodb?.ApproximateCreationDateTime;
  return {
    ...record,
    eventSourceARN: streamArn,
    dynamodb: {
      ...record.dynamodb,
      ApproximateCreationDateTime: created ? Math.floor(new Date(created).getTime() / 1000) : undefined,
    },
  } as DynamoDBRecord;
}

/**
 * Reads the local table's stream and invokes each consumer with real
 * DynamoDB stream-event batches, as the cloud's event source mapping does:
 * the consumer's filter, batches in order, partial batch failures retried
 * from the first failed record, then that record dead-lettered and the rest
 * of the batch processed.
 */
export class StreamPoller {
  private readonly client: DynamoDBStreamsClient;
  private readonly shards = new Map<string, ShardState>();
  private checkpoints: Record<string, string> = {};
  private running = false;
  private loop: Promise<void> | undefined;
  private lastDescribe = 0;
  private busy = false;
  private paused = false;

  constructor(private readonly options: PollerOptions) {
    this.client = new DynamoDBStreamsClient({
      endpoint: options.endpoint,
      region: "us-east-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
      maxAttempts: 2,
    });
    if (options.checkpointFile && existsSync(options.checkpointFile)) {
      this.checkpoints = JSON.parse(readFileSync(options.checkpointFile, "utf8")) as Record<string, string>;
    }
  }

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    this.client.destroy();
  }

  /** Stops reading the stream until `resume()` (records wait in the stream, as behind a disabled event source mapping). */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
  }

  /** True while records are being handled or are waiting to be read. */
  get active(): boolean {
    return this.busy;
  }

  private async run(): Promise<void> {
    while (this.running) {
      if (this.paused) {
        await sleep(50);
        continue;
      }
      let read = 0;
      try {
        if (Date.now() - this.lastDescribe > 1_000) await this.refreshShards();
        for (const shard of this.readyShards()) read += await this.readShard(shard);
      } catch (error) {
        // DynamoDB Local may be briefly away (fault tests): wait and carry on from the checkpoints.
        if (this.running)
          console.error(JSON.stringify({ level: "WARN", message: "stream poll failed", error: String(error) }));
        this.shards.clear();
        this.lastDescribe = 0;
        await sleep(500);
      }
      this.busy = read > 0;
      if (!read) await sleep(100);
    }
  }

  private async refreshShards(): Promise<void> {
    this.lastDescribe = Date.now();
    let start: string | undefined;
    do {
      const described = await this.client.send(
        new DescribeStreamCommand({ StreamArn: this.options.streamArn, ExclusiveStartShardId: start }),
      );
      for (const shard of described.StreamDescription?.Shards ?? []) {
        if (!shard.ShardId || this.shards.has(shard.ShardId)) continue;
        this.shards.set(shard.ShardId, {
          id: shard.ShardId,
          parent: shard.ParentShardId,
          iterator: undefined,
          done: false,
        });
      }
      start = described.StreamDescription?.LastEvaluatedShardId;
    } while (start);
  }

  /** Shards whose parent has been read to its end (or is gone), so that order holds across shards. */
  private readyShards(): ShardState[] {
    return [...this.shards.values()].filter((s) => {
      if (s.done) return false;
      const parent = s.parent ? this.shards.get(s.parent) : undefined;
      return !parent || parent.done;
    });
  }

  private async readShard(shard: ShardState): Promise<number> {
    if (!shard.iterator) {
      const after = this.checkpoints[shard.id];
      const { ShardIterator } = await this.client.send(
        new GetShardIteratorCommand({
          StreamArn: this.options.streamArn,
          ShardId: shard.id,
          ...(after
            ? { ShardIteratorType: "AFTER_SEQUENCE_NUMBER", SequenceNumber: after }
            : { ShardIteratorType: "TRIM_HORIZON" }),
        }),
      );
      shard.iterator = ShardIterator;
      if (!shard.iterator) {
        shard.done = true;
        return 0;
      }
    }
    const page = await this.client.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: 100 }));
    const records = (page.Records ?? []).map((r) => toLambdaRecord(r, this.options.streamArn));
    shard.iterator = page.NextShardIterator;
    if (!shard.iterator) shard.done = true;
    if (!records.length) return 0;
    this.busy = true;
    for (const consumer of this.options.consumers) {
      const mine = records.filter((r) => matchesFilter(r, consumer.filter));
      await Promise.all(
        lanes(mine, this.options.parallelization ?? STREAM_DELIVERY.parallelizationFactor).map((lane) =>
          this.deliverInBatches(consumer, lane),
        ),
      );
    }
    const last = records.at(-1)?.dynamodb?.SequenceNumber;
    if (last) this.saveCheckpoint(shard.id, last);
    return records.length;
  }

  private async deliverInBatches(consumer: StreamConsumer, records: DynamoDBRecord[]): Promise<void> {
    const size = this.options.batchSize ?? STREAM_DELIVERY.batchSize;
    for (let i = 0; i < records.length; i += size) await this.deliver(consumer, records.slice(i, i + size));
  }

  private async deliver(consumer: StreamConsumer, batch: DynamoDBRecord[]): Promise<void> {
    const retries = this.options.retryAttempts ?? STREAM_DELIVERY.retryAttempts;
    let pending = batch;
    let attempts = 0;
    while (pending.length) {
      const failed = await invoke(consumer, pending);
      if (failed === null) return;
      pending = pending.slice(failed.index);
      attempts++;
      if (attempts > retries) {
        const [dead, ...rest] = pending;
        if (dead) await this.options.deadLetters.put(consumer.id, dead, failed.error, attempts);
        pending = rest;
        attempts = 0;
      } else {
        await sleep((this.options.retryDelayMs ?? 100) * 2 ** (attempts - 1));
      }
    }
  }

  private saveCheckpoint(shardId: string, sequence: string): void {
    this.checkpoints[shardId] = sequence;
    if (this.options.checkpointFile) writeFileSync(this.options.checkpointFile, JSON.stringify(this.checkpoints));
  }
}

/** Splits records into `count` lanes by partition key, keeping each lane in stream order. */
export function lanes(records: DynamoDBRecord[], count: number): DynamoDBRecord[][] {
  const result: DynamoDBRecord[][] = Array.from({ length: count }, () => []);
  for (const record of records) {
    const key = JSON.stringify(record.dynamodb?.Keys ?? {});
    let hash = 0;
    for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) | 0;
    result[Math.abs(hash) % count]?.push(record);
  }
  return result.filter((lane) => lane.length);
}

/** Invokes a consumer; null when the whole batch succeeded, else the index of the first failed record. */
export async function invoke(
  consumer: StreamConsumer,
  batch: DynamoDBRecord[],
): Promise<{ index: number; error: string } | null> {
  try {
    const response = await consumer.handler({ Records: batch }, localContext(consumer.id));
    const failures = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
    if (!failures.size) return null;
    const index = batch.findIndex((r) => failures.has(r.dynamodb?.SequenceNumber ?? ""));
    return { index: Math.max(0, index), error: "reported as a batch item failure" };
  } catch (error) {
    return { index: 0, error: error instanceof Error ? error.message : String(error) };
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
