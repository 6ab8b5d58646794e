import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { DynamoDBRecord } from "aws-lambda";

export interface DeadLetter {
  id: string;
  consumer: string;
  failedAt: string;
  attempts: number;
  error: string;
  record: DynamoDBRecord;
}

/**
 * The local stack's dead-letter queue (the cloud's is SQS): stream records
 * whose processing failed after every retry, kept in the table under PK=DLQ
 * until an operator redrives them.
 */
export class DeadLetters {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async put(consumer: string, record: DynamoDBRecord, error: string, attempts: number): Promise<void> {
    const id = `${consumer}.${record.dynamodb?.SequenceNumber ?? record.eventID}`;
    const letter: DeadLetter = { id, consumer, failedAt: new Date().toISOString(), attempts, error, record };
    await this.client.send(
      new PutCommand({ TableName: this.tableName, Item: { PK: "DLQ", SK: id, entity: "dead-letter", letter } }),
    );
    console.error(JSON.stringify({ level: "ERROR", message: "stream record dead-lettered", id, consumer, attempts }));
  }

  async list(): Promise<DeadLetter[]> {
    const letters: DeadLetter[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: "PK = :dlq",
          ExpressionAttributeValues: { ":dlq": "DLQ" },
          ExclusiveStartKey: start,
          ConsistentRead: true,
        }),
      );
      for (const item of page.Items ?? []) letters.push(item.letter as DeadLetter);
      start = page.LastEvaluatedKey;
    } while (start);
    return letters;
  }

  async remove(id: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: { PK: "DLQ", SK: id } }));
  }
}
