/**
 * Which workflow tool wrote a text, from marks each tool's files carry near the top and no other
 * format we read has: Argo's `apiVersion: argoproj.io/…`, Kestra's `io.kestra.` plugin types under
 * `id`/`namespace`/`tasks`, Mage's block types and `upstream_blocks`, Meltano's plugin kinds, Data Factory's
 * `activities` with their `typeProperties`, DVC's `stages` with their `cmd`, `deps` and `outs`,
 * Vector's and Dataflow templates' `sinks` beside `sources` or `transforms`, wired by `inputs`, and
 * Numaflow's `Pipeline` resource.
 */
import type { WorkflowTool } from '../../problems';
import { looksLikeJson, topLevelYamlKeys } from '../structured';

const ARGO_KIND = /^kind:[ \t]*["']?(?:Workflow|WorkflowTemplate|ClusterWorkflowTemplate|CronWorkflow)["']?[ \t]*(?:#.*)?$/m;
const MAGE_BLOCK = /^[ \t]*-?[ \t]*(?:upstream_blocks|downstream_blocks)[ \t]*:|^[ \t]*-?[ \t]*type:[ \t]*(?:data_loader|data_exporter|transformer)[ \t]*$/m;
/** A DVC stage: a command with the files it reads or writes. */
const DVC_STAGE = /^[ \t]+(?:cmd|deps|outs)[ \t]*:/m;
/** A Vector component naming what it reads. */
const STREAM_INPUTS = /^[ \t]+(?:.*[{,][ \t]*)?inputs?[ \t]*:/m;
const MELTANO_KIND = /^[ \t]+(?:extractors|loaders|transformers|utilities|orchestrators|mappers)[ \t]*:/m;

/** The tool and how sure the marks make us, or undefined when none is there. */
export function detectTool(text: string): { tool: WorkflowTool; confidence: number } | undefined {
  const head = text.slice(0, 20_000);
  // Data Factory's JSON: activities with their typeProperties, or the dependency conditions between them.
  if (looksLikeJson(head)) {
    if (/"activities"\s*:\s*\[/.test(head) && /"(?:typeProperties|dependencyConditions)"\s*:/.test(head)) return { tool: 'adf', confidence: 0.9 };
    return /"sinks"\s*:/.test(head) && /"(?:sources|transforms)"\s*:/.test(head) && /"inputs?"\s*:/.test(head) ? { tool: 'streams', confidence: 0.85 } : undefined;
  }
  if (/^apiVersion:[ \t]*["']?argoproj\.io\//m.test(head) && ARGO_KIND.test(head)) return { tool: 'argo', confidence: 0.95 };
  if (/^apiVersion:[ \t]*["']?numaflow\.numaproj\.io\//m.test(head) && /^kind:[ \t]*["']?Pipeline\b/m.test(head)) return { tool: 'streams', confidence: 0.95 };
  const keys = topLevelYamlKeys(head);
  if (keys.has('tasks') && keys.has('namespace') && keys.has('id') && /type:[ \t]*["']?io\.kestra\./.test(head)) return { tool: 'kestra', confidence: 0.95 };
  if (keys.has('blocks') && MAGE_BLOCK.test(head)) return { tool: 'mage', confidence: 0.9 };
  if (keys.has('plugins') && MELTANO_KIND.test(head)) return { tool: 'meltano', confidence: 0.9 };
  if (keys.has('stages') && DVC_STAGE.test(head)) return { tool: 'dvc', confidence: 0.9 };
  if (keys.has('sinks') && (keys.has('sources') || keys.has('transforms')) && STREAM_INPUTS.test(head)) return { tool: 'streams', confidence: 0.85 };
  return undefined;
}
