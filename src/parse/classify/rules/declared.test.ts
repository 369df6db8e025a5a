import { describe, expect, it } from 'vitest';
import { declaredRule } from './declared';

describe('rule 1: a role the format declares (dbt)', () => {
  it('places dbt sources, seeds and exposures by their resource type', () => {
    expect(declaredRule('stripe.payments', ['source'])?.placement).toBe('store');
    expect(declaredRule('weekly_revenue', ['exposure', 'dashboard'])?.placement).toBe('serve');
    expect(declaredRule('assert_positive', ['test'])?.placement).toBe('none');
  });

  it('places a dbt model by its layer: staging is process, marts are model', () => {
    expect(declaredRule('stg_orders', ['model'])).toMatchObject({ placement: 'process', rule: 'layer' });
    expect(declaredRule('orders', ['model', 'staging'])?.placement).toBe('process');
    expect(declaredRule('customers', ['model', 'marts'])?.placement).toBe('model');
    expect(declaredRule('orders', ['model'])).toMatchObject({ placement: 'model', rule: 'declared' });
    // How dbt materializes a model ('view', 'table') is not its layer.
    expect(declaredRule('customers', ['model', 'view', 'staging'])?.placement).toBe('process');
  });

  it('declares nothing without a dbt resource type', () => {
    expect(declaredRule('Sources', ['Sources'])).toBeUndefined();
  });
});
