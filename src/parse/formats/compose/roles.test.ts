import { describe, expect, it } from 'vitest';
import { flowBetween, roleOf } from './roles';

describe('compose service roles', () => {
  it('read an image with or without registry host, tag and digest', () => {
    expect(roleOf('quay.io/debezium/connect:2.7', 'cdc')).toBe('cdc');
    expect(roleOf('debezium/postgres:16', 'db')).toBe('source');
    expect(roleOf('docker.io/bitnami/kafka:3.7@sha256:abc', 'x')).toBe('broker');
    expect(roleOf('postgres:16', 'warehouse')).toBe('database');
    expect(roleOf('influxdb:2.7', 'influx')).toBe('olap');
    expect(roleOf('ghcr.io/acme/orders-api:1.4', 'api')).toBeUndefined();
  });

  it('fall back to the service name when the image says nothing', () => {
    expect(roleOf(undefined, 'kafka')).toBe('broker');
    // The project's own image (`cluster-apache-spark`) names no role; `spark-master` does.
    expect(roleOf('cluster-apache-spark:3.5.1', 'spark-master')).toBe('processing');
    expect(roleOf('acme/app', 'orders')).toBeUndefined();
    // An image set from the environment names nothing; the service's name does.
    expect(roleOf('${GRAFANA_IMAGE}', 'grafana')).toBe('bi');
  });

  it('read a service the file builds by what its name runs first, but not an image of others that way', () => {
    expect(roleOf(undefined, 'spark-streaming')).toBe('processing');
    expect(roleOf(undefined, 'flink_job')).toBe('processing');
    expect(roleOf(undefined, 'orders-api')).toBeUndefined();
    expect(roleOf('provectuslabs/kafka-ui:latest', 'kafka-ui')).toBeUndefined();
  });

  it('send data down the order, from a database only to CDC and dashboards, and never through coordination', () => {
    expect(flowBetween('sink', 'broker')).toBe('back');
    expect(flowBetween('store', 'processing')).toBe('forward');
    expect(flowBetween('database', 'cdc')).toBe('forward');
    expect(flowBetween('bi', 'database')).toBe('back');
    expect(flowBetween('database', 'processing')).toBeUndefined();
    expect(flowBetween('coordination', 'broker')).toBe('none');
    expect(flowBetween('processing', 'processing')).toBeUndefined();
  });
});
